// Every word the UI shows, as one flat object of keys, so a site owner can override any of them
// in `config.texts[lang]` and a locale file can translate all of them. This file is the one home
// of the text keys: the Config type, the validator and the JSON Schema derive theirs from it.
// Pure data (the UI chunks render it; core only reads its keys). The keys are listed once per
// layer (BANNER_TEXT_KEYS, DIALOG_TEXT_KEYS): the first-visit chunk carries the banner's English
// words and every key's name, the dialogs chunk the dialogs' words.
//
// Keys (English defaults below):
//   banner       bannerLabel (region name), bannerTitle, bannerText (opt-in), optOutSaleText
//                (opt-out, a category is sold/shared), optOutText (opt-out, nothing sold),
//                impliedText, noticeText, privacyPolicy
//   buttons      accept, decline, acceptAll, rejectAll, declineAll (opt-out mode), doNotSell,
//                preferences, settings, ok, save, close
//   preferences  preferencesTitle, preferencesText, alwaysOn, on, off, saleNote, shareNote,
//                cookies, vendorOptOut / vendorPrivacy ("{vendor}" is replaced)
//   status       optOutHonored, gpcExplained, optedOut, saved, consentId (before the record id)
//   do-not-sell  dnsTitle, dnsText, optOut, otherSales, allPreferences
//   confirm      confirmTitle, confirmOptedOut, confirmGpc, confirmKnownChild, confirmQuestion,
//                confirmAllow, confirmKeep
//   practices    practiceForms: the words for "sale and sharing", "sale" and "sharing" in each
//                grammatical form the sentences need, as `both|sale|sharing` groups separated
//                by ";". A sentence names group n as {pn}. A site that only shares never reads
//                "sale" and one that only sells never reads "sharing" (docs/semantics.md).
// The English titles "Do Not Sell or Share My Personal Information" (doNotSell, dnsTitle, and the
// footer link's) are the statutory wording (CCPA regs §7013(c)): a site's texts cannot change them.
/** Every text key, once, in two lists: the first layer's (the banner and the "Choices saved"
 *  announcement) and the dialogs'. The config check needs the names but not the English words:
 *  with the lists apart, the first-visit chunk carries the dialogs' names, not their words. Each
 *  English object below is typed by its list, so a key cannot be in one and not the other. */
export const BANNER_TEXT_KEYS = [
  'bannerLabel',
  'bannerTitle',
  'bannerText',
  'optOutSaleText',
  'optOutText',
  'impliedText',
  'noticeText',
  'privacyPolicy',
  'accept',
  'decline',
  'acceptAll',
  'rejectAll',
  'doNotSell',
  'preferences',
  'settings',
  'ok',
  'saved',
  'practiceForms',
] as const;
export const DIALOG_TEXT_KEYS = [
  'declineAll',
  'save',
  'close',
  'preferencesTitle',
  'preferencesText',
  'alwaysOn',
  'on',
  'off',
  'saleNote',
  'shareNote',
  'cookies',
  'vendorOptOut',
  'vendorPrivacy',
  'optOutHonored',
  'gpcExplained',
  'optedOut',
  'consentId',
  'dnsTitle',
  'dnsText',
  'optOut',
  'otherSales',
  'allPreferences',
  'confirmTitle',
  'confirmOptedOut',
  'confirmGpc',
  'confirmKnownChild',
  'confirmQuestion',
  'confirmAllow',
  'confirmKeep',
] as const;

/** The first layer's English words: the first-visit chunk carries only these. */
export const bannerTexts: Record<(typeof BANNER_TEXT_KEYS)[number], string> = {
  bannerLabel: 'Cookie consent',
  bannerTitle: 'Cookies on this site',
  bannerText:
    'We use cookies this site needs to work and, with your consent, optional cookies that you can review under Preferences. You can change your choice at any time.',
  optOutSaleText:
    'We and our partners use cookies for analytics and ads. Under US state privacy laws this can be {p2} of your personal information. You can opt out at any time.',
  optOutText: 'We use cookies to run and improve this site. You can decline optional cookies at any time.',
  impliedText: 'By continuing to browse you accept cookies; you can change your settings at any time.',
  noticeText: 'This site uses cookies and similar technologies to work and to understand how it is used.',
  privacyPolicy: 'Privacy policy',
  accept: 'Accept',
  decline: 'Decline',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  preferences: 'Preferences',
  settings: 'Settings',
  ok: 'OK',
  saved: 'Choices saved',
  practiceForms:
    'sale and sharing|sale|sharing;the sale and sharing|the sale|the sharing;a sale or sharing|a sale|sharing',
};

