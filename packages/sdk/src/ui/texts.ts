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
//   status       optOutHonored, gpcExplained, optedOut, saved, consentId (before the record id)
//   do-not-sell  dnsTitle, dnsText, optOut, otherSales, allPreferences
//   confirm      confirmTitle, confirmOptedOut, confirmGpc, confirmQuestion, confirmAllow, confirmKeep
import type { UIController } from '../core/runtime';

export const en = {
  bannerLabel: 'Cookie consent',
  bannerTitle: 'Cookies on this site',
  bannerText:
    'We use cookies this site needs to work and, with your consent, optional cookies that you can review under Preferences. You can change your choice at any time.',
  optOutSaleText:
    'We and our partners use cookies for analytics and ads. Under US state privacy laws this can be a sale or sharing of your personal information. You can opt out at any time.',
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
    'Your browser sent a Global Privacy Control signal, which we honored as an opt-out of the sale and sharing of your personal information.',
  optedOut: 'You have opted out of the sale and sharing of your personal information.',
  saved: 'Choices saved',
  consentId: 'Your consent ID:',
  dnsTitle: 'Do Not Sell or Share My Personal Information',
  dnsText:
    'We and our partners use cookies that can be a sale or sharing of your personal information. Opting out turns them off on this browser and device.',
  optOut: 'Opt out of sale and sharing',
  otherSales: 'Request an opt-out of other sales',
  allPreferences: 'All cookie preferences',
  confirmTitle: 'Allow sale and sharing?',
  confirmOptedOut: 'You previously opted out of the sale and sharing of your personal information.',
  confirmGpc: 'Your browser sent a Global Privacy Control signal, which we honored as an opt-out of sale and sharing.',
  confirmQuestion: 'Do you want to allow it?',
  confirmAllow: 'Allow sale and sharing',
  confirmKeep: 'Keep my opt-out',
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

/** English ← registered locale ← the site's texts for the language (primary subtag, then the full tag). */
export function textsFor(controller: Pick<UIController, 'settings' | 'language'>): Texts {
  const tag = controller.language.toLowerCase();
  const own = controller.settings.texts;
  return { ...en, ...locales[primary(tag)], ...ownTexts(own, primary(tag)), ...ownTexts(own, tag) } as Texts;
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
