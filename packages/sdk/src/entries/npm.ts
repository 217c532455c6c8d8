// The npm entry: `import { createPrivacyChoices } from 'privacy-choices'`. Importing touches no
// browser global (SSR-safe); the config is validated synchronously and an invalid one throws.
import { validateConfig } from '../core/config-schema';
import { hash } from '../core/hash';
import type { Integration, UILoader } from '../core/runtime';
import { toSettings } from '../core/settings';
import type { Config, PrivacyChoices } from '../core/types';
import { createInstance } from '../instance';
import { allIntegrations } from '../integrations/all';

export { PrivacyChoicesConfigError } from '../core/config-error';
export type { ConfigIssue } from '../core/config-error';
export { validateConfig } from '../core/config-schema';
export type * from '../core/types';

export interface CreateOptions {
  /** Replace the integrations started for `config.integrations` (e.g. to leave some out). */
  integrations?: Integration[];
}

const loadUI: UILoader = (done, fail) => {
  import('../ui/index').then(done, fail);
};

export function createPrivacyChoices(config: Config, options: CreateOptions = {}): PrivacyChoices {
  const valid = validateConfig(config);
  const settings = toSettings(valid, hash(JSON.stringify(valid)));
  return createInstance({
    settings,
    validated: true,
    loadUI,
    integrations: options.integrations || allIntegrations,
  });
}
