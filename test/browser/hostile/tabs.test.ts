// Several tabs of one site (same context = same cookie jar): a choice made in one tab applies in
// the others without a reload (BroadcastChannel + re-reading the cookie), and two tabs choosing
// "at once" converge on one choice, the one the cookie holds.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser';
import { events, getState, ran, settle, uiButton, uiHost } from '../support/flow';
import { addGatedScript, gatedInline, gatedTag } from '../support/tags';
import { storedChoice } from '../support/choice-cookie';
import { quiet, uiCounts } from '../support/hostile';
import { BASE_CONFIG, sitePage } from '../support/pages';
import { categoriesOf } from '../../../packages/sdk/src/core/policy';
import { toSettings } from '../../../packages/sdk/src/core/settings';
import type { Config, State } from '../../../packages/sdk/src/core/types';
import { browserSuite } from '../support/suite';
import { necessaryOnly } from '../support/expected-state';

const suite = browserSuite();

const OPT_IN: Config = { ...BASE_CONFIG, mode: 'opt-in' };
const TAGS = gatedTag('analytics', 'analytics') + gatedInline('advertising', 'ads-inline');

async function twoTabs(path: string, config: Config, body = TAGS) {
  suite.server.route(path, sitePage({ config, body }));
  const context = await suite.visitor();
  const a = await context.newPage();
  const b = await context.newPage();
  const errors = [...[a, b].map(watchErrors)];
  await a.goto(suite.server.origin + path);
  await b.goto(suite.server.origin + path);
  await Promise.all([settle(a), settle(b)]);
  return { a, b, errors };
}

/** The fields that must agree between tabs and with the cookie (decidedAt is checked on its own). */
const essence = (s: State) => ({
  decided: s.decided,
  categories: s.categories,
  saleOptOut: s.saleOptOut,
  shareOptOut: s.shareOptOut,
  source: s.source,
  id: s.id,
});

/** Clicks a consent UI button from inside the page (no actionability wait: "at once" means at once).
 *  Returns false when the button is gone (the other tab's choice already closed the banner). */
const clickNow = (page: Page, name: string) =>
  page.evaluate((label) => {
    const root = document.getElementById('privacy-choices-ui')?.shadowRoot;
    const button =
      root &&
      (Array.from(root.querySelectorAll('button')).find((b) => (b.textContent || '').trim() === label) as
        | HTMLElement
        | undefined);
    if (!button) return false;
    button.click();
    return true;
  }, name);

async function cookieEssence(config: Config) {
  const stored = await storedChoice(suite.context!);
  if (!stored) return null;
  const settings = toSettings(config, 'x');
  return {
    decided: !stored.pending,
    categories: categoriesOf(settings, stored.bits),
    saleOptOut: stored.saleOptOut,
    shareOptOut: stored.shareOptOut,
    source: stored.source,
    id: stored.id,
  };
}

