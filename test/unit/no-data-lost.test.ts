// Model-based property test: random sequences of visitor actions, page views with and without a
// GPC signal, revision changes and the passage of time, run through the pure core exactly the way
// the instance runs them (reconcile at each page view, needsOptInConfirmation before an action,
// applyAction, encodeChoice into the cookie, decodeChoice on the next page view). After every
// step the invariants that protect the visitor must hold:
//   1. the state in force (toState) is what the stored cookie decodes to;
//   2. an opt-out of sale/sharing is never lost without a confirmed opt-in;
//   3. necessary categories are always on;
//   4. sold categories are off while sale is opted out, shared ones while sharing is.
// A second property drives the real instance (createInstance with an in-memory cookie) through
// the same kind of sequences, to catch drift between the runtime and the pure core.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash } from '../../packages/sdk/src/core/hash';
import { decodeChoice, encodeChoice, newConsentId, type StoredChoice } from '../../packages/sdk/src/core/choice-codec';
import {
  applyAction,
  bitsOf,
  categoriesOf,
  needsOptInConfirmation,
  reconcile,
  toState,
  type Action,
  type Choice,
  type Signals,
} from '../../packages/sdk/src/core/policy';
import { toSettings, type Settings } from '../../packages/sdk/src/core/settings';
import type { ChoiceStorage } from '../../packages/sdk/src/core/consent-store';
import type { Config, Mode, Source, State } from '../../packages/sdk/src/core/types';
import { createInstance } from '../../packages/sdk/src/instance';
import { storedChoice } from '../../packages/sdk/src/core/stored-choice';

const DAY = 24 * 3600 * 1000;
const START = Date.UTC(2026, 0, 15);

const CATEGORIES: Config['categories'] = [
  { id: 'necessary', label: 'Necessary', necessary: true },
  { id: 'functional', label: 'Functional' },
  { id: 'analytics', label: 'Analytics', sale: true },
  { id: 'advertising', label: 'Advertising', sale: true, share: true },
  { id: 'social', label: 'Social', share: true },
];
const IDS = CATEGORIES.map((c) => c.id);
const OPTIONAL = IDS.filter((id) => id !== 'necessary');

const settingsFor = (mode: Mode, revision: string, gpc: 'honor' | 'ignore' = 'honor'): Settings =>
  toSettings({ mode, revision, gpc, categories: CATEGORIES }, hash(mode));

// ------------------------------------------------------------------------------------------------
// Steps

type Step =
  | { kind: 'act'; action: Action; source: Source }
  | { kind: 'api-accept'; confirm: boolean }
  | { kind: 'pageview'; gpc: boolean }
  | { kind: 'revision' }
  | { kind: 'wait'; days: number };

// Some of the optional categories, each on or off: a key left out is absent, never undefined.
const subset = fc.record(
  Object.fromEntries(OPTIONAL.map((id) => [id, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>,
  {
    requiredKeys: [],
  },
) as fc.Arbitrary<Record<string, boolean>>;

/** A visitor's action from one of `sources` (all equally likely). */
const act = (action: fc.Arbitrary<Action>, ...sources: Source[]) =>
  fc.record({ kind: fc.constant('act' as const), action, source: fc.constantFrom(...sources) });

const step: fc.Arbitrary<Step> = fc.oneof(
  act(fc.constant<Action>({ type: 'accept-all' }), 'banner', 'preferences'),
  act(fc.constant<Action>({ type: 'accept-all', confirmOptIn: true }), 'preferences'),
  act(fc.constant<Action>({ type: 'decline-all' }), 'banner', 'api'),
  act(fc.constant<Action>({ type: 'opt-out' }), 'link'),
  act(
    fc.tuple(subset, fc.boolean()).map(([choices, confirmOptIn]): Action => ({ type: 'set', choices, confirmOptIn })),
    'preferences',
  ),
  act(fc.constant<Action>({ type: 'dismiss' }), 'banner'),
  fc.record({ kind: fc.constant('api-accept' as const), confirm: fc.boolean() }),
  fc.record({ kind: fc.constant('pageview' as const), gpc: fc.boolean() }),
  fc.constant({ kind: 'revision' as const }),
  fc.record({
    kind: fc.constant('wait' as const),
    days: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 300, max: 500 })),
  }),
);

