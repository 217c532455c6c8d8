// The config check of the script tag, shipped in the UI chunk (a first visit needs that chunk
// anyway): the zod-free rules vouch for a valid config; for an invalid one the validator chunk
// (zod) is loaded to word every problem, once, in the console. Kept out of the main file, which
// every page view downloads, because only a config no stored choice vouches for needs it.
import { configIssuePaths } from '../core/config-check';

type LoadValidator = (done: () => void, fail: (error: Error) => void) => void;

export function checkConfig(config: unknown, loadValidator: LoadValidator, settle: (valid: boolean) => void) {
  const bad = configIssuePaths(config);
  if (!bad.length) return settle(true);
  const report = (message: string) => (console.error(message), settle(false));
  // Without the validator, the check's key paths still say where to look.
  const paths = (why: string) => report(`privacy-choices: invalid config at ${bad.join(', ')} (${why})`);
  loadValidator(() => {
    const validate = (window as Window & { __privacyChoicesValidate?: (config: unknown) => unknown }).__privacyChoicesValidate;
    if (!validate) return paths('the validator failed to initialise');
    try {
      validate(config);
    } catch (error) {
      return report((error as Error).message);
    }
    // The schema accepts what the check flagged (they disagree only if one changed alone).
    settle(true);
  }, (error) => paths(error.message));
}
