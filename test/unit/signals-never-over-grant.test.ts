// Property: no sequence of visitor actions, signals, page views and config changes (a revision, a
// category added or removed, the visitor's region) ever yields a GPP string, a USP string, a Google
// Consent Mode key, a category or an opt-out status line that grants or claims more than the state
// and the visitor's own answers allow. Category layouts, modes, `regions` maps and GPC/DNT settings
// are generated; between page views the choice lives in the cookie, as the consent store keeps it.
// The strings are decoded with the IAB reference library (@iabgpp/cmpapi), and the check reads the
// raw state (categories and opt-out flags), not the SDK's own derivation of the fields. Consent Mode
// keys are mapped to categories at random, sensible or not (an ad key on a category that is
// neither sold nor shared, or on a necessary one).
import { GppModel } from '@iabgpp/cmpapi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as policy from '../../packages/sdk/src/core/policy';
import { toSettings, type Settings } from '../../packages/sdk/src/core/settings';
import { encodeChoice } from '../../packages/sdk/src/core/choice-codec';
import { configIssuePaths } from '../../packages/sdk/src/core/config-check';
import { ENGLISH_PAGE_WORDS } from '../../packages/sdk/src/core/page-words';
import { storedChoice } from '../../packages/sdk/src/core/stored-choice';
import type { CategoryConfig, Config, Mode, Source, State } from '../../packages/sdk/src/core/types';
import { optOutStatusText } from '../../packages/sdk/src/page/opt-out-status';
import { encodeSection, gppString, SECTION_IDS } from '../../packages/sdk/src/integrations/gpp-encoder';
import { applicableSectionNames, gppSections } from '../../packages/sdk/src/integrations/gpp-sections';
import { consentValues } from '../../packages/sdk/src/integrations/consent-mode';
import { CONSENT_MODE_KEYS, GPP_SECTIONS, MSPA_MODES } from '../../packages/sdk/src/core/vocabulary';
import { uspString } from '../../packages/sdk/src/integrations/usp';

const MODES: Mode[] = ['opt-in', 'opt-out', 'implied', 'notice'];
/** Regions as a page may give them, in any case ("us-ca" is "US-CA"). */
const REGIONS = ['', 'US', 'US-CA', 'US-NY', 'DE', 'FR', 'GB', 'CA', 'us', 'us-ca', 'Us-Ny', 'de'];
const REGION_KEYS = ['default', 'US', 'US-CA', 'US-NY', 'DE', 'EU', 'us', 'us-ca', 'De'];
const CATEGORY_IDS = ['necessary', 'analytics', 'advertising', 'social', 'functional', 'video'];
const SOURCES: Source[] = ['banner', 'preferences', 'api', 'link', 'implied'];

/** One category: sale/share flags at random, Consent Mode keys mapped at random (sensible or not). */
const categoryArb = (id: string, necessary: boolean): fc.Arbitrary<CategoryConfig> =>
  fc.record({
    id: fc.constant(id),
    label: fc.constant(id),
    necessary: fc.constant(necessary),
    sale: fc.boolean(),
    share: fc.boolean(),
    consentMode: fc.subarray([...CONSENT_MODE_KEYS]),
  });

/** 1–5 categories, one necessary or none. A necessary one that is sold or shared breaks the schema:
 *  such configs are generated too and skipped (fc.pre), so that the schema is what decides. */
const categoriesArb: fc.Arbitrary<CategoryConfig[]> = fc
  .record({
    ids: fc.shuffledSubarray(CATEGORY_IDS, { minLength: 1, maxLength: 5 }),
    necessary: fc.option(fc.nat(4), { nil: undefined }),
  })
  .chain(({ ids, necessary }) => fc.tuple(...ids.map((id, i) => categoryArb(id, necessary === i))));

/** GPP sections configured (one or both) and the MSPA settings, which change no opt-out field. */
const gppArb = fc.record({
  sections: fc.subarray([...GPP_SECTIONS], { minLength: 1 }),
  mspa: fc.option(
    fc.record({ covered: fc.boolean(), mode: fc.option(fc.constantFrom(...MSPA_MODES), { nil: undefined }) }),
    {
      nil: undefined,
    },
  ),
});

const configArb = fc.record({
  categories: categoriesArb,
  gpp: gppArb,
  mode: fc.constantFrom(...MODES),
  regions: fc.option(fc.dictionary(fc.constantFrom(...REGION_KEYS), fc.constantFrom(...MODES)), { nil: undefined }),
  region: fc.constantFrom(...REGIONS),
  gpc: fc.constantFrom('honor' as const, 'ignore' as const),
  dnt: fc.constantFrom('honor' as const, 'ignore' as const),
});

type Step =
  | { kind: 'action'; action: policy.Action; source: Source }
  | { kind: 'page-view'; gpc: boolean; dnt: boolean; knownChild: boolean; wait: number }
  | { kind: 'known-child'; known: boolean }
  | { kind: 'reset' }
  // The site changes its config between page views, or the visitor travels; the next page view
  // reads the choice from the cookie the old config wrote.
  | { kind: 'revision' }
  | { kind: 'add-category'; at: number; category: CategoryConfig }
  | { kind: 'remove-category'; at: number }
  | { kind: 'travel'; region: string };