/** The dialogs' English words (preferences, do-not-sell, confirm): they travel with the dialogs chunk. */
export const dialogTexts: Record<(typeof DIALOG_TEXT_KEYS)[number], string> = {
  declineAll: 'Decline all',
  save: 'Save choices',
  close: 'Close',
  preferencesTitle: 'Privacy preferences',
  preferencesText:
    'Choose which cookies we may use. Strictly necessary cookies are always on: the site cannot work without them.',
  alwaysOn: 'Always on',
  on: 'On',
  off: 'Off',
  saleNote: 'Sold to third parties',
  shareNote: 'Used for cross-context behavioural advertising (sharing)',
  cookies: 'Cookies:',
  vendorOptOut: 'Opt out at {vendor}',
  vendorPrivacy: '{vendor} privacy policy',
  optOutHonored: 'Opt-Out Request Honored',
  gpcExplained:
    'Your browser sent a Global Privacy Control signal, which we honored as an opt-out of {p1} of your personal information.',
  optedOut: 'You have opted out of {p1} of your personal information.',
  consentId: 'Your consent ID:',
  dnsTitle: 'Do Not Sell or Share My Personal Information',
  dnsText:
    'We and our partners use cookies that can be {p2} of your personal information. Opting out turns them off on this browser and device.',
  optOut: 'Opt out of {p0}',
  otherSales: 'Other ways to opt out',
  allPreferences: 'All cookie preferences',
  confirmTitle: 'Allow {p0}?',
  confirmOptedOut: 'You previously opted out of {p1} of your personal information.',
  confirmGpc: 'Your browser sent a Global Privacy Control signal, which we honored as an opt-out of {p1}.',
  confirmKnownChild: 'You are under 16: we need your explicit permission for {p1} of your personal information.',
  confirmQuestion: 'Do you want to allow it?',
  confirmAllow: 'Allow {p0}',
  confirmKeep: 'Keep my opt-out',
};

export const en = { ...bannerTexts, ...dialogTexts };

export type Texts = typeof en;

/** The footer link's words (`data-privacy-choices="link"`), one key per kind of link. They are
 *  not in `en`: the link is written without the UI, in the page's language (page/footer-link.ts). */
export const FOOTER_LINK_TEXT_KEYS = {
  'do-not-sell': 'linkDoNotSell',
  'privacy-choices': 'linkPrivacyChoices',
  'california-privacy-choices': 'linkCaliforniaPrivacyChoices',
  'cookie-settings': 'linkCookieSettings',
} as const;

/** Text keys whose English wording the law fixes (config-warnings.ts warns when a site sets them). */
export const STATUTORY_TEXT_KEYS: TextKey[] = [
  'doNotSell',
  'dnsTitle',
  'linkDoNotSell',
  'linkPrivacyChoices',
  'linkCaliforniaPrivacyChoices',
];

export type TextKey = keyof Texts | (typeof FOOTER_LINK_TEXT_KEYS)[keyof typeof FOOTER_LINK_TEXT_KEYS];

/** What `config.texts[lang]` may hold: any of the keys, each a string. */
export type TextOverrides = Partial<Record<TextKey, string>>;

/** Every key `config.texts[lang]` accepts. */
export function textKeys(): TextKey[] {
  const keys: TextKey[] = [...BANNER_TEXT_KEYS, ...DIALOG_TEXT_KEYS];
  for (const kind of Object.keys(FOOTER_LINK_TEXT_KEYS) as (keyof typeof FOOTER_LINK_TEXT_KEYS)[])
    keys.push(FOOTER_LINK_TEXT_KEYS[kind]);
  return keys;
}