const isConfirmedOptIn = (s: Step) =>
  (s.kind === 'act' && (s.action.type === 'accept-all' || s.action.type === 'set') && !!s.action.confirmOptIn) ||
  (s.kind === 'api-accept' && s.confirm);

// ------------------------------------------------------------------------------------------------
// The pure-core model of one browser (one cookie jar)

class Browser {
  cookie: string | undefined;
  choice: Choice | null = null;
  signals: Signals = { gpc: false, dnt: false };
  now = START;
  revision = 1;
  settings: Settings;

  constructor(readonly mode: Mode) {
    this.settings = settingsFor(mode, 'r1');
    this.pageview(false);
  }

  /** What the instance does with the cookie (core/stored-choice.ts). */
  private readStored() {
    return storedChoice(this.settings, this.cookie);
  }

  /** What instance.write does. */
  private write() {
    if (!this.choice) return;
    if (!this.choice.id) this.choice.id = newConsentId();
    const stored: StoredChoice = {
      ...this.choice,
      id: this.choice.id,
      decidedAt: this.choice.decidedAt || this.now,
      bits: bitsOf(this.settings, this.choice.categories),
      pending: !this.choice.decided,
      fingerprint: this.settings.fingerprint,
      layout: this.settings.layout,
    };
    this.cookie = encodeChoice(stored);
  }

  /** A new page view: the cookie is decoded, reconciled with the signal, rewritten. */
  pageview(gpc: boolean) {
    this.signals = { gpc, dnt: false };
    const { choice } = reconcile(this.settings, this.readStored(), this.signals, this.now);
    this.choice = choice;
    this.write(); // instance.activate rewrites on every page view
  }

  /** controller.act (the UI path): an opt-in over an opt-out needs the confirm step. */
  act(action: Action, source: Source) {
    const confirmed = (action.type === 'accept-all' || action.type === 'set') && action.confirmOptIn;
    if (!confirmed && needsOptInConfirmation(this.settings, this.choice, action)) return 'confirm';
    this.apply(action, source);
    return 'done';
  }

  /** instance.acceptAll (the API path: no confirm step, the flag decides). */
  apply(action: Action, source: Source) {
    this.choice = applyAction(this.settings, this.choice, action, source, this.signals, this.now);
    this.write();
  }

  run(s: Step) {
    switch (s.kind) {
      case 'act':
        this.act(s.action, s.source);
        break;
      case 'api-accept':
        this.apply({ type: 'accept-all', confirmOptIn: s.confirm }, 'api');
        break;
      case 'pageview':
        this.pageview(s.gpc);
        break;
      case 'revision':
        this.settings = settingsFor(this.mode, 'r' + ++this.revision);
        this.pageview(this.signals.gpc);
        break;
      case 'wait':
        this.now += s.days * DAY;
        break;
    }
  }

  state(): State {
    return toState(this.settings, this.choice, this.signals);
  }
}

