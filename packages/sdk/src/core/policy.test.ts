import { describe, expect, it } from 'vitest';
import {
  applyAction,
  monthsLater,
  needsOptInConfirmation,
  reconcile,
  toState,
  type Choice,
  type Signals,
} from './policy';
import { toSettings } from './settings';
import type { Config, Mode } from './types';

const NOW = Date.UTC(2026, 10, 23);
const NONE: Signals = { gpc: false, dnt: false };
const GPC: Signals = { gpc: true, dnt: false };
const DNT: Signals = { gpc: false, dnt: true };

const config = (mode: Mode, extra: Partial<Config> = {}): Config => ({
  revision: 'r1',
  mode,
  categories: [
    { id: 'necessary', label: 'Necessary', necessary: true },
    { id: 'functional', label: 'Functional' },
    { id: 'analytics', label: 'Analytics', sale: true },
    { id: 'ads', label: 'Ads', share: true },
  ],
  ...extra,
});
const settingsFor = (mode: Mode, extra?: Partial<Config>) => toSettings(config(mode, extra), 'fp');
const on = (choice: Choice | null) => Object.keys(choice!.categories).filter((id) => choice!.categories[id]);

describe('policy: the semantics table', () => {
  it('before any choice: opt-in has only necessary on; other modes start with everything on', () => {
    expect(toState(settingsFor('opt-in'), null, NONE).categories).toEqual({
      necessary: true,
      functional: false,
      analytics: false,
      ads: false,
    });
    for (const mode of ['opt-out', 'implied', 'notice'] as Mode[]) {
      expect(Object.values(toState(settingsFor(mode), null, NONE).categories).every(Boolean)).toBe(true);
    }
  });

  it('Decline turns off everything but necessary and records an opt-out of sale and sharing', () => {
    const s = settingsFor('opt-out');
    const c = applyAction(s, null, { type: 'decline-all' }, 'banner', NONE, NOW);
    expect(on(c)).toEqual(['necessary']);
    expect([c.saleOptOut, c.shareOptOut, c.decided, c.optOutAt]).toEqual([true, true, true, NOW]);
  });

  it('Do Not Sell or Share turns off sold and shared categories only', () => {
    const s = settingsFor('opt-out');
    const c = applyAction(s, null, { type: 'opt-out' }, 'link', NONE, NOW);
    expect(on(c)).toEqual(['necessary', 'functional']);
    expect(c.saleOptOut && c.shareOptOut).toBe(true);
  });

  it('sharing without sale (interop.io) is switched off by Do Not Sell or Share', () => {
    const s = toSettings(
      {
        mode: 'opt-out',
        categories: [
          { id: 'analytics', label: 'A' },
          { id: 'ads', label: 'Ads', share: true },
        ],
      },
      'fp',
    );
    const c = applyAction(s, null, { type: 'opt-out' }, 'link', NONE, NOW);
    expect(c.categories).toEqual({ analytics: true, ads: false });
  });

  it('GPC opts out of sale and sharing with no click in opt-out mode (frictionless: decided, no banner)', () => {
    const s = settingsFor('opt-out');
    const { choice, changed } = reconcile(s, null, GPC, NOW);
    expect(changed).toBe(true);
    expect(on(choice)).toEqual(['necessary', 'functional']);
    expect(toState(s, choice, GPC)).toMatchObject({
      decided: true,
      source: 'gpc',
      gpc: true,
      saleOptOut: true,
      shareOptOut: true,
    });
  });

  it('GPC in opt-in mode records the opt-out but still asks for consent', () => {
    const { choice } = reconcile(settingsFor('opt-in'), null, GPC, NOW);
    expect(choice).toMatchObject({ decided: false, saleOptOut: true, shareOptOut: true, source: 'gpc' });
  });

  it('GPC overrides an earlier Accept; its later absence does not undo the opt-out', () => {
    const s = settingsFor('opt-out');
    const accepted = applyAction(s, null, { type: 'accept-all' }, 'banner', NONE, NOW);
    const withSignal = reconcile(s, { ...accepted, layout: s.layout }, GPC, NOW + 1000).choice!;
    expect(withSignal.categories.analytics).toBe(false);
    expect(withSignal.source).toBe('gpc');
    const afterSignal = reconcile(s, { ...withSignal, layout: s.layout }, NONE, NOW + 2000).choice!;
    expect(afterSignal.categories.analytics).toBe(false);
    expect(afterSignal.saleOptOut).toBe(true);
  });

  it('gpc: "ignore" ignores the signal; dnt is ignored by default and honoured on request', () => {
    expect(reconcile(settingsFor('opt-out', { gpc: 'ignore' }), null, GPC, NOW).choice).toBeNull();
    expect(reconcile(settingsFor('opt-out'), null, DNT, NOW).choice).toBeNull();
    expect(reconcile(settingsFor('opt-out', { dnt: 'honor' }), null, DNT, NOW).choice).toMatchObject({
      source: 'dnt',
      saleOptOut: true,
    });
  });

  it('opting back in after an opt-out needs a confirmed second step', () => {
    const s = settingsFor('opt-out');
    const declined = applyAction(s, null, { type: 'decline-all' }, 'banner', NONE, NOW);
    expect(needsOptInConfirmation(s, declined, { type: 'accept-all' })).toBe(true);
    expect(needsOptInConfirmation(s, declined, { type: 'set', choices: { functional: true } })).toBe(false);
    expect(needsOptInConfirmation(s, declined, { type: 'set', choices: { analytics: true } })).toBe(true);
    const unconfirmed = applyAction(s, declined, { type: 'accept-all' }, 'api', NONE, NOW);
    expect(on(unconfirmed)).toEqual(['necessary', 'functional']);
    const confirmed = applyAction(s, declined, { type: 'accept-all', confirmOptIn: true }, 'banner', NONE, NOW);
    expect(on(confirmed)).toEqual(['necessary', 'functional', 'analytics', 'ads']);
    expect(confirmed.saleOptOut || confirmed.shareOptOut).toBe(false);
  });

  it('a confirmed opt-in over a live GPC signal is remembered, so the next page view keeps it', () => {
    const s = settingsFor('opt-out');
    const gpcChoice = reconcile(s, null, GPC, NOW).choice!;
    const confirmed = applyAction(s, gpcChoice, { type: 'accept-all', confirmOptIn: true }, 'banner', GPC, NOW);
    expect(confirmed.confirmedOptIn).toBe(true);
    const next = reconcile(s, { ...confirmed, layout: s.layout }, GPC, NOW + 1000).choice!;
    expect(next.categories.analytics).toBe(true);
  });

  it('switching off every sold category in preferences is an opt-out of sale', () => {
    const s = settingsFor('opt-out');
    const c = applyAction(s, null, { type: 'set', choices: { analytics: false } }, 'preferences', NONE, NOW);
    expect([c.saleOptOut, c.shareOptOut]).toEqual([true, false]);
    expect(c.categories.ads).toBe(true);
  });

  it('necessary cannot be switched off', () => {
    const c = applyAction(
      settingsFor('opt-in'),
      null,
      { type: 'set', choices: { necessary: false } },
      'api',
      NONE,
      NOW,
    );
    expect(c.categories.necessary).toBe(true);
  });

  it('notice: dismiss records a decision and keeps the categories', () => {
    const c = applyAction(settingsFor('notice'), null, { type: 'dismiss' }, 'banner', NONE, NOW);
    expect(c.decided).toBe(true);
    expect(Object.values(c.categories).every(Boolean)).toBe(true);
  });
});

