// `data-privacy-choices="status"`: the page shows whether an opt-out of sale or sharing is in
// force, without the visitor opening anything (CCPA regs §7025(c)(6) as amended for 2026: the
// business must display whether it processed the opt-out preference signal, e.g. "Opt-Out Request
// Honored"). Filled here, in the main script, because a returning visitor loads no UI; the words are
// core/page-words.ts's.
import type { PageWords } from '../core/page-words';
import { practicesOf } from '../core/practices';
import type { Settings } from '../core/settings';
import type { State } from '../core/types';

/** The status line for the state, or "" when no opt-out of something the site does is in force. */
export function optOutStatusText(settings: Settings, state: State, words: PageWords): string {
  const practices = practicesOf(settings, state.saleOptOut, state.shareOptOut);
  if (!practices.length) return '';
  const status = words.status;
  // GPC honoured: core/practices.ts gpcHonored, written out here (a call costs the main script bytes).
  const gpc = state.gpc && settings.honorGpc && state.saleOptOut && state.shareOptOut;
  const bySignal = gpc || state.source === 'gpc' || state.source === 'dnt';
  if (bySignal) return status.honored;
  return practices.length > 1 ? status.saleAndSharing : practices[0] === 'sale' ? status.sale : status.sharing;
}

/** Fills the element with the status (a polite live region: a change is announced) and hides it
 *  while there is none. */
export function fillOptOutStatus(el: Element, text: string) {
  if (el.textContent !== text) el.textContent = text;
  if (el.getAttribute('role') !== 'status') el.setAttribute('role', 'status');
  if (text) el.removeAttribute('hidden');
  else el.setAttribute('hidden', '');
}
