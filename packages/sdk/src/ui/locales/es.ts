// Spanish. Type-only import: the locale chunk carries no English defaults.
import type { Texts } from '../texts';

export const es: Texts = {
  bannerLabel: 'Consentimiento de cookies',
  bannerTitle: 'Cookies en este sitio',
  bannerText:
    'Usamos las cookies que este sitio necesita para funcionar. Con su consentimiento también usamos cookies opcionales, que puede revisar en Preferencias. Puede cambiar su elección en cualquier momento.',
  optOutSaleText:
    'Nosotros y nuestros socios usamos cookies para analizar el uso de este sitio y mostrarle anuncios. Esto puede constituir una venta o un intercambio de su información personal según las leyes de privacidad de los estados de EE. UU. Puede excluirse en cualquier momento.',
  optOutText: 'Usamos cookies para el funcionamiento y la mejora de este sitio. Puede rechazar las cookies opcionales en cualquier momento.',
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
    'Su navegador envió una señal de Global Privacy Control. La hemos atendido como una solicitud de exclusión de la venta y el intercambio de su información personal.',
  optedOut: 'Se ha excluido de la venta y el intercambio de su información personal.',
  saved: 'Opciones guardadas',
  consentId: 'Su identificador de consentimiento:',
  dnsTitle: 'No vender ni compartir mi información personal',
  dnsText:
    'Nosotros y nuestros socios usamos cookies que pueden constituir una venta o un intercambio de su información personal. Si se excluye, se desactivan en este navegador y dispositivo.',
  optOut: 'Excluirme de la venta y el intercambio',
  otherSales: 'Solicitar la exclusión de otras ventas',
  allPreferences: 'Todas las preferencias de cookies',
  confirmTitle: '¿Permitir la venta y el intercambio?',
  confirmOptedOut: 'Anteriormente se excluyó de la venta y el intercambio de su información personal.',
  confirmGpc:
    'Su navegador envió una señal de Global Privacy Control, que atendimos como una exclusión de la venta y el intercambio.',
  confirmQuestion: '¿Desea permitirlos?',
  confirmAllow: 'Permitir la venta y el intercambio',
  confirmKeep: 'Mantener mi exclusión',
};
