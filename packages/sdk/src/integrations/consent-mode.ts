// Google Consent Mode v2 (docs/semantics.md, "What each integration says"): `default` at start, before any Google tag can run,
// `update` for a stored choice and after every change; all seven keys, as 'granted'/'denied'.
//
// Which key is granted:
// - security_storage: always (authentication, fraud prevention need no consent).
// - a key some category lists in `consentMode`: granted iff one of those categories is allowed
//   and none of them is an off `sale`/`share` category. So Decline, "Do Not Sell or Share" and
//   GPC deny every key a sold or shared category maps, even if another category maps it too.
// - a key no category lists (typically functionality_storage, personalization_storage): the
//   site has not tied it to a choice. In opt-in mode it needs consent like everything else:
//   granted only once the visitor has decided with every category on (Accept all). In the other
//   modes nothing needs prior consent, so it is granted.
// - the three ad_* keys, mapped or not: denied while a sale or sharing opt-out is in force. They
//   exist for ad storage, ad data sent to Google and ads personalisation, which is what the
//   opt-out forbids; a config that maps one to a category it calls neither sold nor shared (or
//   necessary) must not turn the visitor's opt-out into a grant.
import type { Integration } from '../core/runtime';
import { categoryInForce, soldOrShared } from '../core/practices';
import type { Category, Settings } from '../core/settings';
import type { ConsentModeKey, State } from '../core/types';
import { CONSENT_MODE_KEYS } from '../core/vocabulary';
import { pushDataLayer } from './data-layer';

export type ConsentValues = Record<ConsentModeKey, 'granted' | 'denied'>;

export function consentValues(settings: Settings, state: State): ConsentValues {
  const allowed = (category: Category) => categoryInForce(category, state);
  const everyOn = settings.categories.every(allowed);
  const values = {} as ConsentValues;
  for (const key of CONSENT_MODE_KEYS) {
    const mapped = settings.categories.filter((c) => c.consentMode.indexOf(key) >= 0);
    const granted =
      key === 'security_storage' ||
      ((mapped.length
        ? mapped.some(allowed) && !mapped.some((category) => soldOrShared(category) && !allowed(category))
        : settings.mode !== 'opt-in' || (state.decided && everyOn)) &&
        !(key.indexOf('ad_') === 0 && (state.saleOptOut || state.shareOptOut)));
    values[key] = granted ? 'granted' : 'denied';
  }
  return values;
}

// Google's own snippet: gtag.js and GTM only read commands pushed as an Arguments object (an
// array is silently ignored). Local on purpose: a page's own `gtag` is left alone.
const gtag: (...args: unknown[]) => void = function () {
  // biome-ignore lint/complexity/noArguments: gtag.js reads only an Arguments object (above); a rest array is ignored.
  pushDataLayer(arguments);
};

export const consentMode: Integration = (context) => {
  const { settings } = context;
  const options = settings.consentMode;
  if (!options) return;
  const state = context.getState();
  const values = consentValues(settings, state);
  gtag('consent', 'default', options.waitForUpdate ? { ...values, wait_for_update: options.waitForUpdate } : values);
  if (options.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
  if (options.urlPassthrough) gtag('set', 'url_passthrough', true);
  // Google keeps nothing across pages: a returning visitor's choice is repeated on every load.
  if (state.decided) gtag('consent', 'update', values);
  return context.onChange((next) => gtag('consent', 'update', consentValues(settings, next)));
};
