// `region: "auto"` in the browser: the page's server knows the visitor's region (an edge geo
// header, see regionFromHeaders in privacy-choices/server) and writes it into the page:
//   <meta name="privacy-choices-region" content="US-CA">
// No meta tag, or a value that is not a region code: the config's `default` mode applies.
import { AUTO_REGION, withRegion } from '../core/region';
import type { Config } from '../core/types';

const REGION = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/;

export function pageRegion(): string | undefined {
  const meta = document.querySelector('meta[name="privacy-choices-region"]');
  const region = meta && meta.getAttribute('content');
  return region && REGION.test(region.trim()) ? region.trim() : undefined;
}

/** The config with `region: "auto"` resolved from the page; any other config as it is. */
export const withPageRegion = (config: Config): Config =>
  config && config.region === AUTO_REGION ? withRegion(config, pageRegion()) : config;
