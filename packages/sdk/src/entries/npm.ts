// The npm entry: `import { createPrivacyChoices } from 'privacy-choices'`. Importing touches no
// browser global (SSR-safe). The config is checked synchronously, without zod (an app's
// production bundle carries no schema), and an invalid one throws with every bad key path;
// `validateConfig` from `privacy-choices/validate` words what is wrong with each.
import { configIssuePaths } from '../core/config-check';
import { PrivacyChoicesConfigError } from '../core/config-error';
import { configFingerprint } from '../core/hash';
import { ENGLISH_PAGE_WORDS, type PageWords } from '../core/page-words';
import { resolveLanguage } from '../browser/language';
import type { Integration } from '../core/runtime';
import { toSettings } from '../core/settings';
import type { Config, PrivacyChoices } from '../core/types';
import { continuedBrowsing, watchNotice } from '../page/implied';
import { withPageRegion } from '../page/page-region';
import type { PageWordsLoader } from '../page/page-wiring';
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
const LOCALES: Record<string, () => Promise<{ texts: object; pageWords: PageWords }>> = {
  es: () => import('../locales/es').then((m) => ({ texts: m.es, pageWords: m.esPageWords })),
  fr: () => import('../locales/fr').then((m) => ({ texts: m.fr, pageWords: m.frPageWords })),
  de: () => import('../locales/de').then((m) => ({ texts: m.de, pageWords: m.dePageWords })),
};

const uiLoader =
  (language: string): UILoader =>
  (done, fail) => {
    const locale = LOCALES[language.split('-')[0]];
    Promise.all([import('../ui/index'), locale ? locale() : null]).then(([ui, words]) => {
      if (words) ui.registerLocale(language.split('-')[0], words.texts as Record<string, string>);
      const loadDialogs: DialogsLoader = (loaded, failed) =>
        import('../ui/dialogs').then((m) => loaded(m.dialogs), failed);
      done({ mountUI: (controller) => ui.mountUI(controller, loadDialogs) });
    }, fail);
  };

/** The footer link's and status line's words for a language with a bundled locale. */
const pageWordsLoader = (language: string): PageWordsLoader | undefined => {
  const locale = LOCALES[language.split('-')[0]];
  if (!locale) return;
  return (done) =>
    locale().then(
      (words) => done(words.pageWords),
      () => done(ENGLISH_PAGE_WORDS),
    );
};

export function createPrivacyChoices(config: Config, options: CreateOptions = {}): PrivacyChoices {
  const issues = configIssuePaths(config);
  if (issues.length) {
    throw new PrivacyChoicesConfigError(
      issues.map((path) => ({ path, message: 'invalid (validateConfig from privacy-choices/validate says why)' })),
    );
  }
  const settings = toSettings(withPageRegion(config), configFingerprint(config));
  const language = resolveLanguage(settings.language);
  return createInstance({
    settings,
    validated: true,
    loadUI: uiLoader(language),
    loadPageWords: pageWordsLoader(language),
    // An app's bundle has them anyway (page/implied.ts): no chunk to wait for.
    loadImplied: (done) => done({ continuedBrowsing, watchNotice }),
    integrations: options.integrations || allIntegrations,
  });
}
