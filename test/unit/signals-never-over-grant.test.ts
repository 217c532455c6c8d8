// Property: no sequence of visitor actions, signals, page views and regions ever yields a GPP
// string, a USP string or a Google Consent Mode key that grants more than getState() allows. The
// strings are decoded with the IAB reference library (@iabgpp/cmpapi), and the check reads the raw
// state (categories and opt-out flags), not the SDK's own derivation of the fields. Consent Mode
// keys are mapped to categories at random, sensible or not (an ad key on a category that is
// neither sold nor shared, or on a necessary one).
import { GppModel } from '@iabgpp/cmpapi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as policy from '../../packages/sdk/src/core/policy';
import { toSettings, type Settings } from '../../packages/sdk/src/core/settings';
import type { Config, Mode, State } from '../../packages/sdk/src/core/types';
import { encodeSection, gppString, SECTION_IDS } from '../../packages/sdk/src/integrations/gpp-encoder';
import { applicableSectionNames, gppSections } from '../../packages/sdk/src/integrations/gpp-sections';
import { consentValues } from '../../packages/sdk/src/integrations/consent-mode';
import { CONSENT_MODE_KEYS } from '../../packages/sdk/src/core/vocabulary';
import { uspString } from '../../packages/sdk/src/integrations/usp';

const MODES: Mode[] = ['opt-in', 'opt-out', 'implied', 'notice'];
const REGIONS = ['', 'US', 'US-CA', 'US-NY', 'DE', 'FR', 'GB', 'CA'];

/** Category layouts: seller + sharer (Concord), sharer only (interop.io, Convoso), neither. */
const LAYOUTS: Config['categories'][] = [
  [
    { id: 'necessary', label: 'N', necessary: true },
    { id: 'analytics', label: 'A', sale: true },
    { id: 'advertising', label: 'Ad', sale: true, share: true },
  ],
  [
    { id: 'necessary', label: 'N', necessary: true },
    { id: 'analytics', label: 'A' },
    { id: 'advertising', label: 'Ad', share: true },
    { id: 'social', label: 'S', share: true },
  ],
  [
    { id: 'necessary', label: 'N', necessary: true },
    { id: 'analytics', label: 'A', sale: true },
  ],
  [
    { id: 'necessary', label: 'N', necessary: true },
    { id: 'functional', label: 'F' },
  ],
];

const configArb = fc.record({
  layout: fc.integer({ min: 0, max: LAYOUTS.length - 1 }),
  mode: fc.constantFrom(...MODES),
  regions: fc.option(fc.dictionary(fc.constantFrom('default', 'US', 'US-CA', 'DE', 'EU'), fc.constantFrom(...MODES)), {
    nil: undefined,
  }),
  region: fc.constantFrom(...REGIONS),
  gpc: fc.constantFrom('honor', 'ignore'),
  dnt: fc.constantFrom('honor', 'ignore'),
  // Consent Mode keys of each category, by position (a layout has at most four categories).
  consentMode: fc.array(fc.subarray([...CONSENT_MODE_KEYS]), { minLength: 4, maxLength: 4 }),
});

type Step =
  | { kind: 'action'; action: policy.Action }
  | { kind: 'page-view'; gpc: boolean; dnt: boolean; knownChild: boolean }
  | { kind: 'known-child'; known: boolean };

const choicesArb = fc.dictionary(fc.constantFrom('analytics', 'advertising', 'social', 'functional'), fc.boolean());
const actionArb: fc.Arbitrary<policy.Action> = fc.oneof(
  fc.record({ type: fc.constant('accept-all' as const), confirmOptIn: fc.boolean(), keepOptOut: fc.boolean() }),
  fc.constant({ type: 'decline-all' as const }),
  fc.constant({ type: 'opt-out' as const }),
  fc.constant({ type: 'dismiss' as const }),
  fc.record({
    type: fc.constant('set' as const),
    choices: choicesArb,
    confirmOptIn: fc.boolean(),
    keepOptOut: fc.boolean(),
  }),
);
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: actionArb.map((action) => ({ kind: 'action' as const, action })) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('page-view' as const),
      gpc: fc.boolean(),
      dnt: fc.boolean(),
      knownChild: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('known-child' as const), known: fc.boolean() }) },
);

/** What a vendor may do according to the state alone. */
function allowed(settings: Settings, state: State, practice: 'sale' | 'share'): boolean {
  const flag = practice === 'sale' ? state.saleOptOut : state.shareOptOut;
  return !flag && settings.categories.some((c) => c[practice] && state.categories[c.id] === true);
}

