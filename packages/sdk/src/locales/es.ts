// Spanish. Type-only import: the locale chunk carries no English defaults.
import type { Texts } from '../ui/texts';
import type { PageWords } from '../core/page-words';

export const es: Texts = {
  bannerLabel: 'Consentimiento de cookies',
  bannerTitle: 'Cookies en este sitio',
  bannerText:
    'Usamos las cookies que este sitio necesita para funcionar. Con su consentimiento también usamos cookies opcionales, que puede revisar en Preferencias. Puede cambiar su elección en cualquier momento.',
  optOutSaleText:
    'Nosotros y nuestros socios usamos cookies para analizar el uso de este sitio y mostrarle anuncios. Esto puede constituir {p2} de su información personal según las leyes de privacidad de los estados de EE. UU. Puede excluirse en cualquier momento.',
  optOutText:
    'Usamos cookies para el funcionamiento y la mejora de este sitio. Puede rechazar las cookies opcionales en cualquier momento.',
  impliedText: 'Si continúa navegando, acepta las cookies; puede cambiar su configuración en cualquier momento.',
  noticeText: 'Este sitio usa cookies y tecnologías similares para funcionar y para entender cómo se utiliza.',
  privacyPolicy: 'Política de privacidad',
  accept: 'Aceptar',
  decline: 'Rechazar',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  declineAll: 'Rechazar todo',
  doNotSell: 'No vender ni compartir mi información personal',
  preferences: 'Preferencias',
  settings: 'Configuración',
  ok: 'Aceptar',
  save: 'Guardar mis opciones',
  close: 'Cerrar',
  preferencesTitle: 'Preferencias de privacidad',
  preferencesText:
    'Elija qué cookies podemos usar. Las cookies estrictamente necesarias están siempre activas, porque el sitio no puede funcionar sin ellas.',
  alwaysOn: 'Siempre activas',
  on: 'Sí',
  off: 'No',
  saleNote: 'Se venden a terceros',
  shareNote: 'Se usan para publicidad comportamental entre contextos (intercambio)',
  cookies: 'Cookies:',
  vendorOptOut: 'Excluirse en {vendor}',
  vendorPrivacy: 'Política de privacidad de {vendor}',
  optOutHonored: 'Solicitud de exclusión atendida',
  gpcExplained:
    'Su navegador envió una señal de Global Privacy Control. La hemos atendido como una solicitud de exclusión {p1} de su información personal.',
  optedOut: 'Se ha excluido {p1} de su información personal.',
  saved: 'Opciones guardadas',
  consentId: 'Su identificador de consentimiento:',
  dnsTitle: 'No vender ni compartir mi información personal',
  dnsText:
    'Nosotros y nuestros socios usamos cookies que pueden constituir {p2} de su información personal. Si se excluye, se desactivan en este navegador y dispositivo.',
  optOut: 'Excluirme {p1}',
  otherSales: 'Otras formas de excluirse',
  allPreferences: 'Todas las preferencias de cookies',
  confirmTitle: '¿Permitir {p0}?',
  confirmOptedOut: 'Anteriormente se excluyó {p1} de su información personal.',
  confirmGpc: 'Su navegador envió una señal de Global Privacy Control, que atendimos como una exclusión {p1}.',
  confirmQuestion: '¿Desea permitirlo?',
  confirmAllow: 'Permitir {p0}',
  confirmKeep: 'Mantener mi exclusión',
  confirmKnownChild: 'Es menor de 16 años: necesitamos su permiso expreso para {p0} de su información personal.',
  practiceForms:
    'la venta y el intercambio|la venta|el intercambio;de la venta y el intercambio|de la venta|del intercambio;una venta o un intercambio|una venta|un intercambio',
};

/** The footer link and the opt-out status line, written by the main script (core/page-words.ts). */
export const esPageWords: PageWords = {
  links: {
    'do-not-sell': 'No vender ni compartir mi información personal',
    'privacy-choices': 'Sus opciones de privacidad',
    'california-privacy-choices': 'Sus opciones de privacidad de California',
    'cookie-settings': 'Configuración de cookies',
  },
  status: {
    honored: 'Solicitud de exclusión atendida',
    saleAndSharing: 'Excluido de la venta y el intercambio',
    sale: 'Excluido de la venta',
    sharing: 'Excluido del intercambio',
  },
};
