// German. Type-only import: the locale chunk carries no English defaults.
import type { Texts } from '../ui/texts';
import type { PageWords } from '../core/page-words';

export const de: Texts = {
  bannerLabel: 'Cookie-Einwilligung',
  bannerTitle: 'Cookies auf dieser Website',
  bannerText:
    'Wir verwenden Cookies, die diese Website zum Funktionieren braucht. Mit Ihrer Einwilligung verwenden wir auch optionale Cookies, die Sie unter „Einstellungen“ einsehen können. Sie können Ihre Wahl jederzeit ändern.',
  optOutSaleText:
    'Wir und unsere Partner verwenden Cookies, um die Nutzung dieser Website zu analysieren und Ihnen Werbung zu zeigen. Nach den Datenschutzgesetzen von US-Bundesstaaten kann das {p2} Ihrer personenbezogenen Daten sein. Sie können jederzeit widersprechen.',
  optOutText:
    'Wir verwenden Cookies, um diese Website zu betreiben und zu verbessern. Sie können optionale Cookies jederzeit ablehnen.',
  impliedText: 'Wenn Sie weitersurfen, akzeptieren Sie Cookies; Sie können Ihre Einstellungen jederzeit ändern.',
  noticeText:
    'Diese Website verwendet Cookies und ähnliche Technologien, um zu funktionieren und um zu verstehen, wie sie genutzt wird.',
  privacyPolicy: 'Datenschutzerklärung',
  accept: 'Akzeptieren',
  decline: 'Ablehnen',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  declineAll: 'Alle ablehnen',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  preferences: 'Einstellungen',
  settings: 'Einstellungen',
  ok: 'OK',
  save: 'Auswahl speichern',
  close: 'Schließen',
  preferencesTitle: 'Datenschutzeinstellungen',
  preferencesText:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Unbedingt erforderliche Cookies sind immer aktiv, weil die Website ohne sie nicht funktioniert.',
  alwaysOn: 'Immer aktiv',
  on: 'Ein',
  off: 'Aus',
  saleNote: 'Werden an Dritte verkauft',
  shareNote: 'Werden für kontextübergreifende verhaltensbasierte Werbung weitergegeben',
  cookies: 'Cookies:',
  vendorOptOut: 'Bei {vendor} widersprechen',
  vendorPrivacy: 'Datenschutzerklärung von {vendor}',
  optOutHonored: 'Widerspruch berücksichtigt',
  gpcExplained:
    'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet. Wir haben es als Widerspruch {p3} Ihrer personenbezogenen Daten berücksichtigt.',
  optedOut: 'Sie haben {p1} Ihrer personenbezogenen Daten widersprochen.',
  saved: 'Auswahl gespeichert',
  consentId: 'Ihre Einwilligungs-ID:',
  dnsTitle: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  dnsText:
    'Wir und unsere Partner verwenden Cookies, die {p2} Ihrer personenbezogenen Daten sein können. Wenn Sie widersprechen, werden sie in diesem Browser und auf diesem Gerät abgeschaltet.',
  optOut: 'Widerspruch {p3} einlegen',
  otherSales: 'Andere Wege zum Widerspruch',
  allPreferences: 'Alle Cookie-Einstellungen',
  confirmTitle: '{p0} erlauben?',
  confirmOptedOut: 'Sie haben {p1} Ihrer personenbezogenen Daten zuvor widersprochen.',
  confirmGpc:
    'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet, das wir als Widerspruch {p3} berücksichtigt haben.',
  confirmQuestion: 'Möchten Sie das erlauben?',
  confirmAllow: '{p0} erlauben',
  confirmKeep: 'Widerspruch beibehalten',
  confirmKnownChild:
    'Sie sind unter 16 Jahre alt: Für {p0} Ihrer personenbezogenen Daten brauchen wir Ihre ausdrückliche Erlaubnis.',
  practiceForms:
    'Verkauf und Weitergabe|Verkauf|Weitergabe;dem Verkauf und der Weitergabe|dem Verkauf|der Weitergabe;ein Verkauf oder eine Weitergabe|ein Verkauf|eine Weitergabe;gegen den Verkauf und die Weitergabe|gegen den Verkauf|gegen die Weitergabe',
};

/** The footer link and the opt-out status line, written by the main script (core/page-words.ts). */
export const dePageWords: PageWords = {
  links: {
    'do-not-sell': 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
    'privacy-choices': 'Ihre Datenschutzoptionen',
    'california-privacy-choices': 'Ihre kalifornischen Datenschutzoptionen',
    'cookie-settings': 'Cookie-Einstellungen',
  },
  status: {
    honored: 'Widerspruch berücksichtigt',
    saleAndSharing: 'Verkauf und Weitergabe widersprochen',
    sale: 'Verkauf widersprochen',
    sharing: 'Weitergabe widersprochen',
  },
};
