// `data-privacy-choices="status"`: the page shows whether an opt-out of sale or sharing is in
// force, without the visitor opening anything (CCPA regs §7025(c)(6) as amended for 2026: the
// business must display whether it processed the opt-out preference signal, e.g. "Opt-Out Request
// Honored"). Filled here, in the main script, because a returning visitor loads no UI.
import { practicesOf } from '../core/practices';
import type { Settings } from '../core/settings';
import type { State } from '../core/types';

/** [honored (GPC/DNT), opted out of sale and sharing, of sale, of sharing] per language. */
const STATUS_TEXTS: Record<string, string[]> = {
  en: ['Opt-Out Request Honored', 'Opted out of sale and sharing', 'Opted out of sale', 'Opted out of sharing'],
  es: ['Solicitud de exclusión atendida', 'Excluido de la venta y el intercambio', 'Excluido de la venta', 'Excluido del intercambio'],
  fr: ['Demande d’opposition respectée', 'Opposé à la vente et au partage', 'Opposé à la vente', 'Opposé au partage'],
  de: ['Widerspruch berücksichtigt', 'Verkauf und Weitergabe widersprochen', 'Verkauf widersprochen', 'Weitergabe widersprochen'],
};

/** The status line for the state, or "" when no opt-out of something the site does is in force. */
export function optOutStatusText(settings: Settings, state: State, language: string): string {
  const practices = practicesOf(settings, state.saleOptOut, state.shareOptOut);
  if (!practices.length) return '';
  const texts = STATUS_TEXTS[language.split('-')[0]] || STATUS_TEXTS.en;
  const bySignal = (state.gpc && settings.honorGpc) || state.source === 'gpc' || state.source === 'dnt';
  if (bySignal) return texts[0];
  return texts[practices.length > 1 ? 1 : practices[0] === 'sale' ? 2 : 3];
}

/** Fills the element with the status (a polite live region: a change is announced) and hides it
 *  while there is none. */
export function fillOptOutStatus(el: Element, text: string) {
  if (el.textContent !== text) el.textContent = text;
  if (el.getAttribute('role') !== 'status') el.setAttribute('role', 'status');
  if (text) el.removeAttribute('hidden');
  else el.setAttribute('hidden', '');
}