function checkInvariants(
  settings: Settings,
  state: State,
  cookie: string | undefined,
  before: State | null,
  step: Step | null,
  trace: string,
) {
  // 3. necessary always on
  expect(state.categories.necessary, trace).toBe(true);
  // 4. sold / shared categories off while the matching opt-out is in force
  for (const c of settings.categories) {
    if (c.sale && state.saleOptOut)
      expect(state.categories[c.id], `${trace}: ${c.id} on despite saleOptOut`).toBe(false);
    if (c.share && state.shareOptOut)
      expect(state.categories[c.id], `${trace}: ${c.id} on despite shareOptOut`).toBe(false);
  }
  // 1. state in force == what the cookie decodes to (once anything is stored)
  if (cookie !== undefined) {
    const d = decodeChoice(cookie);
    expect(d, `${trace}: cookie does not decode: ${cookie}`).not.toBeNull();
    expect(
      {
        categories: categoriesOf(settings, d!.bits),
        saleOptOut: d!.saleOptOut,
        shareOptOut: d!.shareOptOut,
        decided: !d!.pending,
        source: d!.source,
        id: d!.id,
      },
      `${trace}: cookie ${cookie}`,
    ).toEqual({
      categories: state.categories,
      saleOptOut: state.saleOptOut,
      shareOptOut: state.shareOptOut,
      decided: state.decided,
      source: state.source,
      id: state.id,
    });
    expect(d!.revision, trace).toBe(state.revision);
  }
  // 2. an opt-out is only lifted by a confirmed opt-in
  if (before && step && !isConfirmedOptIn(step)) {
    if (before.saleOptOut) expect(state.saleOptOut, `${trace}: sale opt-out lost`).toBe(true);
    if (before.shareOptOut) expect(state.shareOptOut, `${trace}: share opt-out lost`).toBe(true);
  }
}

const describeStep = (s: Step) => JSON.stringify(s);

describe('no data lost: the pure core under random action sequences', { timeout: 120_000 }, () => {
  for (const mode of ['opt-out', 'opt-in', 'implied', 'notice'] as Mode[]) {
    it(`${mode} mode: cookie == state, opt-outs kept, necessary on, sold/shared off when opted out`, () => {
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
          const b = new Browser(mode);
          let before: State | null = null;
          const trace: string[] = [];
          checkInvariants(b.settings, b.state(), b.cookie, null, null, 'initial');
          for (const s of steps) {
            b.run(s);
            trace.push(describeStep(s));
            const state = b.state();
            checkInvariants(b.settings, state, b.cookie, before, s, trace.join(' → '));
            before = state;
          }
        }),
        { numRuns: 500 },
      );
    });
  }

  it('GPC on any page view: sale and share are opted out, stored, and outlive the signal (opt-out mode)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        const b = new Browser('opt-out');
        for (const s of steps) b.run(s);
        const confirmed = b.choice?.confirmedOptIn;
        b.run({ kind: 'pageview', gpc: true });
        if (!confirmed) {
          expect(b.state()).toMatchObject({ saleOptOut: true, shareOptOut: true });
          b.run({ kind: 'pageview', gpc: false });
          expect(b.state()).toMatchObject({ saleOptOut: true, shareOptOut: true });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the invariant check itself can fail: a cookie that disagrees with the state is caught (control)', () => {
    const b = new Browser('opt-out');
    b.run({ kind: 'act', action: { type: 'decline-all' }, source: 'banner' });
    const forged = encodeChoice({ ...decodeChoice(b.cookie)!, saleOptOut: false, shareOptOut: false });
    expect(() => checkInvariants(b.settings, b.state(), forged, null, null, 'control')).toThrow();
    const before = b.state();
    const lifted = {
      ...before,
      saleOptOut: false,
      shareOptOut: false,
      categories: { ...before.categories, analytics: true },
    };
    expect(() =>
      checkInvariants(b.settings, lifted, undefined, before, { kind: 'pageview', gpc: false }, 'control'),
    ).toThrow();
  });
});

// ------------------------------------------------------------------------------------------------
// The same through the real instance (happy-dom), with an in-memory cookie and a fake clock.

function memoryStorage(jar: { value: string | undefined }): ChoiceStorage {
  return {
    read: () => jar.value,
    write(value) {
      jar.value = value;
      return true;
    },
    clear() {
      jar.value = undefined;
    },
  };
}

type InstanceStep =
  | { kind: 'acceptAll'; confirm: boolean }
  | { kind: 'declineAll' }
  | { kind: 'optOut' }
  | { kind: 'set'; choices: Record<string, boolean>; confirm: boolean }
  | { kind: 'pageview'; gpc: boolean }
  | { kind: 'wait'; days: number };

