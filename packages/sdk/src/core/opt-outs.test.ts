// Every path to an opt-out, the 12-month clock in calendar months, and the known child
// (docs/semantics.md). Pure policy: no DOM.
import { describe, expect, it } from 'vitest';
import {
  applyAction,
  markKnownChild,
  monthsLater,
  needsOptInConfirmation,
  reconcile,
  toState,
  type Signals,
} from './policy';
import { toSettings } from './settings';
import type { Config, Mode } from './types';

const NOW = Date.UTC(2026, 0, 31, 12);
const NONE: Signals = { gpc: false, dnt: false };
const GPC: Signals = { gpc: true, dnt: false };

/** Concord-like: analytics is sold, advertising is sold and shared. */
const concord = (mode: Mode = 'opt-out', extra: Partial<Config> = {}) =>
  toSettings(
    {
      revision: 'r1',
      mode,
      categories: [
        { id: 'necessary', label: 'Necessary', necessary: true },
        { id: 'analytics', label: 'Analytics', sale: true },
        { id: 'advertising', label: 'Advertising', sale: true, share: true },
      ],
      ...extra,
    },
    'fp',
  );

describe('every opt-out is recorded, however it is made', () => {
  it('a second opt-out in the preferences is not lost (Accept, ads off, then analytics off)', () => {
    const s = concord();
    const accepted = applyAction(s, null, { type: 'accept-all' }, 'banner', NONE, NOW);
    const adsOff = applyAction(
      s,
      accepted,
      { type: 'set', choices: { advertising: false } },
      'preferences',
      NONE,
      NOW + 1000,
    );
    expect([adsOff.saleOptOut, adsOff.shareOptOut, adsOff.optOutAt]).toEqual([false, true, NOW + 1000]);
    const allOff = applyAction(
      s,
      adsOff,
      { type: 'set', choices: { analytics: false } },
      'preferences',
      NONE,
      NOW + 2000,
    );
    expect([allOff.saleOptOut, allOff.shareOptOut]).toEqual([true, true]);
    expect(allOff.optOutAt).toBe(NOW + 2000); // the new sale opt-out restarts the clock
  });

  it('a save that changes no opt-out keeps the clock; an explicit Decline restarts it', () => {
    const s = concord();
    const declined = applyAction(s, null, { type: 'decline-all' }, 'banner', NONE, NOW);
    const saved = applyAction(
      s,
      declined,
      { type: 'set', choices: { analytics: false } },
      'preferences',
      NONE,
      NOW + 5000,
    );
    expect(saved.optOutAt).toBe(NOW);
    const again = applyAction(s, saved, { type: 'decline-all' }, 'link', NONE, NOW + 9000);
    expect(again.optOutAt).toBe(NOW + 9000);
  });

  it('turning a category back on after an opt-out needs the two-step confirmation', () => {
    const s = concord();
    const declined = applyAction(s, null, { type: 'decline-all' }, 'banner', NONE, NOW);
    const ask = { type: 'set' as const, choices: { analytics: true } };
    expect(needsOptInConfirmation(s, declined, ask)).toBe(true);
    const unconfirmed = applyAction(s, declined, ask, 'preferences', NONE, NOW);
    expect([unconfirmed.categories.analytics, unconfirmed.saleOptOut]).toEqual([false, true]);
    const kept = applyAction(s, declined, { ...ask, keepOptOut: true }, 'preferences', NONE, NOW);
    expect([kept.categories.analytics, kept.saleOptOut, kept.decided]).toEqual([false, true, true]);
    const confirmed = applyAction(s, declined, { ...ask, confirmOptIn: true }, 'preferences', NONE, NOW);
    // Analytics is back; advertising (sold and shared) stays off, so both opt-outs stand.
    expect([confirmed.categories.analytics, confirmed.saleOptOut, confirmed.shareOptOut]).toEqual([true, false, true]);
  });

  it('under opt-in (GDPR) a category left off is consent not given, not an opt-out', () => {
    const s = concord('opt-in');
    const c = applyAction(
      s,
      null,
      { type: 'set', choices: { analytics: false, advertising: false } },
      'preferences',
      NONE,
      NOW,
    );
    expect([c.saleOptOut, c.shareOptOut]).toEqual([false, false]);
  });

  it('implied mode with GPC: the notice OK (keepOptOut) keeps the opt-out and asks nothing', () => {
    const s = concord('implied');
    const first = reconcile(s, null, GPC, NOW).choice!;
    expect([first.decided, first.saleOptOut, first.shareOptOut, first.source]).toEqual([false, true, true, 'gpc']);
    const ok = { type: 'accept-all' as const, keepOptOut: true };
    const after = applyAction(s, first, ok, 'banner', GPC, NOW + 1000);
    expect([after.decided, after.saleOptOut, after.shareOptOut]).toEqual([true, true, true]);
    expect(toState(s, after, GPC).categories).toEqual({ necessary: true, analytics: false, advertising: false });
  });
});

