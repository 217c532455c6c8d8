// Google Tag Manager's dataLayer: one `privacy_choices_update` event with the state at start and
// after every change, for GTM triggers and variables. A plain object (GTM merges it into its data
// model); gtag commands are different and must be Arguments objects (see consent-mode.ts).
import type { Integration } from '../core/runtime';
import type { State } from '../core/types';

/** Pushes to `window.dataLayer`, creating it if the page has not (read each time: a page may
 *  replace the array before GTM loads). */
export function pushDataLayer(entry: unknown): void {
  const page = window as unknown as { dataLayer?: unknown[] };
  page.dataLayer = page.dataLayer || [];
  page.dataLayer.push(entry);
}

export const dataLayer: Integration = (context) => {
  if (!context.settings.dataLayer) return;
  const push = (state: State) => pushDataLayer({ event: 'privacy_choices_update', privacyChoices: state });
  push(context.getState());
  return context.onChange(push);
};
