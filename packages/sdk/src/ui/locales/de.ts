// German. Type-only import: the locale chunk carries no English defaults.
import type { Texts } from '../texts';

export const de: Texts = {
  bannerLabel: 'Cookie-Einwilligung',
  bannerTitle: 'Cookies auf dieser Website',
  bannerText:
    'Wir verwenden Cookies, die diese Website zum Funktionieren braucht. Mit Ihrer Einwilligung verwenden wir auch optionale Cookies, die Sie unter „Einstellungen“ einsehen können. Sie können Ihre Wahl jederzeit ändern.',
  optOutSaleText:
    'Wir und unsere Partner verwenden Cookies, um die Nutzung dieser Website zu analysieren und Ihnen Werbung zu zeigen. Nach den Datenschutzgesetzen von US-Bundesstaaten kann das ein Verkauf oder eine Weitergabe Ihrer personenbezogenen Daten sein. Sie können jederzeit widersprechen.',
  optOutText: 'Wir verwenden Cookies, um diese Website zu betreiben und zu verbessern. Sie können optionale Cookies jederzeit ablehnen.',
  impliedText: 'Wenn Sie weitersurfen, akzeptieren Sie Cookies; Sie können Ihre Einstellungen jederzeit ändern.',
  noticeText: 'Diese Website verwendet Cookies und ähnliche Technologien, um zu funktionieren und um zu verstehen, wie sie genutzt wird.',
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
    'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet. Wir haben es als Widerspruch gegen den Verkauf und die Weitergabe Ihrer personenbezogenen Daten berücksichtigt.',
  optedOut: 'Sie haben dem Verkauf und der Weitergabe Ihrer personenbezogenen Daten widersprochen.',
  saved: 'Auswahl gespeichert',
  consentId: 'Ihre Einwilligungs-ID:',
  dnsTitle: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  dnsText:
    'Wir und unsere Partner verwenden Cookies, die ein Verkauf oder eine Weitergabe Ihrer personenbezogenen Daten sein können. Wenn Sie widersprechen, werden sie in diesem Browser und auf diesem Gerät abgeschaltet.',
  optOut: 'Dem Verkauf und der Weitergabe widersprechen',
  otherSales: 'Widerspruch gegen andere Verkäufe beantragen',
  allPreferences: 'Alle Cookie-Einstellungen',
  confirmTitle: 'Verkauf und Weitergabe erlauben?',
  confirmOptedOut: 'Sie haben dem Verkauf und der Weitergabe Ihrer personenbezogenen Daten zuvor widersprochen.',
  confirmGpc:
    'Ihr Browser hat ein Global-Privacy-Control-Signal gesendet, das wir als Widerspruch gegen Verkauf und Weitergabe berücksichtigt haben.',
  confirmQuestion: 'Möchten Sie beides erlauben?',
  confirmAllow: 'Verkauf und Weitergabe erlauben',
  confirmKeep: 'Widerspruch beibehalten',
};