describe('the 12-month wait counts calendar months', () => {
  it('monthsLater adds calendar months, not 365-day years', () => {
    expect(new Date(monthsLater(Date.UTC(2027, 2, 1), 12)).toISOString()).toBe('2028-03-01T00:00:00.000Z');
    // 2027-03-01 → 2028-03-01 spans 366 days (leap year): a 365-day count would end a day early.
    expect((monthsLater(Date.UTC(2027, 2, 1), 12) - Date.UTC(2027, 2, 1)) / 86_400_000).toBe(366);
  });

  it('a new revision does not ask within 12 calendar months of an opt-out (366 days over a leap year)', () => {
    const t0 = Date.UTC(2027, 2, 1);
    const s1 = concord();
    const s2 = concord('opt-out', { revision: 'r2' });
    const declined = { ...applyAction(s1, null, { type: 'decline-all' }, 'banner', NONE, t0), layout: s1.layout };
    const day365 = reconcile(s2, declined, NONE, t0 + 365 * 86_400_000).choice!;
    expect(day365.decided).toBe(true); // still inside the 12 months
    const day366 = reconcile(s2, declined, NONE, t0 + 366 * 86_400_000).choice!;
    expect(day366.decided).toBe(false);
    expect(day366.saleOptOut).toBe(true); // asked again, never undone
  });
});

describe('a known child', () => {
  it('the page saying so (signal) turns sold and shared categories off until a confirmed opt-in', () => {
    const s = concord();
    const child = reconcile(s, null, { ...NONE, knownChild: true }, NOW).choice!;
    expect(toState(s, child, NONE)).toMatchObject({ knownChild: true, saleOptOut: true, shareOptOut: true });
    expect(toState(s, child, NONE).categories).toEqual({ necessary: true, analytics: false, advertising: false });
    expect(needsOptInConfirmation(s, child, { type: 'accept-all' })).toBe(true);
    const optedIn = applyAction(s, child, { type: 'accept-all', confirmOptIn: true }, 'banner', NONE, NOW);
    expect(toState(s, optedIn, NONE)).toMatchObject({
      knownChild: true,
      saleOptOut: false,
      categories: { analytics: true },
    });
    // The opt-in is kept on the next page view: the mark is stored, not re-applied.
    const next = reconcile(s, { ...optedIn, layout: s.layout }, { ...NONE, knownChild: true }, NOW + 1000).choice!;
    expect(next.categories.advertising).toBe(true);
  });

  it('applies in every mode, opt-in included, and is kept with the choice', () => {
    for (const mode of ['opt-in', 'opt-out', 'implied', 'notice'] as Mode[]) {
      const s = concord(mode);
      const accepted = applyAction(s, null, { type: 'accept-all' }, 'banner', NONE, NOW);
      const child = markKnownChild(s, accepted, NOW);
      expect(child.knownChild).toBe(true);
      expect([child.categories.analytics, child.categories.advertising]).toEqual([false, false]);
    }
  });

  it('an opt-out the mark applies is a decision of its own: source default, later than the choice it changes', () => {
    const s = concord();
    const accepted = { ...applyAction(s, null, { type: 'accept-all' }, 'banner', NONE, NOW), id: 'c1', recorded: true };
    expect(markKnownChild(s, accepted, NOW + 60_000)).toMatchObject({
      id: 'c1',
      source: 'default',
      decidedAt: NOW + 60_000,
      optOutAt: NOW + 60_000,
      recorded: false,
    });
    // In the Accept's own second: one second later, so that (id, decidedAt) names a new record.
    expect(markKnownChild(s, accepted, NOW)).toMatchObject({ decidedAt: NOW + 1000, source: 'default' });
    // Both opt-outs already in force (the visitor's Decline): only the mark is added.
    const declined = { ...applyAction(s, null, { type: 'decline-all' }, 'banner', NONE, NOW), recorded: true };
    expect(markKnownChild(s, declined, NOW + 60_000)).toEqual({ ...declined, knownChild: true });
  });
});
