// `region: "auto"`: the page does not know the visitor's region, its server does (from an edge
// geo header) and hands it over: on the page as a meta tag (dom/page-region.ts reads it), to
// readChoice as an option. The resolved region then replaces "auto" before the settings are made.
import type { Config } from './types';

export const AUTO_REGION = 'auto';

/** The config with `region: "auto"` replaced by the region found (none: the `default` mode). */
export function withRegion(config: Config, region: string | null | undefined): Config {
  if (!config || config.region !== AUTO_REGION) return config;
  const resolved: Config = { ...config };
  if (region) resolved.region = region;
  else delete resolved.region;
  return resolved;
}
