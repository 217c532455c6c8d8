// Where US privacy law applies to this visitor, from the region the page gave and the mode in
// force (docs/semantics.md, "Where US signals apply"). The US sections of GPP, USP and the
// statutory footer link follow it, so that an EEA visitor is never reported under US rules.
import type { Mode } from './types';

interface Where {
  mode: Mode;
  /** Upper case ("US-CA", "DE"); "" when the page gave none. */
  region: string;
}

const country = (region: string) => region.split('-')[0];

/** A US region; or, with no region given, a US mode in force (opt-out, implied): a site that
 *  treats unknown visitors the US way is read as serving US visitors. */
export const usLawApplies = ({ mode, region }: Where): boolean =>
  region ? country(region) === 'US' : mode === 'opt-out' || mode === 'implied';

/** California's (usca): a US visitor from California, or whose state is unknown. */
export const californiaLawApplies = (where: Where): boolean =>
  usLawApplies(where) && (where.region === 'US-CA' || where.region.indexOf('-') < 0);
