// The config check of the script tag, shipped in the UI chunk (a first visit needs that chunk
// anyway): the zod-free rules vouch for a valid config; for an invalid one the validator chunk
// (zod) is loaded to word every problem, once, in the console. A valid config that would make a
// signal or a sentence untrue gets its warnings there too (core/config-warnings.ts). Kept out of the main file, which
// every page view downloads, because only a config no stored choice vouches for needs it.
import { configIssuePaths } from '../core/config-check';
import { configWarnings, formatWarning } from '../core/config-warnings';
import type { Config } from '../core/types';

type LoadValidator = (done: () => void, fail: (error: Error) => void) => void;

export function checkConfig(config: unknown, loadValidator: LoadValidator, settle: (valid: boolean) => void) {
  const bad = configIssuePaths(config);
  if (!bad.length) {
    // Valid, but maybe untrue somewhere (a seller's "Cookie settings" link, gpc "ignore", …):
    // said once, in the console the site owner watches while building the page.
    for (const warning of configWarnings(config as Config)) console.warn(formatWarning(warning));
    return settle(true);
  }
  const report = (message: string) => {
    console.error(message);
    settle(false);
  };
  // Without the validator, the check's key paths still say where to look.
  const paths = (why: string) => report(`privacy-choices: invalid config at ${bad.join(', ')} (${why})`);
  loadValidator(
    () => {
      const validate = (window as Window & { __privacyChoicesValidate?: (config: unknown) => unknown })
        .__privacyChoicesValidate;
      if (!validate) return paths('the validator failed to initialise');
      try {
        validate(config);
      } catch (error) {
        return report((error as Error).message);
      }
      // The schema accepts what the check flagged (they disagree only if one changed alone).
      settle(true);
    },
    (error) => paths(error.message),
  );
}
