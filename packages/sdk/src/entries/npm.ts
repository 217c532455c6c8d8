// The npm entry: `import { createPrivacyChoices } from 'privacy-choices'`. Importing touches no
// browser global (SSR-safe). The config is checked synchronously, without zod (an app's
// production bundle carries no schema), and an invalid one throws with every bad key path;
// `validateConfig` from `privacy-choices/validate` words what is wrong with each.
import { configIssuePaths } from '../core/config-check';
import { PrivacyChoicesConfigError } from '../core/config-error';
import { configFingerprint } from '../core/hash';
import { resolveLanguage } from '../browser/language';
import type { Integration } from '../core/runtime';
import { toSettings } from '../core/settings';
import type { Config, PrivacyChoices } from '../core/types';
import { withPageRegion } from '../page/page-region';
import type { UILoader } from '../page/ui-seam';
import { createInstance } from '../instance';
import { allIntegrations } from '../integrations/all';
import type { DialogsLoader } from '../ui/mount';

export { PrivacyChoicesConfigError } from '../core/config-error';
export type { ConfigIssue } from '../core/config-error';
export type * from '../core/types';

export interface CreateOptions {
  /** Replace the integrations started for `config.integrations` (e.g. to leave some out). */
  integrations?: Integration[];
}

/** The first layer, and the visitor's language if one is bundled, as lazy chunks; the dialogs
 *  (preact) are a further chunk, imported when one is opened. */
const LOCALES: Record<string, () => Promise<Record<string, unknown>>> = {
  es: () => import('../ui/locales/es').then((m) => m.es),
  fr: () => import('../ui/locales/fr').then((m) => m.fr),
  de: () => import('../ui/locales/de').then((m) => m.de),
};

const uiLoader = (language: string): UILoader => (done, fail) => {
  const locale = LOCALES[language.split('-')[0]];
  Promise.all([import('../ui/index'), locale ? locale() : null]).then(([ui, texts]) => {
    if (texts) ui.registerLocale(language.split('-')[0], texts as Record<string, string>);
    const loadDialogs: DialogsLoader = (loaded, failed) => import('../ui/dialogs').then((m) => loaded(m.dialogs), failed);
    done({ mountUI: (controller) => ui.mountUI(controller, loadDialogs) });
  }, fail);
};

export function createPrivacyChoices(config: Config, options: CreateOptions = {}): PrivacyChoices {
  const issues = configIssuePaths(config);
  if (issues.length) {
    throw new PrivacyChoicesConfigError(issues.map((path) => ({ path, message: 'invalid (validateConfig from privacy-choices/validate says why)' })));
  }
  const settings = toSettings(withPageRegion(config), configFingerprint(config));
  return createInstance({
    settings,
    validated: true,
    loadUI: uiLoader(resolveLanguage(settings.language)),
    integrations: options.integrations || allIntegrations,
  });
}
