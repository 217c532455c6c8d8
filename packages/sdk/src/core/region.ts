// `region: "auto"`: the page does not know the visitor's region, its server does (from an edge
// geo header) and hands it over: on the page as a meta tag (page/page-region.ts reads it), to
// readChoice as an option. The resolved region then replaces "auto" before the settings are made.
import type { Config } from './types';

export const AUTO_REGION = 'auto';

/** The config with `region: "auto"` replaced by the region `find` gives (none: the `default`
 *  mode); any other config as it is. `find` runs only for "auto". */
export const withRegion = (config: Config, find: () => string | null | undefined): Config =>
  config && config.region === AUTO_REGION ? { ...config, region: find() || undefined } : config;
