// The script-tag boot, shared by both builds (`privacy-choices.js`, `privacy-choices-iab.js`).
// Synchronously, while the tag executes: read the config and the stored choice, apply them to
// Consent Mode, GPP, gated tags. A config is trusted without the validator when a stored choice
// was made under it or the page says it was validated at publish time (`data-validated`);
// otherwise the validator chunk checks it first. The UI chunk loads only to show something.
import { resolveLanguage } from '../core/language';
import { toSettings } from '../core/settings';
import type { Integration } from '../core/runtime';
import type { Settings } from '../core/settings';
import type { Config } from '../core/types';
import { withPageRegion } from '../dom/page-region';
import { createInstance, type Instance } from '../instance';
import { readRawConfig } from './script-config';
import { createFileLoader, uiLoader, validatorLoader } from './script-loader';

type PageWindow = Window & { PrivacyChoices?: Instance };

/** `missing` names the integrations this build leaves out, to say so if the config wants them. */
function start(integrations: Integration[], missing: (settings: Settings) => string | false) {
  const win = window as PageWindow;
  // Loaded twice: one instance, one banner. (An element with id="PrivacyChoices" is also
  // window.PrivacyChoices, so look for the instance, not the name.)
  if (win.PrivacyChoices && typeof win.PrivacyChoices.getState == 'function') return;
  const raw = readRawConfig();
  if (raw instanceof Error) return console.error(raw.message);
  const current = document.currentScript as HTMLScriptElement | null;
  const src = (current && current.src) || '';
  const base = src.slice(0, src.lastIndexOf('/') + 1);
  const settings = toSettings(withPageRegion((raw.value || {}) as Config), raw.fingerprint);
  const absent = missing(settings);
  if (absent) console.error(`privacy-choices: integrations.${absent} needs privacy-choices-iab.js`);
  const load = createFileLoader(base, (current && current.nonce) || '');
  const instance = createInstance({
    settings,
    validated: raw.proven,
    loadUI: uiLoader(load, resolveLanguage(settings.language)),
    integrations,
    expose: (it) => (win.PrivacyChoices = it),
  });
  if (!instance.validated) {
    validatorLoader(load)(
      (validate) => {
        try {
          validate(raw.value);
        } catch (error) {
          console.error((error as Error).message);
          return instance.settle(false);
        }
        instance.settle(true);
      },
      (error) => {
        // The config itself may be fine: the validator could not run (network, or a host page
        // that breaks its library). Its defensive reading (toSettings) copes with any input, and a
        // banner is better for the visitor than none; the owner still hears about it.
        console.warn(error.message + '; the config is used unvalidated');
        instance.settle(true);
      },
    );
  }
}

export function boot(integrations: Integration[], missing: (settings: Settings) => string | false = () => false) {
  try {
    start(integrations, missing);
  } catch (error) {
    // Never break the host page: whatever went wrong is reported, not thrown.
    console.error('privacy-choices: failed to start', error);
  }
}
