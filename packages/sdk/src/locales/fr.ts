// French. Type-only import: the locale chunk carries no English defaults.
import type { Texts } from '../ui/texts';
import type { PageWords } from '../core/page-words';

export const fr: Texts = {
  bannerLabel: 'Consentement aux cookies',
  bannerTitle: 'Cookies sur ce site',
  bannerText:
    'Nous utilisons les cookies nécessaires au fonctionnement de ce site. Avec votre accord, nous utilisons aussi des cookies facultatifs, que vous pouvez consulter dans Personnaliser. Vous pouvez modifier votre choix à tout moment.',
  optOutSaleText:
    'Nos partenaires et nous utilisons des cookies pour analyser l’utilisation de ce site et vous montrer des publicités. Selon les lois des États américains sur la protection de la vie privée, cela peut constituer {p2} de vos informations personnelles. Vous pouvez vous y opposer à tout moment.',
  optOutText:
    'Nous utilisons des cookies pour faire fonctionner et améliorer ce site. Vous pouvez refuser les cookies facultatifs à tout moment.',
  impliedText:
    'En poursuivant votre navigation, vous acceptez les cookies ; vous pouvez modifier vos paramètres à tout moment.',
  noticeText:
    'Ce site utilise des cookies et des technologies similaires pour fonctionner et pour comprendre comment il est utilisé.',
  privacyPolicy: 'Politique de confidentialité',
  accept: 'Accepter',
  decline: 'Refuser',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  declineAll: 'Tout refuser',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  preferences: 'Personnaliser',
  settings: 'Paramètres',
  ok: 'OK',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  preferencesTitle: 'Préférences de confidentialité',
  preferencesText:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies strictement nécessaires sont toujours actifs, car le site ne peut pas fonctionner sans eux.',
  alwaysOn: 'Toujours actifs',
  on: 'Oui',
  off: 'Non',
  saleNote: 'Vendus à des tiers',
  shareNote: 'Utilisés pour la publicité comportementale multi-contextes (partage)',
  cookies: 'Cookies :',
  vendorOptOut: 'S’opposer chez {vendor}',
  vendorPrivacy: 'Politique de confidentialité de {vendor}',
  optOutHonored: 'Demande d’opposition respectée',
  gpcExplained:
    'Votre navigateur a envoyé un signal Global Privacy Control. Nous l’avons traité comme une demande d’opposition {p1} de vos informations personnelles.',
  optedOut: 'Vous vous êtes opposé {p1} de vos informations personnelles.',
  saved: 'Choix enregistrés',
  consentId: 'Votre identifiant de consentement :',
  dnsTitle: 'Ne pas vendre ni partager mes informations personnelles',
  dnsText:
    'Nos partenaires et nous utilisons des cookies qui peuvent constituer {p2} de vos informations personnelles. Si vous vous y opposez, ils sont désactivés sur ce navigateur et cet appareil.',
  optOut: 'M’opposer {p1}',
  otherSales: 'Autres moyens de vous opposer',
  allPreferences: 'Toutes les préférences de cookies',
  confirmTitle: 'Autoriser {p0} ?',
  confirmOptedOut: 'Vous vous êtes opposé précédemment {p1} de vos informations personnelles.',
  confirmGpc:
    'Votre navigateur a envoyé un signal Global Privacy Control, que nous avons respecté comme une opposition {p1}.',
  confirmQuestion: 'Voulez-vous l’autoriser ?',
  confirmAllow: 'Autoriser {p0}',
  confirmKeep: 'Maintenir mon opposition',
  confirmKnownChild:
    'Vous avez moins de 16 ans : nous avons besoin de votre autorisation expresse pour {p0} de vos informations personnelles.',
  practiceForms:
    'la vente et le partage|la vente|le partage;à la vente et au partage|à la vente|au partage;une vente ou un partage|une vente|un partage',
};

/** The footer link and the opt-out status line, written by the main script (core/page-words.ts). */
export const frPageWords: PageWords = {
  links: {
    'do-not-sell': 'Ne pas vendre ni partager mes informations personnelles',
    'privacy-choices': 'Vos choix en matière de confidentialité',
    'california-privacy-choices': 'Vos choix de confidentialité en Californie',
    'cookie-settings': 'Paramètres des cookies',
  },
  status: {
    honored: 'Demande d’opposition respectée',
    saleAndSharing: 'Opposé à la vente et au partage',
    sale: 'Opposé à la vente',
    sharing: 'Opposé au partage',
  },
};
