import { describe, expect, it } from 'vitest';
import { ENGLISH_PAGE_WORDS } from '../core/page-words';
import { applyAction, reconcile, toState } from '../core/policy';
import { toSettings } from '../core/settings';
import { optOutStatusText } from './opt-out-status';

const settings = toSettings(
  {
    mode: 'opt-out',
    categories: [
      { id: 'analytics', label: 'A', sale: true },
      { id: 'advertising', label: 'Ad', share: true },
    ],
  },
  'fp',
);
const gpc = { gpc: true, dnt: false };
const now = Date.UTC(2026, 5, 1);

describe('the opt-out status line', () => {
  it('says "Opt-Out Request Honored" for the opt-out GPC asked for', () => {
    const state = toState(settings, reconcile(settings, null, gpc, now).choice, gpc);
    expect(optOutStatusText(settings, state, ENGLISH_PAGE_WORDS)).toBe('Opt-Out Request Honored');
  });

  it('names the visitor’s own opt-out, not the signal, once they opted in over GPC and then out of one practice', () => {
    // Found by test/unit/signals-never-over-grant.test.ts: sharing goes on with GPC present, by the
    // visitor's confirmed consent; the opt-out of sale is their own toggle, not the signal honoured.
    const choice = reconcile(settings, null, gpc, now).choice;
    const next = applyAction(
      settings,
      choice,
      { type: 'set', choices: { advertising: true }, confirmOptIn: true },
      'banner',
      gpc,
      now + 1000,
    );
    const state = toState(settings, next, gpc);
    expect(state).toMatchObject({ saleOptOut: true, shareOptOut: false, categories: { advertising: true } });
    expect(optOutStatusText(settings, state, ENGLISH_PAGE_WORDS)).toBe('Opted out of sale');
  });

  it('is empty while no opt-out is in force, GPC or not', () => {
    const choice = reconcile(settings, null, gpc, now).choice;
    const next = applyAction(settings, choice, { type: 'accept-all', confirmOptIn: true }, 'banner', gpc, now + 1000);
    expect(optOutStatusText(settings, toState(settings, next, gpc), ENGLISH_PAGE_WORDS)).toBe('');
  });
});
