// What the GPP sections say, derived from the config (what the site does) and the state (what
// the visitor chose). Pure; the encoder turns the result into the string.
//
// usnat (v2) core, per field:
//   SharingNotice                     1 if any category is `sale` or `share` (the notice the
//                                     banner/footer gives), else 0 (nothing to notify about)
//   SaleOptOutNotice                  1 if any category is `sale`, else 0 (does not sell)
//   SharingOptOutNotice,
//   TargetedAdvertisingOptOutNotice   1 if any category is `share`, else 0 (sharing = cross-context
//                                     behavioural advertising, so the two go together)
//   SaleOptOut                        0 when its notice is 0 (spec invariant), else 1 (opted out)
//                                     if state.saleOptOut, else 2 (did not opt out)
//   SharingOptOut,
//   TargetedAdvertisingOptOut         the same with state.shareOptOut
//   Sensitive-data notices, SensitiveDataProcessing[16], KnownChildSensitiveDataConsents[3],
//   PersonalDataConsents              0 (N/A: the SDK has no sensitive-data or minors features)
//   MspaCoveredTransaction            1 if gpp.mspa.covered, else 2 (never 0: not allowed)
//   MspaOptOutOptionMode /
//   MspaServiceProviderMode           not covered: 0/0. Covered: mode "opt-out" 1/2,
//                                     "service-provider" 2/1. Covered without a mode: the MSPA
//                                     puts every covered transaction in exactly one mode, so it is
//                                     derived: opt-out option mode (1/2) if the site sells or
//                                     shares, service-provider mode (2/1) if it does neither.
// usca (v1) core: SaleOptOutNotice, SharingOptOutNotice, SaleOptOut, SharingOptOut as above;
// SensitiveDataLimitUseNotice, SensitiveDataProcessing[9], KnownChildSensitiveDataConsents[2],
// PersonalDataConsents 0; the MSPA fields as above.
// Both get the GPC sub-section, always: Gpc = the signal as the browser sends it (state.gpc),
// also when the config ignores GPC (the opt-out fields then show what the site honoured).
import type { Settings } from '../core/settings';
import type { GppSectionName, State } from '../core/types';
import { core, type ParsedSection } from './gpp-encoder';

/** The configured sections, in section-id order (the order the GPP string needs). */
export const sectionNames = (settings: Settings): GppSectionName[] =>
  (['usnat', 'usca'] as const).filter((name) => !!settings.gpp && settings.gpp.sections.indexOf(name) >= 0);

export function gppSections(settings: Settings, state: State): Record<string, ParsedSection> {
  const some = (key: 'sale' | 'share') => +settings.categories.some((c) => c[key]);
  const sells = some('sale');
  const shares = some('share');
  const sale = sells && (state.saleOptOut ? 1 : 2);
  const share = shares && (state.shareOptOut ? 1 : 2);
  const gpp = settings.gpp;
  const mode = gpp && gpp.mspaCovered && (gpp.mspaMode || (sells | shares ? 'opt-out' : 'service-provider'));
  const mspa = mode ? (mode === 'opt-out' ? [1, 1, 2] : [1, 2, 1]) : [2, 0, 0];
  const zeros = (n: number): number[] => Array(n).fill(0);
  const values: Record<string, (number | number[])[]> = {
    usnat: [2, sells | shares, sells, shares, shares, 0, 0, sale, share, share, zeros(16), zeros(3), 0, ...mspa],
    usca: [1, sells, shares, 0, sale, share, zeros(9), zeros(2), 0, ...mspa],
  };
  const sections: Record<string, ParsedSection> = {};
  for (const name of sectionNames(settings)) sections[name] = [core(name, values[name]), { SubsectionType: 1, Gpc: state.gpc }];
  return sections;
}