const choicesArb = fc.dictionary(fc.constantFrom(...CATEGORY_IDS), fc.boolean());
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
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('action' as const),
      action: actionArb,
      source: fc.constantFrom(...SOURCES),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('page-view' as const),
      gpc: fc.boolean(),
      dnt: fc.boolean(),
      knownChild: fc.boolean(),
      // Days passed since the last step: now and then past the 12-month quiet period.
      wait: fc.constantFrom(0, 0, 0, 40, 400),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('known-child' as const), known: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reset' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'revision' as const }) },
  {
    weight: 1,
    arbitrary: fc
      .record({ at: fc.nat(5), id: fc.constantFrom(...CATEGORY_IDS), necessary: fc.constantFrom(false, false, true) })
      .chain(({ at, id, necessary }) =>
        categoryArb(id, necessary).map((category) => ({ kind: 'add-category' as const, at, category })),
      ),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove-category' as const), at: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('travel' as const), region: fc.constantFrom(...REGIONS) }) },
);

/** What a vendor may do according to the state alone. */
function allowed(settings: Settings, state: State, practice: 'sale' | 'share'): boolean {
  const flag = practice === 'sale' ? state.saleOptOut : state.shareOptOut;
  return !flag && settings.categories.some((c) => c[practice] && state.categories[c.id] === true);
}