describe('policy: revisions and the 12-month rule', () => {
  const s1 = settingsFor('opt-out');
  const s2 = settingsFor('opt-out', { revision: 'r2' });

  it('a new revision asks again after an Accept', () => {
    const accepted = applyAction(s1, null, { type: 'accept-all' }, 'banner', NONE, NOW);
    const { choice, changed } = reconcile(s2, { ...accepted, layout: s1.layout }, NONE, NOW + 1000);
    expect(changed).toBe(true);
    expect(choice!.decided).toBe(false);
  });

  it('a new revision never undoes an opt-out and does not ask within 12 months', () => {
    const declined = applyAction(s1, null, { type: 'opt-out' }, 'banner', NONE, NOW);
    const soon = reconcile(s2, { ...declined, layout: s1.layout }, NONE, monthsLater(NOW, 12) - 1).choice!;
    expect(soon).toMatchObject({ decided: true, saleOptOut: true, revision: 'r2' });
    expect(soon.categories.analytics).toBe(false);
    const later = reconcile(s2, { ...declined, layout: s1.layout }, NONE, monthsLater(NOW, 12) + 1).choice!;
    expect(later.decided).toBe(false);
    expect(later.categories.analytics).toBe(false); // asked again, still opted out
  });

  it('a stored choice under another category layout keeps only its opt-out', () => {
    const declined = applyAction(s1, null, { type: 'opt-out' }, 'banner', NONE, NOW);
    const { choice } = reconcile(s1, { ...declined, layout: 'other' }, NONE, NOW);
    expect(choice!.saleOptOut).toBe(true);
  });
});

describe('policy: opt-in mode is consent, not CCPA opt-outs', () => {
  const s = settingsFor('opt-in');
  it('Reject all or leaving sold categories off records no opt-out to confirm later', () => {
    const rejected = applyAction(s, null, { type: 'decline-all' }, 'banner', NONE, NOW);
    expect(rejected.saleOptOut || rejected.shareOptOut).toBe(false);
    expect(needsOptInConfirmation(s, rejected, { type: 'accept-all' })).toBe(false);
    const partial = applyAction(s, null, { type: 'set', choices: { analytics: true } }, 'preferences', NONE, NOW);
    expect(partial.shareOptOut).toBe(false);
    const later = applyAction(s, partial, { type: 'set', choices: { ads: true } }, 'api', NONE, NOW);
    expect(later.categories.ads).toBe(true);
  });

  it('a GPC signal still needs the confirmation step under opt-in', () => {
    const gpcChoice = reconcile(s, null, GPC, NOW).choice!;
    expect(needsOptInConfirmation(s, gpcChoice, { type: 'accept-all' })).toBe(true);
  });
});

