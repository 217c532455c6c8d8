// Every word the UI shows, as one flat object of keys, so a site owner can override any of them
// in `config.texts[lang]` and a locale file can translate all of them.
//
// Keys (English defaults below):
//   banner       bannerLabel (region name), bannerTitle, bannerText (opt-in), optOutSaleText
//                (opt-out, a category is sold/shared), optOutText (opt-out, nothing sold),
//                impliedText, noticeText, privacyPolicy
//   buttons      accept, decline, acceptAll, rejectAll, declineAll (opt-out mode), doNotSell,
//                preferences, settings, ok, save, close
//   preferences  preferencesTitle, preferencesText, alwaysOn, on, off, saleNote, shareNote,
//                cookies, vendorOptOut / vendorPrivacy ("{vendor}" is replaced)
//   status       optOutHonored, gpcExplained, optedOut, saved
//   do-not-sell  dnsTitle, dnsText, optOut, otherSales, allPreferences
//   confirm      confirmTitle, confirmOptedOut, confirmGpc, confirmKnownChild, confirmQuestion,
//                confirmAllow, confirmKeep
//   practices    practiceForms: the words for "sale and sharing", "sale" and "sharing" in each
//                grammatical form the sentences need, as `both|sale|sharing` groups separated
//                by ";". A sentence names group n as {pn}. A site that only shares never reads
//                "sale" and one that only sells never reads "sharing" (docs/semantics.md).
// The English titles "Do Not Sell or Share My Personal Information" (doNotSell, dnsTitle) are
// the statutory wording (CCPA regs §7013(c)): a site's texts cannot change them.
import type { Practice } from '../core/practices';
import type { UIController } from '../core/runtime';

export const en = {
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
  declineAll: 'Decline all',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  preferences: 'Preferences',
  settings: 'Settings',
  ok: 'OK',
  save: 'Save choices',
  close: 'Close',
  preferencesTitle: 'Privacy preferences',
  preferencesText: 'Choose which cookies we may use. Strictly necessary cookies are always on: the site cannot work without them.',
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
  saved: 'Choices saved',
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
  practiceForms: 'sale and sharing|sale|sharing;the sale and sharing|the sale|the sharing;a sale or sharing|a sale|sharing',
};

export type Texts = typeof en;

const locales: Record<string, Partial<Texts>> = {};
const primary = (language: string) => language.toLowerCase().split('-')[0];

/** Adds a translation (the locale chunks call this); matched by primary subtag. */
export function registerLocale(language: string, texts: Partial<Texts> | Record<string, string>): void {
  locales[primary(language)] = texts;
}

/** The site's texts for a language tag; tags are case-insensitive (`en-GB` is `en-gb`). */
function ownTexts(own: Record<string, Record<string, string>>, tag: string): Record<string, string> | undefined {
  for (const key of Object.keys(own)) if (key.toLowerCase() == tag) return own[key];
}

/** English ← registered locale ← the site's texts for the language (primary subtag, then the
 *  full tag); in English, the statutory titles stay as the law words them. */
export function textsFor(controller: Pick<UIController, 'settings' | 'language'>): Texts {
  const tag = controller.language.toLowerCase();
  const own = controller.settings.texts;
  const texts = { ...en, ...locales[primary(tag)], ...ownTexts(own, primary(tag)), ...ownTexts(own, tag) } as Texts;
  if (primary(tag) == 'en') texts.doNotSell = texts.dnsTitle = en.doNotSell;
  return texts;
}

/** Fills a sentence's {pn} with the words for the practices it is about (both, sale or sharing). */
export function withPractices(text: string, t: Texts, practices: Practice[]): string {
  const variant = practices.length == 1 ? (practices[0] == 'sale' ? 1 : 2) : 0;
  const forms = t.practiceForms.split(';');
  return text.replace(/\{p(\d)\}/g, (_, n) => (forms[+n] || '').split('|')[variant] || '');
}

/** The language the texts are actually in, for the `lang` attribute (English when untranslated). */
export function textsLanguage(controller: Pick<UIController, 'settings' | 'language'>): string {
  const tag = controller.language;
  const lang = primary(tag);
  const own = controller.settings.texts;
  return lang == 'en' || locales[lang] || ownTexts(own, lang) || ownTexts(own, tag.toLowerCase()) ? tag : 'en';
}

/** Fills the "{vendor}" placeholder. */
export const withVendor = (text: string, vendor: string) => text.replace('{vendor}', vendor);
