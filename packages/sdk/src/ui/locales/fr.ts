// French. Type-only import: the locale chunk carries no English defaults.
import type { Texts } from '../texts';

export const fr: Texts = {
  bannerLabel: 'Consentement aux cookies',
  bannerTitle: 'Cookies sur ce site',
  bannerText:
    'Nous utilisons les cookies nécessaires au fonctionnement de ce site. Avec votre accord, nous utilisons aussi des cookies facultatifs, que vous pouvez consulter dans Personnaliser. Vous pouvez modifier votre choix à tout moment.',
  optOutSaleText:
    'Nos partenaires et nous utilisons des cookies pour analyser l’utilisation de ce site et vous montrer des publicités. Selon les lois des États américains sur la protection de la vie privée, cela peut constituer une vente ou un partage de vos informations personnelles. Vous pouvez vous y opposer à tout moment.',
  optOutText: 'Nous utilisons des cookies pour faire fonctionner et améliorer ce site. Vous pouvez refuser les cookies facultatifs à tout moment.',
  impliedText: 'En poursuivant votre navigation, vous acceptez les cookies ; vous pouvez modifier vos paramètres à tout moment.',
  noticeText: 'Ce site utilise des cookies et des technologies similaires pour fonctionner et pour comprendre comment il est utilisé.',
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
    'Votre navigateur a envoyé un signal Global Privacy Control. Nous l’avons traité comme une demande d’opposition à la vente et au partage de vos informations personnelles.',
  optedOut: 'Vous vous êtes opposé à la vente et au partage de vos informations personnelles.',
  saved: 'Choix enregistrés',
  consentId: 'Votre identifiant de consentement :',
  dnsTitle: 'Ne pas vendre ni partager mes informations personnelles',
  dnsText:
    'Nos partenaires et nous utilisons des cookies qui peuvent constituer une vente ou un partage de vos informations personnelles. Si vous vous y opposez, ils sont désactivés sur ce navigateur et cet appareil.',
  optOut: 'M’opposer à la vente et au partage',
  otherSales: 'Demander l’opposition aux autres ventes',
  allPreferences: 'Toutes les préférences de cookies',
  confirmTitle: 'Autoriser la vente et le partage ?',
  confirmOptedOut: 'Vous vous êtes opposé précédemment à la vente et au partage de vos informations personnelles.',
  confirmGpc:
    'Votre navigateur a envoyé un signal Global Privacy Control, que nous avons respecté comme une opposition à la vente et au partage.',
  confirmQuestion: 'Voulez-vous les autoriser ?',
  confirmAllow: 'Autoriser la vente et le partage',
  confirmKeep: 'Maintenir mon opposition',
};
