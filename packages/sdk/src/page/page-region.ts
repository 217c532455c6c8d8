// `region: "auto"` in the browser: the page's server knows the visitor's region (an edge geo
// header, see regionFromHeaders in privacy-choices/server) and writes it into the page:
//   <meta name="privacy-choices-region" content="US-CA">
// No meta tag: the config's `default` mode applies; so does a value that is no region code, which
// matches no key of `regions` (kept that simple: this runs in the script tag on every page view).
import { withRegion } from '../core/region';
import type { Config } from '../core/types';

/** The config with `region: "auto"` resolved from the page; any other config as it is. */
export const withPageRegion = (config: Config): Config =>
  withRegion(config, () => {
    const meta = document.querySelector('meta[name=privacy-choices-region]');
    return meta && meta.getAttribute('content');
  });