const instanceStep: fc.Arbitrary<InstanceStep> = fc.oneof(
  fc.record({ kind: fc.constant('acceptAll' as const), confirm: fc.boolean() }),
  fc.constant({ kind: 'declineAll' as const }),
  fc.constant({ kind: 'optOut' as const }),
  fc.record({ kind: fc.constant('set' as const), choices: subset, confirm: fc.boolean() }),
  fc.record({ kind: fc.constant('pageview' as const), gpc: fc.boolean() }),
  fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 0, max: 400 }) }),
);

describe('no data lost: the real instance (createInstance) under random API sequences', { timeout: 120_000 }, () => {
  for (const mode of ['opt-out', 'opt-in'] as Mode[]) {
    it(`${mode} mode`, () => {
      fc.assert(
        fc.property(fc.array(instanceStep, { minLength: 1, maxLength: 25 }), (steps) => {
          const jar = { value: undefined as string | undefined };
          let now = START;
          const settings = settingsFor(mode, 'r1');
          const make = (gpc: boolean) =>
            createInstance({
              settings,
              validated: true,
              loadUI: () => {},
              integrations: [],
              storage: memoryStorage(jar),
              signals: { gpc, dnt: false },
              now: () => now,
            });
          let instance = make(false);
          let before: State | null = null;
          const trace: string[] = [];
          try {
            for (const s of steps) {
              trace.push(JSON.stringify(s));
              switch (s.kind) {
                case 'acceptAll':
                  instance.acceptAll({ confirmOptIn: s.confirm });
                  break;
                case 'declineAll':
                  instance.declineAll();
                  break;
                case 'optOut':
                  instance.optOutOfSaleAndSharing();
                  break;
                case 'set':
                  instance.set(s.choices, { confirmOptIn: s.confirm });
                  break;
                case 'pageview':
                  instance.destroy();
                  instance = make(s.gpc);
                  break;
                case 'wait':
                  now += s.days * DAY;
                  break;
              }
              const state = instance.getState();
              const asStep: Step =
                s.kind === 'acceptAll'
                  ? { kind: 'api-accept', confirm: s.confirm }
                  : s.kind === 'set'
                    ? {
                        kind: 'act',
                        action: { type: 'set', choices: s.choices, confirmOptIn: s.confirm },
                        source: 'api',
                      }
                    : { kind: 'wait', days: 0 };
              checkInvariants(settings, state, jar.value, before, asStep, trace.join(' → '));
              before = state;
            }
          } finally {
            instance.destroy();
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('no data lost: focused regressions', () => {
  it('a GPC opt-out recorded at boot (no prior cookie) exposes the same consent id that it stores', () => {
    const jar = { value: undefined as string | undefined };
    const instance = createInstance({
      settings: settingsFor('opt-out', 'r1'),
      validated: true,
      loadUI: () => {},
      integrations: [],
      storage: memoryStorage(jar),
      signals: { gpc: true, dnt: false },
      now: () => START,
    });
    try {
      const stored = decodeChoice(jar.value);
      expect(stored).not.toBeNull();
      expect(stored!.source).toBe('gpc');
      // The consent record id that the cookie holds must be the one getState() / the ready event report.
      expect(instance.getState().id).toBe(stored!.id);
    } finally {
      instance.destroy();
    }
  });

  it('a choice is stored before any listener or integration hears of it (nothing can delay the record)', () => {
    const jar = { value: undefined as string | undefined };
    const seen: (string | undefined)[] = [];
    const instance = createInstance({
      settings: settingsFor('opt-in', 'r1'),
      validated: true,
      loadUI: () => {},
      integrations: [(context) => void context.onChange(() => seen.push(jar.value))],
      storage: memoryStorage(jar),
      signals: { gpc: false, dnt: false },
      now: () => START,
    });
    try {
      instance.onChange(() => seen.push(jar.value));
      instance.declineAll();
      const stored = decodeChoice(jar.value);
      expect(stored?.source).toBe('api');
      expect(seen).toEqual([jar.value, jar.value]);
      expect(instance.getState().id).toBe(stored!.id);
    } finally {
      instance.destroy();
    }
  });
});
