// One privacy-choices instance, composed of its parts: the consent store (core/consent-store.ts),
// the UI host (page/ui-host.ts) and the page wiring (page/page-wiring.ts); docs/architecture.md
// draws how they connect. Everything up to the gated tags runs synchronously: the integrations
// start first (Consent Mode's default precedes every gated tag), then the stored choice applies.
import { resolveLanguage } from './browser/language';
import { readSignals } from './browser/signals';
import { createCookieStorage } from './browser/storage';
import { createConsentStore, type ChoiceStorage } from './core/consent-store';
import type { Signals } from './core/policy';
import type { Integration } from './core/runtime';
import type { Settings } from './core/settings';
import type { PrivacyChoices, View } from './core/types';
import type { ImpliedLoader } from './page/implied';
import { createPageWiring, type PageWordsLoader } from './page/page-wiring';
import { createUIHost } from './page/ui-host';
import type { UILoader } from './page/ui-seam';

export interface InstanceOptions {
  settings: Settings;
  /** The config is known valid (the npm entry checked it; the page's `data-validated` proves it). */
  validated: boolean;
  /** Checks a config not known valid, and settles the instance with the outcome: a valid config
   *  starts the gates and the UI, an invalid one keeps everything non-necessary off. */
  checkConfig?: (settle: (valid: boolean) => void) => void;
  loadUI: UILoader;
  /** The footer link's and status line's words in the page language, when not English. */
  loadPageWords?: PageWordsLoader;
  /** Implied mode's rules (page/implied.ts), loaded while the visitor has not chosen; without
   *  them, implied mode shows its notice and never infers consent. */
  loadImplied?: ImpliedLoader;
  integrations: Integration[];
  storage?: ChoiceStorage;
  signals?: Signals;
  now?: () => number;
  /** Called with the API before the instance activates, so `ready` listeners can already reach it. */
  expose?: (api: PrivacyChoices) => void;
}

export function createInstance(options: InstanceOptions): PrivacyChoices {
  const { settings } = options;
  const language = resolveLanguage(settings.language);
  const store = createConsentStore({
    settings,
    storage: options.storage || createCookieStorage(settings),
    signals: options.signals || readSignals(),
    clock: options.now || Date.now,
  });
  const ui = createUIHost(store, language, options.loadUI);
  const page = createPageWiring(store, ui, language, {
    words: options.loadPageWords,
    implied: options.loadImplied,
  });
  store.setEffects(page.commitEffects);
  let settled = false;
  let destroyed = false;

  const stops: (() => void)[] = [];
  for (const start of options.integrations) {
    try {
      const stop = start(ui.controller);
      if (stop) stops.push(stop);
    } catch (error) {
      console.error('privacy-choices: an integration failed to start', error);
    }
  }

  function settle(valid: boolean) {
    if (settled || destroyed) return;
    settled = true;
    if (!valid) return store.fail();
    page.purgeDeclined(); // before the store writes: a cookie read just after a write is a blocking round trip
    store.activate();
    page.start();
    page.askUndecided();
    page.dispatch('privacy-choices:ready');
  }

  const api: PrivacyChoices = {
    open: (view: View = 'banner') => ui.show(view, document.activeElement),
    close: ui.hide,
    acceptAll: (choice) => store.apply({ type: 'accept-all', confirmOptIn: !!(choice && choice.confirmOptIn) }, 'api'),
    declineAll: () => store.apply({ type: 'decline-all' }, 'api'),
    optOutOfSaleAndSharing: () => store.apply({ type: 'opt-out' }, 'api'),
    set(choices, choice) {
      for (const id of Object.keys(choices)) {
        if (!settings.categories.some((category) => category.id === id)) {
          throw new Error(`privacy-choices: unknown category "${id}"`);
        }
      }
      store.apply({ type: 'set', choices, confirmOptIn: !!(choice && choice.confirmOptIn) }, 'api');
    },
    getState: store.getState,
    isAllowed: store.isAllowed,
    onChange: store.onChange,
    setKnownChild: store.setKnownChild,
    reset() {
      store.reset();
      if (!store.getState().decided) ui.show('banner');
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stops.forEach((stop) => stop());
      page.stop();
      ui.destroy();
      store.destroy();
    },
  };
  if (options.expose) options.expose(api);
  if (options.validated || store.storedUnderThisConfig) settle(true);
  else if (options.checkConfig) options.checkConfig(settle);
  return api;
}
