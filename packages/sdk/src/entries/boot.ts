// The script-tag boot (`privacy-choices.js`, the one file for every config). Synchronously,
// while the tag executes: read the config and the stored choice, apply them to Consent Mode,
// the IAB stubs and gated tags. A config is trusted at once when a stored choice was made under
// it or the page says it was validated at publish time (`data-validated`); otherwise the UI
// chunk, which a first visit needs anyway, brings a small zod-free check, and only a config it
// flags loads the validator, to explain what is wrong.
import { resolveLanguage } from '../core/language';
import { toSettings } from '../core/settings';
import type { Config } from '../core/types';
import { createInstance, type Instance } from '../instance';
import { consentMode } from '../integrations/consent-mode';
import { dataLayer } from '../integrations/data-layer';
import { iabStubs } from '../integrations/iab-stubs';
import { readRawConfig } from './script-config';
import { createFileLoader, iabLoader, uiLoader, validatorLoader, type UIChunk } from './script-loader';

type PageWindow = Window & { PrivacyChoices?: Instance };

function start() {
  const win = window as PageWindow;
  // Loaded twice: one instance, one banner. (An element with id="PrivacyChoices" is also
  // window.PrivacyChoices, so look for the instance, not the name.)
  if (win.PrivacyChoices && typeof win.PrivacyChoices.getState == 'function') return;
  const raw = readRawConfig();
  if (raw instanceof Error) return console.error(raw.message);
  const current = document.currentScript as HTMLScriptElement | null;
  const src = (current && current.src) || '';
  const base = src.slice(0, src.lastIndexOf('/') + 1);
  const settings = toSettings((raw.value || {}) as Config, raw.fingerprint);
  const load = createFileLoader(base, (current && current.nonce) || '');
  const loadUI = uiLoader(load, resolveLanguage(settings.language));
  const instance = createInstance({
    settings,
    validated: raw.proven,
    loadUI,
    // Consent Mode first: its `default` precedes the dataLayer event and every gated Google tag.
    integrations: [consentMode, dataLayer, iabStubs(iabLoader(load))],
    expose: (it) => (win.PrivacyChoices = it),
  });
  if (!instance.validated) {
    loadUI(
      (ui: UIChunk) => {
        const bad = ui.configIssuePaths(raw.value);
        if (!bad.length) return instance.settle(true);
        explain(load, raw.value, bad, instance);
      },
      (error) => {
        // The check could not run (network, or a host page that breaks the chunk). The defensive
        // reading (toSettings) copes with any input; the UI will not show either, and says so.
        console.warn('privacy-choices: the config check could not run; the config is used unchecked', error);
        instance.settle(true);
      },
    );
  }
}

/** The check found something off: the validator words every problem, once, in the console. */
function explain(load: ReturnType<typeof createFileLoader>, config: unknown, bad: string[], instance: Instance) {
  const report = (message: string) => (console.error(message), instance.settle(false));
  validatorLoader(load)(
    (validate) => {
      try {
        validate(config);
      } catch (error) {
        return report((error as Error).message);
      }
      // The schema accepts what the check flagged (they disagree only if one changed alone).
      instance.settle(true);
    },
    // No validator: the check's key paths still say where to look.
    (error) => report(`privacy-choices: invalid config at ${bad.join(', ')} (${error.message})`),
  );
}

export function boot() {
  try {
    start();
  } catch (error) {
    // Never break the host page: whatever went wrong is reported, not thrown.
    console.error('privacy-choices: failed to start', error);
  }
}