describe('a choice in one tab applies in the others without reload', () => {
  it('opt-in: Reject all in tab A → tab B decided, its banner closes, its gated tags stay blocked (even ones added later)', async () => {
    const { a, b, errors } = await twoTabs('/tabs/reject', OPT_IN);
    await uiButton(b, 'Accept all').waitFor({ state: 'visible' });
    await a.bringToFront();
    await uiButton(a, 'Reject all').click();
    await expect.poll(async () => (await getState(b)).decided).toBe(true);
    expect(await getState(b)).toMatchObject(necessaryOnly({ decided: true, source: 'banner' }));
    expect(essence(await getState(b))).toEqual(essence(await getState(a)));
    await expect.poll(async () => (await uiCounts(b)).buttons).toBe(0);
    // B's tags never ran, and one added after the sync stays blocked.
    await addGatedScript(b, 'analytics', { text: '(window.__ran = window.__ran || []).push("late")' });
    await quiet(b);
    expect(await ran(b)).toEqual([]);
    expect(await ran(a)).toEqual([]);
    // B heard it as a change.
    expect((await events(b)).filter((e) => e.type === 'change').map((e) => e.detail.decided)).toEqual([true]);
    expect(errors.flat()).toEqual([]);
  });

  it('opt-out: Decline in tab A → tab B becomes decided and opted out, its banner closes', async () => {
    const { a, b, errors } = await twoTabs('/tabs/decline', BASE_CONFIG);
    await uiButton(b, 'Decline').waitFor({ state: 'visible' });
    await uiButton(a, 'Decline').click();
    await expect.poll(async () => essence(await getState(b))).toEqual(essence(await getState(a)));
    expect(await getState(b)).toMatchObject({ decided: true, saleOptOut: true, shareOptOut: true, source: 'banner' });
    await expect.poll(async () => (await uiCounts(b)).buttons).toBe(0);
    expect(errors.flat()).toEqual([]);
  });

  it("opt-in: Accept all in tab A → tab B's gated tags run without reload, in order", async () => {
    const { a, b, errors } = await twoTabs('/tabs/accept', OPT_IN);
    expect(await ran(b)).toEqual([]);
    await uiButton(a, 'Accept all').click();
    await expect.poll(() => ran(a)).toEqual(['analytics', 'ads-inline']);
    await expect.poll(() => ran(b)).toEqual(['analytics', 'ads-inline']);
    await expect.poll(async () => (await uiCounts(b)).buttons).toBe(0);
    expect(essence(await getState(b))).toEqual(essence(await getState(a)));
    expect(errors.flat()).toEqual([]);
  });

  it('getState().decidedAt is the same in the tab that chose, in the other tab, and in the cookie', async () => {
    const { a, b } = await twoTabs('/tabs/decided-at', OPT_IN);
    await uiButton(a, 'Accept all').click();
    await expect.poll(async () => (await getState(b)).decided).toBe(true);
    const stored = await storedChoice(suite.context!);
    const inCookie = new Date(stored!.decidedAt).toISOString();
    expect({ a: (await getState(a)).decidedAt, b: (await getState(b)).decidedAt }).toEqual({
      a: inCookie,
      b: inCookie,
    });
    // …and after a reload of the tab that chose (its own record, as the next page view sees it).
    const before = (await getState(a)).decidedAt;
    await a.reload();
    await settle(a);
    expect((await getState(a)).decidedAt).toBe(before);
  });

  it('a preferences dialog open in tab B follows a change made in tab A (no stale switches)', async () => {
    const { a, b } = await twoTabs('/tabs/dialog', OPT_IN);
    await b.click('#prefs');
    const sw = uiHost(b).getByRole('switch', { name: 'Analytics', exact: true });
    await sw.waitFor({ state: 'visible' });
    expect(await sw.getAttribute('aria-checked')).toBe('false');
    await uiButton(a, 'Accept all').click();
    await expect.poll(() => sw.getAttribute('aria-checked')).toBe('true');
  });

  it('a tab in the background catches up when it becomes visible again (no BroadcastChannel)', async () => {
    suite.server.route('/tabs/no-bc', sitePage({ config: OPT_IN, body: TAGS }));
    const context = await suite.visitor();
    await context.addInitScript(() => ((window as any).BroadcastChannel = undefined));
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(suite.server.origin + '/tabs/no-bc');
    await b.goto(suite.server.origin + '/tabs/no-bc');
    await Promise.all([settle(a), settle(b)]);
    await uiButton(a, 'Accept all').click();
    await expect.poll(() => ran(a)).toEqual(['analytics', 'ads-inline']);
    // Simulate B being hidden and shown again.
    await b.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(() => ran(b)).toEqual(['analytics', 'ads-inline']);
  });
});

describe('two tabs choosing at once converge on what the cookie holds', () => {
  const races: [string, Config, string, string][] = [
    ['opt-in: Accept all (A) vs Reject all (B)', OPT_IN, 'Accept all', 'Reject all'],
    ['opt-in: Reject all (A) vs Accept all (B)', OPT_IN, 'Reject all', 'Accept all'],
    ['opt-out: Accept (A) vs Decline (B)', BASE_CONFIG, 'Accept', 'Decline'],
    ['opt-out: Do Not Sell (A) vs Accept (B)', BASE_CONFIG, 'Do Not Sell or Share My Personal Information', 'Accept'],
  ];
  for (const [label, config, inA, inB] of races) {
    it(label, async () => {
      for (let round = 0; round < 3; round++) {
        const { a, b, errors } = await twoTabs(`/tabs/race/${round}/${label.replace(/\W+/g, '-')}`, config);
        await Promise.all([
          uiButton(a, inA).waitFor({ state: 'visible' }),
          uiButton(b, inB).waitFor({ state: 'visible' }),
        ]);
        const clicked = await Promise.all([clickNow(a, inA), clickNow(b, inB)]);
        expect(clicked.some(Boolean)).toBe(true);
        // Both settle: same state in both tabs, and it is what the cookie decodes to.
        await expect
          .poll(async () => JSON.stringify(essence(await getState(a))) === JSON.stringify(essence(await getState(b))), {
            timeout: 5_000,
          })
          .toBe(true)
          .catch(async () => {
            throw new Error(
              `tabs disagree (clicked ${JSON.stringify(clicked)}): A=${JSON.stringify(essence(await getState(a)))} B=${JSON.stringify(essence(await getState(b)))} cookie=${JSON.stringify(await cookieEssence(config))}`,
            );
          });
        await quiet(a);
        await quiet(b);
        const [sa, sb] = [essence(await getState(a)), essence(await getState(b))];
        expect(sa).toEqual(sb);
        expect(await cookieEssence(config)).toEqual(sa);
        // When the final choice allows the tags, they ran in both tabs (the losing tab caught up).
        if (sa.categories.analytics) {
          await expect.poll(() => ran(a)).toContain('analytics');
          await expect.poll(() => ran(b)).toContain('analytics');
        }
        expect(errors.flat()).toEqual([]);
        await suite.context!.close();
        suite.context = undefined;
      }
    });
  }
});
