// The script-tag boot (`privacy-choices.js`, the one file for every config). Before any later
// script of the page runs: read the config and the stored choice, apply them to Consent Mode,
// the IAB stubs and gated tags. A config is trusted at once when a stored choice was made under
// it or the page says it was validated at publish time (`data-validated`); otherwise the UI
// chunk, which a first visit needs anyway, brings a small zod-free check, and only a config it
// flags loads the validator, to explain what is wrong.
import { resolveLanguage } from '../browser/language';
import { toSettings } from '../core/settings';
import type { Config, PrivacyChoices } from '../core/types';
import { createInstance } from '../instance';
import { consentMode } from '../integrations/consent-mode';
import { dataLayer } from '../integrations/data-layer';
import { iabStubs } from '../integrations/iab-stubs';
import { recordsOnDemand } from '../integrations/records-on-demand';
import { withPageRegion } from '../page/page-region';
import { pageWordsLoader } from './locale-chunks';
import { readRawConfig } from './script-config';
import { createFileLoader, iabLoader, impliedLoader, recordsLoader, uiLoader, type UIChunk } from './script-loader';

type PageWindow = Window & { PrivacyChoices?: PrivacyChoices };

function start(current: HTMLScriptElement | null) {
  const win = window as PageWindow;
  // Loaded twice: one instance, one banner. (An element with id="PrivacyChoices" is also
  // window.PrivacyChoices, so look for the instance, not the name.)
  if (win.PrivacyChoices && typeof win.PrivacyChoices.getState === 'function') return;
  const raw = readRawConfig();
  if (raw instanceof Error) return console.error(raw.message);
  const src = (current && current.src) || '';
  const base = src.slice(0, src.lastIndexOf('/') + 1);
  const settings = toSettings(withPageRegion((raw.value || {}) as Config), raw.fingerprint);
  const load = createFileLoader(base, (current && current.nonce) || '');
  const language = resolveLanguage(settings.language);
  const loadUI = uiLoader(load, language);
  createInstance({
    settings,
    validated: raw.proven,
    loadUI,
    loadPageWords: pageWordsLoader(load, language),
    loadImplied: impliedLoader(load),
    // Consent Mode first: its `default` precedes the dataLayer event and every gated Google tag.
    integrations: [consentMode, dataLayer, iabStubs(iabLoader(load)), recordsOnDemand(recordsLoader(load))],
    expose: (api) => (win.PrivacyChoices = api),
    // A config neither a stored choice nor data-validated vouches for: the UI chunk checks it.
    checkConfig: (settle) =>
      loadUI(
        (ui: UIChunk) =>
          ui.checkConfig(raw.value, (done, fail) => load('privacy-choices-validate.js', done, fail), settle),
        (error) => {
          // The check could not run (network, or a host page that breaks the chunk). The defensive
          // reading (toSettings) copes with any input; the UI will not show either, and says so.
          console.warn('privacy-choices: the config check could not run; the config is used unchecked', error);
          settle(true);
        },
      ),
  });
}

/** Starts in a microtask: the page's next script still finds everything in place (the browser
 *  runs microtasks as soon as a script ends, before the parser goes on), but the calls no longer
 *  sit under this file's top level. A tool with a DevTools session (Lighthouse, the Performance
 *  panel, a test runner) re-parses every function on the stack at a cookie read to place it:
 *  from the top level, that is the whole file, twice (bench/changes.md). */
export function boot() {
  // Only set while the tag executes.
  const current = document.currentScript as HTMLScriptElement | null;
  const run = () => {
    try {
      start(current);
    } catch (error) {
      // Never break the host page: whatever went wrong is reported, not thrown.
      console.error('privacy-choices: failed to start', error);
    }
  };
  // Only the browser's own queueMicrotask: a page's polyfill may queue a task, which can run after
  // the next script (then, and in a browser without one, start at once). Not an `await`: the
  // browser counts a queueMicrotask callback as script time, an `await` continuation not, and the
  // CPU a page measures (Performance.getMetrics, the bench) must include the start.
  try {
    if (/\[native code]/.test(String(queueMicrotask))) return queueMicrotask(run);
  } catch {}
  run();
}