function check(settings: Settings, state: State) {
  const sections = gppSections(settings, state);
  const names = applicableSectionNames(settings);
  const string = gppString(names.map((name) => [SECTION_IDS[name], encodeSection(name, sections[name])]));
  const decoded = new GppModel(string);
  const country = settings.region.split('-')[0];
  const usVisitor = settings.region ? country === 'US' : settings.mode === 'opt-out' || settings.mode === 'implied';
  for (const name of ['usnat', 'usca']) {
    if (!decoded.hasSection(name)) continue;
    expect(
      usVisitor,
      `${name} for a visitor outside US law (${settings.region || 'no region'}, ${settings.mode})`,
    ).toBe(true);
    if (name === 'usca') expect(['', 'US', 'US-CA']).toContain(settings.region);
    const f = decoded.getSection(name) as Record<string, number | number[]>;
    if (f.SaleOptOut === 2) expect(allowed(settings, state, 'sale'), `${name}.SaleOptOut = 2`).toBe(true);
    if (f.SharingOptOut === 2) expect(allowed(settings, state, 'share'), `${name}.SharingOptOut = 2`).toBe(true);
    if (f.TargetedAdvertisingOptOut === 2)
      expect(allowed(settings, state, 'share'), `${name}.TargetedAdvertisingOptOut = 2`).toBe(true);
    for (const consent of f.KnownChildSensitiveDataConsents as number[]) {
      if (consent === 2)
        expect(state.knownChild && (allowed(settings, state, 'sale') || allowed(settings, state, 'share'))).toBe(true);
    }
  }
  const usp = uspString(settings, state);
  if (!usVisitor) expect(usp).toBe('1---');
  if (usp[2] === 'N') {
    const sells = settings.categories.some((c) => c.sale);
    expect(allowed(settings, state, sells ? 'sale' : 'share'), `USP ${usp}`).toBe(true);
  }
  checkConsentMode(settings, state);
  checkCategories(settings, state);
  // USP and GPP agree: the opt-out letter is usnat's SaleOptOut (SharingOptOut for a sharer).
  if (decoded.hasSection('usnat') && usp !== '1---') {
    const f = decoded.getSection('usnat') as Record<string, number>;
    const value = f.SaleOptOut || f.SharingOptOut;
    expect(usp[2]).toBe(value === 2 ? 'N' : 'Y');
  }
}

/** Consent Mode: no ad key while an opt-out is in force; no key a sold or shared category maps
 *  while that category is off; in opt-in mode before a choice, only what necessary categories map. */
function checkConsentMode(settings: Settings, state: State) {
  const values = consentValues(settings, state);
  for (const key of CONSENT_MODE_KEYS) {
    if (values[key] !== 'granted' || key === 'security_storage') continue;
    const mappers = settings.categories.filter((c) => c.consentMode.indexOf(key) >= 0);
    if (key.indexOf('ad_') === 0) expect(state.saleOptOut || state.shareOptOut, `${key} granted`).toBe(false);
    for (const c of mappers)
      if (c.sale || c.share) expect(state.categories[c.id], `${key} granted with ${c.id} off`).toBe(true);
    if (settings.mode === 'opt-in' && !state.decided)
      expect(
        mappers.some((c) => c.necessary),
        `${key} granted before a choice`,
      ).toBe(true);
  }
}

/** The state's own categories (what gates, isAllowed and the events read) agree with its opt-outs:
 *  no sold category on while sale is opted out, no shared one while sharing is; in opt-in mode
 *  nothing but the necessary before a choice. */
function checkCategories(settings: Settings, state: State) {
  for (const c of settings.categories) {
    const on = state.categories[c.id] === true;
    if (c.necessary) continue;
    if (c.sale && state.saleOptOut) expect(on, `${c.id} (sold) on with sale opted out`).toBe(false);
    if (c.share && state.shareOptOut) expect(on, `${c.id} (shared) on with sharing opted out`).toBe(false);
    if (settings.mode === 'opt-in' && !state.decided) expect(on, `${c.id} on before an opt-in choice`).toBe(false);
  }
}

describe("GPP, USP, Consent Mode and the state's categories never grant more than its opt-outs allow", () => {
  it('over any sequence of actions, signals, page views and regions', () => {
    fc.assert(
      fc.property(configArb, fc.array(stepArb, { maxLength: 12 }), (c, steps) => {
        const config: Config = {
          mode: c.mode,
          regions: c.regions,
          region: c.region || undefined,
          gpc: c.gpc as Config['gpc'],
          dnt: c.dnt as Config['dnt'],
          categories: LAYOUTS[c.layout]!.map((category, i) => ({ ...category, consentMode: c.consentMode[i] })),
          integrations: { gpp: { sections: ['usnat', 'usca'] }, usp: true, googleConsentMode: true },
        };
        const settings = toSettings(config, 'fp');
        let now = Date.UTC(2026, 5, 1);
        let signals: policy.Signals = { gpc: false, dnt: false };
        let choice: policy.Choice | null = policy.reconcile(settings, null, signals, now).choice;
        check(settings, policy.toState(settings, choice, signals));
        for (const step of steps) {
          now += 86_400_000;
          if (step.kind === 'action')
            choice = policy.applyAction(settings, choice, step.action, 'banner', signals, now);
          else if (step.kind === 'known-child') {
            if (step.known)
              choice = policy.markKnownChild(
                settings,
                choice ||
                  policy.reconcile(settings, null, signals, now).choice ||
                  policy.applyAction(settings, null, { type: 'dismiss' }, 'api', signals, now),
                now,
              );
            else if (choice) choice = { ...choice, knownChild: false };
          } else {
            signals = { gpc: step.gpc, dnt: step.dnt, knownChild: step.knownChild };
            const stored = choice && { ...choice, layout: settings.layout };
            choice = policy.reconcile(settings, stored, signals, now).choice;
          }
          check(settings, policy.toState(settings, choice, signals));
        }
      }),
      { numRuns: 600 },
    );
  }, 120_000);
});
