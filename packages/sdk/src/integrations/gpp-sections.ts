// What the GPP sections say, derived from the config (what the site does), where the visitor is
// (which US laws apply) and the state (what the visitor chose). Pure; the encoder turns the result
// into the string. Field meanings: docs/semantics.md ("GPP").
//
// A section is in the string, and in applicableSections, only where its law applies
// (core/jurisdiction.ts): usnat for a US visitor, usca for a Californian or a US visitor whose state
// is unknown. An EEA visitor of an opt-in site gets no US section at all ([-1]).
//
// The opt-out fields (SaleOptOut, SharingOptOut, TargetedAdvertisingOptOut) come from
// core/practices.ts usOptOutValue: 0 when the site does not do it (its notice field is 0 too, a
// spec invariant), 2 only while the state allows it, else 1. So a visitor who has not opted in
// under opt-in mode, or a known child without an opt-in, is reported as opted out, never as
// "did not opt out".
//
// Notices: SharingNotice 1 if the site sells or shares; SaleOptOutNotice 1 if it sells;
// SharingOptOutNotice and TargetedAdvertisingOptOutNotice 1 if it shares (sharing is
// cross-context behavioural advertising, so the two go together). Sensitive data: 0 (N/A).
// KnownChildSensitiveDataConsents: 0 (N/A) unless the visitor is a known child; then consent
// (2) or none (1) to the sale/sharing of their data: usnat's 13–16 and under-13 entries alike
// (the page says "under 16", not which), usca's [sale, sharing].
// MSPA: MspaCoveredTransaction 1 if gpp.mspa.covered, else 2 (never 0). Modes not covered: 0/0;
// "opt-out" 1/2, "service-provider" 2/1; covered without a mode: opt-out option mode if the site
// sells or shares, service-provider mode if it does neither (every covered transaction is in
// exactly one mode).
// Both sections get the GPC sub-section, always: Gpc = the signal as the browser sends it
// (state.gpc), also when the config ignores GPC (the opt-out fields then show what was honoured).
import { californiaLawApplies, usLawApplies } from '../core/jurisdiction';
import { doesPractice, sellsOrShares, usOptOutValue } from '../core/practices';
import type { Settings } from '../core/settings';
import type { GppSectionName, State } from '../core/types';
import type { ParsedSection, Subsection } from './gpp-encoder';

const SECTION_ORDER: readonly GppSectionName[] = ['usnat', 'usca'];

const applies: Record<GppSectionName, (settings: Settings) => boolean> = {
  usnat: usLawApplies,
  usca: californiaLawApplies,
};

/** The configured sections, in section-id order (the order the GPP string needs). */
export const sectionNames = (settings: Settings): GppSectionName[] =>
  SECTION_ORDER.filter((name) => !!settings.gpp && settings.gpp.sections.indexOf(name) >= 0);

/** The configured sections whose law applies to this visitor. */
export const applicableSectionNames = (settings: Settings): GppSectionName[] =>
  sectionNames(settings).filter((name) => applies[name](settings));

function mspaFields(settings: Settings): Subsection {
  const gpp = settings.gpp;
  const mode = gpp && gpp.mspaCovered && (gpp.mspaMode || (sellsOrShares(settings) ? 'opt-out' : 'service-provider'));
  return {
    MspaCoveredTransaction: mode ? 1 : 2,
    MspaOptOutOptionMode: mode ? (mode === 'opt-out' ? 1 : 2) : 0,
    MspaServiceProviderMode: mode ? (mode === 'opt-out' ? 2 : 1) : 0,
  };
}

const zeros = (n: number): number[] => Array(n).fill(0);

export function gppSections(settings: Settings, state: State): Record<string, ParsedSection> {
  const sells = doesPractice(settings, 'sale') ? 1 : 0;
  const shares = doesPractice(settings, 'share') ? 1 : 0;
  const sale = usOptOutValue(settings, state, 'sale');
  const share = usOptOutValue(settings, state, 'share');
  // A known child's consent to the sale and sharing of their data: given (2) only when every
  // practice the site has is allowed, else not given (1); 0 (N/A) for other visitors.
  const childConsent = (...values: number[]) => {
    const done = values.filter(Boolean);
    return state.knownChild && done.length ? (done.every((v) => v === 2) ? 2 : 1) : 0;
  };
  const core: Record<GppSectionName, Subsection> = {
    usnat: {
      Version: 2,
      SharingNotice: sells | shares,
      SaleOptOutNotice: sells,
      SharingOptOutNotice: shares,
      TargetedAdvertisingOptOutNotice: shares,
      SensitiveDataProcessingOptOutNotice: 0,
      SensitiveDataLimitUseNotice: 0,
      SaleOptOut: sale,
      SharingOptOut: share,
      TargetedAdvertisingOptOut: share,
      SensitiveDataProcessing: zeros(16),
      KnownChildSensitiveDataConsents: [childConsent(sale, share), childConsent(sale, share), 0],
      PersonalDataConsents: 0,
      ...mspaFields(settings),
    },
    usca: {
      Version: 1,
      SaleOptOutNotice: sells,
      SharingOptOutNotice: shares,
      SensitiveDataLimitUseNotice: 0,
      SaleOptOut: sale,
      SharingOptOut: share,
      SensitiveDataProcessing: zeros(9),
      KnownChildSensitiveDataConsents: [childConsent(sale), childConsent(share)],
      PersonalDataConsents: 0,
      ...mspaFields(settings),
    },
  };
  const sections: Record<string, ParsedSection> = {};
  for (const name of applicableSectionNames(settings))
    sections[name] = [core[name], { SubsectionType: 1, Gpc: state.gpc }];
  return sections;
}