function check(settings: Settings, state: State, signals: policy.Signals) {
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
  checkStatus(settings, state, signals);
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

/** The opt-out status line: empty unless an opt-out of something the site does is in force; "honored"
 *  only when a signal was honoured (the opt-out came from it, or it is present, honoured by the
 *  config, and every practice of the site is opted out); otherwise it names what is opted out. */
function checkStatus(settings: Settings, state: State, signals: policy.Signals) {
  const text = optOutStatusText(settings, state, ENGLISH_PAGE_WORDS);
  const sells = settings.categories.some((c) => c.sale);
  const shares = settings.categories.some((c) => c.share);
  const saleOut = state.saleOptOut && sells;
  const shareOut = state.shareOptOut && shares;
  const words = ENGLISH_PAGE_WORDS.status;
  if (!saleOut && !shareOut) return expect(text, 'status with no opt-out in force').toBe('');
  if (text === words.honored) {
    const signalPresent = (signals.gpc && settings.honorGpc) || (!!signals.dnt && settings.honorDnt);
    const fromSignal = state.source === 'gpc' || state.source === 'dnt';
    expect(fromSignal || (signalPresent && saleOut === sells && shareOut === shares), 'status says honored').toBe(true);
  } else expect(text).toBe(saleOut && shareOut ? words.saleAndSharing : saleOut ? words.sale : words.sharing);
}

/** One browser over time, as the consent store drives the policy: the choice lives in the cookie
 *  between page views, and each page view reads it back under the config in force then. */
interface Visit {
  config: Config;
  settings: Settings;
  signals: policy.Signals;
  choice: policy.Choice | null;
  now: number;
  revisions: number;
  /** The categories the visitor switched on themselves (Accept, a toggle) since the last revision,
   *  layout or reset: in opt-in mode no other non-necessary category may be on. */
  affirmed: Set<string>;
}

/** The cookie the consent store writes for the choice (core/consent-store.ts, write). */
function cookieOf({ choice, settings }: Visit): string | undefined {
  if (!choice) return undefined;
  return encodeChoice({
    ...choice,
    id: choice.id || 'visitor01',
    decidedAt: choice.decidedAt!,
    bits: policy.bitsOf(settings, choice.categories),
    pending: !choice.decided,
    fingerprint: settings.fingerprint,
    layout: settings.layout,
  });
}

/** A page view under the config in force: the stored choice decoded and reconciled with the signals. */
function pageView(visit: Visit) {
  const cookie = cookieOf(visit);
  visit.settings = toSettings(visit.config, 'fp');
  const stored = storedChoice(visit.settings, cookie);
  expect(!!stored, `the cookie ${cookie} decodes`).toBe(!!cookie);
  visit.choice = policy.reconcile(visit.settings, stored, visit.signals, visit.now).choice;
}

/** The site's config changes (a new revision, a category added or removed) or the visitor travels. */
function changeConfig(visit: Visit, step: Step) {
  const categories = [...visit.config.categories];
  if (step.kind === 'revision') visit.config = { ...visit.config, revision: String(++visit.revisions) };
  else if (step.kind === 'travel') {
    visit.config = { ...visit.config, region: step.region || undefined };
  } else if (step.kind === 'add-category') {
    if (categories.some((c) => c.id === step.category.id)) return;
    categories.splice(step.at % (categories.length + 1), 0, step.category);
    visit.config = { ...visit.config, categories };
  } else if (step.kind === 'remove-category' && categories.length > 1) {
    categories.splice(step.at % categories.length, 1);
    visit.config = { ...visit.config, categories };
  }
  fc.pre(configIssuePaths(visit.config).length === 0);
  const before = visit.settings;
  const quiet = !!visit.choice && recentOptOut(visit.choice, visit.now);
  pageView(visit);
  // A new layout, or a new revision, asks again: a consent given before no longer stands in opt-in
  // mode; except that outside opt-in mode a visitor who opted out less than 12 months ago is not
  // asked and their answer stands (docs/semantics.md, "The 12-month rule and revisions").
  const newRevision = before.revision !== visit.settings.revision;
  const spared = quiet && visit.settings.mode !== 'opt-in';
  if (before.layout !== visit.settings.layout || (newRevision && !spared)) visit.affirmed.clear();
}

const recentOptOut = (choice: policy.Choice, now: number) =>
  (choice.saleOptOut || choice.shareOptOut) &&
  choice.optOutAt != null &&
  now < policy.monthsLater(choice.optOutAt, policy.OPT_OUT_QUIET_MONTHS);

function affirm({ affirmed, settings }: Visit, action: policy.Action) {
  // What is decided where categories are on by default (opt-out, implied, notice) is no opt-in
  // consent: opt-in mode asks again (docs/semantics.md, "Travel").
  if (settings.mode !== 'opt-in') return affirmed.clear();
  if (action.type === 'accept-all') for (const c of settings.categories) affirmed.add(c.id);
  if (action.type === 'decline-all') affirmed.clear();
  if (action.type === 'set')
    for (const id of Object.keys(action.choices)) action.choices[id] ? affirmed.add(id) : affirmed.delete(id);
}

/** Opt-in mode: nothing non-necessary is on that the visitor did not switch on. */
function checkConsent({ settings, choice, signals, affirmed }: Visit) {
  if (settings.mode !== 'opt-in') return;
  const state = policy.toState(settings, choice, signals);
  for (const c of settings.categories)
    if (!c.necessary && state.categories[c.id]) expect(affirmed.has(c.id), `${c.id} on without consent`).toBe(true);
}

/** An opt-out, once in force, is lifted only by a confirmed opt-in (CCPA regs §7028) or reset():
 *  no page view, signal, known-child mark or lift, revision, layout or travel undoes it. */
function checkOptOutsKept(before: policy.Choice | null, after: policy.Choice | null, step: Step) {
  const action = step.kind === 'action' ? step.action : null;
  const optIn =
    !!action && (action.type === 'accept-all' || action.type === 'set') && !!action.confirmOptIn && !action.keepOptOut;
  if (!before || optIn || step.kind === 'reset') return;
  if (before.saleOptOut) expect(after?.saleOptOut, `sale opt-out lifted by ${step.kind}`).toBe(true);
  if (before.shareOptOut) expect(after?.shareOptOut, `sharing opt-out lifted by ${step.kind}`).toBe(true);
}

/** What the consent store does for the step (core/consent-store.ts). */
function run(visit: Visit, step: Step) {
  const { settings } = visit;
  switch (step.kind) {
    case 'action':
      visit.choice = policy.applyAction(settings, visit.choice, step.action, step.source, visit.signals, visit.now);
      return affirm(visit, step.action);
    case 'known-child': {
      // Kept with the signals too, as setKnownChild does.
      visit.signals = { ...visit.signals, knownChild: step.known };
      const current = visit.choice || policy.emptyChoice(settings);
      if (step.known === current.knownChild) return;
      visit.choice = step.known
        ? policy.markKnownChild(settings, current, visit.now)
        : { ...current, knownChild: false };
      return;
    }
    case 'reset':
      visit.choice = policy.reconcile(settings, null, visit.signals, visit.now).choice;
      return visit.affirmed.clear();
    case 'page-view':
      visit.now += step.wait * 86_400_000;
      visit.signals = { gpc: step.gpc, dnt: step.dnt, knownChild: step.knownChild };
      return pageView(visit);
    default:
      return changeConfig(visit, step);
  }
}

describe("GPP, USP, Consent Mode and the state's categories never grant more than its opt-outs allow", () => {
  it('over any sequence of actions, signals, page views, config changes and regions', () => {
    fc.assert(
      fc.property(configArb, fc.array(stepArb, { maxLength: 14 }), ({ gpp, ...c }, steps) => {
        const config: Config = {
          ...c,
          region: c.region || undefined,
          integrations: { gpp, usp: true, googleConsentMode: true },
        };
        fc.pre(configIssuePaths(config).length === 0);
        const visit: Visit = {
          config,
          settings: toSettings(config, 'fp'),
          signals: { gpc: false, dnt: false },
          choice: null,
          now: Date.UTC(2026, 5, 1),
          revisions: 1,
          affirmed: new Set(),
        };
        pageView(visit);
        check(visit.settings, policy.toState(visit.settings, visit.choice, visit.signals), visit.signals);
        for (const step of steps) {
          visit.now += 86_400_000;
          const before = visit.choice;
          run(visit, step);
          checkOptOutsKept(before, visit.choice, step);
          check(visit.settings, policy.toState(visit.settings, visit.choice, visit.signals), visit.signals);
          checkConsent(visit);
        }
      }),
      { numRuns: Number(process.env.OVER_GRANT_RUNS) || 600 },
    );
  }, 120_000);
});