describe('policy: revision change keeps earlier answers until the visitor answers again', () => {
  it('keeps a declined non-sold category off and drops a consent given over GPC', () => {
    const s1 = settingsFor('opt-out');
    const s2 = settingsFor('opt-out', { revision: 'r2' });
    const declined = applyAction(s1, null, { type: 'decline-all' }, 'banner', NONE, NOW);
    expect(reconcile(s2, { ...declined, layout: s1.layout }, NONE, NOW + 1000).choice!.categories.functional).toBe(
      false,
    );
    const gpcChoice = reconcile(s1, null, GPC, NOW).choice!;
    const confirmed = applyAction(s1, gpcChoice, { type: 'accept-all', confirmOptIn: true }, 'banner', GPC, NOW);
    const next = reconcile(s2, { ...confirmed, layout: s1.layout }, GPC, NOW + 1000).choice!;
    expect(next.categories.analytics).toBe(false);
    expect(next.confirmedOptIn).toBe(false);
  });
});

describe('policy: revision change under opt-in', () => {
  it('asks again even with a recent opt-out in force (the 12-month wait is about sale, not consent)', () => {
    const s1 = settingsFor('opt-in');
    const s2 = settingsFor('opt-in', { revision: 'r2' });
    const first = reconcile(s1, null, GPC, NOW).choice;
    const kept = applyAction(s1, first, { type: 'accept-all', keepOptOut: true }, 'banner', GPC, NOW);
    expect(on(kept)).toEqual(['necessary', 'functional']);
    const { choice } = reconcile(s2, { ...kept, layout: s1.layout }, GPC, NOW + 86_400_000);
    expect(on(choice)).toEqual(['necessary']);
    expect(choice).toMatchObject({ decided: false, saleOptOut: true, shareOptOut: true });
  });

  it('withdraws the old consent until the visitor answers again', () => {
    const s1 = settingsFor('opt-in');
    const s2 = settingsFor('opt-in', { revision: 'r2' });
    const accepted = applyAction(s1, null, { type: 'accept-all' }, 'banner', NONE, NOW);
    const { choice } = reconcile(s2, { ...accepted, layout: s1.layout }, NONE, NOW + 1000);
    expect(on(choice)).toEqual(['necessary']);
    expect(choice!.decided).toBe(false);
  });
});

describe('policy: travel into opt-in mode (docs/semantics.md, "Travel")', () => {
  // One config: opt-in by default, opt-out in the US; the visitor's region changes between page views.
  const where = (region: string) => settingsFor('opt-in', { regions: { default: 'opt-in', US: 'opt-out' }, region });
  const us = where('US-CA');
  const de = where('DE');
  const stored = (choice: Choice) => ({ ...choice, layout: us.layout });

  it('a choice made where categories were on by default is asked again in opt-in mode, opt-outs kept', () => {
    // In the US the visitor saves the preferences as they are (everything on), or declines sharing.
    const saved = applyAction(us, null, { type: 'set', choices: {} }, 'preferences', NONE, NOW);
    expect(on(saved)).toEqual(['necessary', 'functional', 'analytics', 'ads']);
    const { choice, changed } = reconcile(de, stored(saved), NONE, NOW + 86_400_000);
    expect(on(choice)).toEqual(['necessary']);
    expect(choice).toMatchObject({ decided: false, defaultsOn: false });
    expect(changed).toBe(true);
    const optedOut = applyAction(us, null, { type: 'opt-out' }, 'banner', NONE, NOW);
    expect(reconcile(de, stored(optedOut), NONE, NOW + 1000).choice).toMatchObject({
      saleOptOut: true,
      shareOptOut: true,
    });
  });

  it('implied consent and a GPC opt-out pending under a US mode do not count as consent either', () => {
    const implied = settingsFor('opt-in', { regions: { default: 'opt-in', US: 'implied' }, region: 'US' });
    expect(implied.mode).toBe('implied');
    const continued = applyAction(implied, null, { type: 'accept-all' }, 'implied', NONE, NOW);
    expect(on(reconcile(de, stored(continued), NONE, NOW + 1000).choice)).toEqual(['necessary']);
    // GPC in the US, no click: categories on by default except what is sold or shared.
    const pending = reconcile(us, null, GPC, NOW).choice!;
    expect(on(pending)).toEqual(['necessary', 'functional']);
    expect(on(reconcile(de, stored(pending), GPC, NOW + 1000).choice)).toEqual(['necessary']);
  });

  it('consent given under opt-in survives a trip to the US and back', () => {
    const accepted = applyAction(de, null, { type: 'accept-all' }, 'banner', NONE, NOW);
    expect(accepted.defaultsOn).toBe(false);
    const inUs = reconcile(us, stored(accepted), NONE, NOW + 1000);
    expect(inUs.changed).toBe(false);
    const back = reconcile(de, stored(inUs.choice!), NONE, NOW + 2000);
    expect(back).toMatchObject({ changed: false, choice: { decided: true } });
    expect(on(back.choice)).toEqual(['necessary', 'functional', 'analytics', 'ads']);
  });
});
