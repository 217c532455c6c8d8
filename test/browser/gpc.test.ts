// Global Privacy Control (docs/semantics.md): in opt-out mode the signal is a frictionless
// Decline of sale and sharing — no banner, no toast — applied before any sold tag loads, stored
// (source "gpc") so that it outlives the signal, and shown as "Opt-Out Request Honored" where the
// visitor looks for it. DNT only counts when the config says `dnt: "honor"`. In opt-in mode the
// banner still asks, but opting in to sale/sharing over the signal takes a confirmation.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors, type VisitorOptions } from './support/browser';
import { getState, nothingShown, ran, settle, uiButton, uiDialog, waitForReady } from './support/flow';
import { SYNC_PROBE, syncState } from './support/sync-probe';
import { WITH_FUNCTIONAL, WITH_FUNCTIONAL_TAGS } from './support/tags';
import { carryCookies, storedChoice } from './support/choice-cookie';
import { sitePage } from './support/pages';
import type { Config } from '../../packages/sdk/src/core/types';
import { browserSuite } from './support/suite';
import { optedOut } from './support/expected-state';

const suite = browserSuite();

/** A signal must leave the category that is neither sold nor shared alone. */
const OPT_OUT = WITH_FUNCTIONAL;
const TAGS = WITH_FUNCTIONAL_TAGS;

async function visit(path: string, config: Config, options: VisitorOptions, from?: BrowserContext) {
  suite.server.route(path, sitePage({ config, body: TAGS, head: SYNC_PROBE }));
  const context = await suite.visitor(options);
  if (from) await carryCookies(from, context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(suite.server.origin + path);
  return { context, page, errors };
}

const switchNamed = (page: Page, name: string) => uiDialog(page).getByRole('switch', { name, exact: true });

/** A GPC visitor opens a view by the page's control (`#prefs`, `#dnss-link`): it says the signal was honoured. */
async function expectHonouredNotice(path: string, control: string) {
  const { page } = await visit(path, OPT_OUT, { gpc: true });
  await waitForReady(page);
  await page.locator(control).click();
  await uiDialog(page).waitFor({ state: 'visible' });
  await uiDialog(page).getByText('Opt-Out Request Honored').first().waitFor({ state: 'visible' });
  return page;
}

describe('GPC on an opt-out (US) config', () => {
  it('is honoured frictionlessly: no banner, sold/shared tags never run, opt-out stored with source "gpc"', async () => {
    const { context, page, errors } = await visit('/gpc/first', OPT_OUT, { gpc: true });
    // In force synchronously, while the script tag runs (before any tag could load).
    expect(await syncState(page)).toMatchObject(optedOut({ gpc: true }));

    const shown = await nothingShown(page);
    expect(shown).toEqual({ buttons: 0, dialogs: 0, text: '' });
    // The non-sold category still runs (opt-out mode); the sold/shared ones never do.
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['functional']);
    expect(await getState(page)).toMatchObject(
      optedOut({ decided: true, gpc: true, source: 'gpc', categories: { necessary: true, functional: true } }),
    );
    const stored = await storedChoice(context);
    expect(stored).toMatchObject({ saleOptOut: true, shareOptOut: true, source: 'gpc', pending: false });
    expect(stored!.optOutAt).not.toBeNull();
    const names = (await context.cookies()).map((c) => c.name);
    expect(names).not.toContain('tag_analytics');
    expect(names).not.toContain('tag_ads');
    expect(errors).toEqual([]);
  });

  it('the reopened preferences say "Opt-Out Request Honored" and show the sold categories switched off', async () => {
    const page = await expectHonouredNotice('/gpc/prefs', '#prefs');
    expect(await switchNamed(page, 'Analytics').getAttribute('aria-checked')).toBe('false');
    expect(await switchNamed(page, 'Advertising').getAttribute('aria-checked')).toBe('false');
    expect(await switchNamed(page, 'Functional').getAttribute('aria-checked')).toBe('true');
  });

  it('the footer "Do Not Sell or Share" control also shows the honoured signal', async () => {
    await expectHonouredNotice('/gpc/link', '#dnss-link');
  });

  it('the stored opt-out outlives the signal: a later visit without GPC stays opted out, still without a banner', async () => {
    const first = await visit('/gpc/later', OPT_OUT, { gpc: true });
    await settle(first.page);
    expect(await storedChoice(first.context)).toMatchObject({ saleOptOut: true, source: 'gpc' });

    const { page } = await visit('/gpc/later', OPT_OUT, {}, first.context);
    expect(await syncState(page)).toMatchObject({ gpc: false, saleOptOut: true, decided: true });
    expect((await nothingShown(page)).buttons).toBe(0);
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['functional']);
    expect(await getState(page)).toMatchObject(optedOut({ decided: true, gpc: false, source: 'gpc' }));
  });

  it('wins over an earlier "Accept": the signal turns the sold tags off on the next visit, without a banner', async () => {
    const first = await visit('/gpc/after-accept', OPT_OUT, {});
    await uiButton(first.page, 'Accept').click();
    await expect.poll(() => ran(first.page), { timeout: 5_000 }).toEqual(['analytics', 'ads', 'functional']);

    const { context, page } = await visit('/gpc/after-accept', OPT_OUT, { gpc: true }, first.context);
    expect((await nothingShown(page)).buttons).toBe(0);
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['functional']);
    expect(await getState(page)).toMatchObject(optedOut({ gpc: true, source: 'gpc' }));
    expect(await storedChoice(context)).toMatchObject({ saleOptOut: true, source: 'gpc' });
  });

  it('a consent confirmed over GPC does not outlive a revision change: until re-asked, the signal governs again', async () => {
    const first = await visit('/gpc/rev', OPT_OUT, { gpc: true });
    await waitForReady(first.page);
    await first.page.locator('#prefs').click();
    await uiButton(first.page, 'Accept all').click();
    await uiButton(first.page, 'Allow sale and sharing').click();
    await expect
      .poll(async () => (await ran(first.page)).slice().sort(), { timeout: 5_000 })
      .toEqual(['ads', 'analytics', 'functional']);
    expect(await storedChoice(first.context)).toMatchObject({ confirmedOptIn: true, saleOptOut: false });

    // The site changes its config revision: the old answer no longer counts ("a revision change asks
    // again"), so the live GPC signal must be honoured again until the visitor confirms anew.
    suite.server.route(
      '/gpc/rev',
      sitePage({ config: { ...OPT_OUT, revision: '2025-06-01' }, body: TAGS, head: SYNC_PROBE }),
    );
    const { page } = first;
    await page.reload();
    await settle(page);
    expect(await getState(page)).toMatchObject(optedOut({ gpc: true }));
    expect(await ran(page)).toEqual(['functional']);
  });

  it('an opt-in confirmed over GPC, then sharing switched off: the status names that opt-out, not the signal', async () => {
    // Sale goes on (analytics) while GPC is present: "Opt-Out Request Honored" would be untrue.
    const path = '/gpc/confirmed-then-share-off';
    suite.server.route(
      path,
      sitePage({ config: OPT_OUT, body: TAGS + '<p id="status" data-privacy-choices="status"></p>', head: SYNC_PROBE }),
    );
    const context = await suite.visitor({ gpc: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(suite.server.origin + path);
    await waitForReady(page);
    const status = page.locator('#status');
    await expect.poll(() => status.textContent()).toBe('Opt-Out Request Honored');
    await page.locator('#prefs').click();
    await uiButton(page, 'Accept all').click();
    await uiButton(page, 'Allow sale and sharing').click();
    await expect.poll(async () => (await getState(page)).saleOptOut).toBe(false);
    await page.evaluate(() =>
      (window as unknown as { PrivacyChoices: { set(c: Record<string, boolean>): void } }).PrivacyChoices.set({
        advertising: false,
      }),
    );
    expect(await getState(page)).toMatchObject({ gpc: true, saleOptOut: false, shareOptOut: true });
    await expect.poll(() => status.textContent()).toBe('Opted out of sharing');
    expect(errors).toEqual([]);
  });

  it('is ignored with gpc: "ignore"', async () => {
    const { page } = await visit('/gpc/ignore', { ...OPT_OUT, gpc: 'ignore' }, { gpc: true });
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads', 'functional']);
    expect(await getState(page)).toMatchObject({ gpc: true, decided: false, saleOptOut: false, source: 'default' });
  });
});

describe('Do Not Track', () => {
  it('with dnt: "honor", DNT opts out like GPC (source "dnt"), without a banner', async () => {
    const { context, page } = await visit('/dnt/honor', { ...OPT_OUT, dnt: 'honor' }, { dnt: true });
    expect((await nothingShown(page)).buttons).toBe(0);
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['functional']);
    expect(await getState(page)).toMatchObject(
      optedOut({ decided: true, gpc: false, source: 'dnt', categories: { functional: true } }),
    );
    expect(await storedChoice(context)).toMatchObject({ saleOptOut: true, source: 'dnt' });
  });

  it('by default (dnt: "ignore") DNT changes nothing: banner, tags run, no opt-out', async () => {
    const { context, page } = await visit('/dnt/ignore', OPT_OUT, { dnt: true });
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads', 'functional']);
    expect(await getState(page)).toMatchObject({
      decided: false,
      source: 'default',
      saleOptOut: false,
      shareOptOut: false,
    });
    expect(await storedChoice(context)).toBeNull();
  });
});

describe('GPC on an opt-in (GDPR) config', () => {
  const OPT_IN: Config = { ...OPT_OUT, mode: 'opt-in' };

  it('still asks for consent, and "Accept all" does not enable sale/sharing without the confirm step', async () => {
    const { context, page, errors } = await visit('/gpc/optin', OPT_IN, { gpc: true });
    await uiButton(page, 'Accept all').waitFor({ state: 'visible' });
    await uiButton(page, 'Reject all').waitFor({ state: 'visible' });
    expect(await getState(page)).toMatchObject(
      optedOut({ decided: false, gpc: true, categories: { functional: false } }),
    );
    expect(await ran(page)).toEqual([]);

    await uiButton(page, 'Accept all').click();
    await uiButton(page, 'Allow sale and sharing').waitFor({ state: 'visible' });
    expect(await getState(page)).toMatchObject(optedOut());
    expect((await ran(page)).filter((n) => n !== 'functional')).toEqual([]);

    await uiButton(page, 'Allow sale and sharing').click();
    await expect
      .poll(async () => (await ran(page)).slice().sort(), { timeout: 5_000 })
      .toEqual(['ads', 'analytics', 'functional']);
    expect(await getState(page)).toMatchObject({
      decided: true,
      gpc: true,
      saleOptOut: false,
      shareOptOut: false,
      categories: { analytics: true, advertising: true, functional: true },
    });

    // The confirmed consent is remembered: the signal does not undo it on the next page view.
    await page.reload();
    await waitForReady(page);
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads', 'functional']);
    expect((await nothingShown(page)).buttons).toBe(0);
    expect(await getState(page)).toMatchObject({ gpc: true, saleOptOut: false, categories: { analytics: true } });
    expect(await storedChoice(context)).toMatchObject({ confirmedOptIn: true, saleOptOut: false });
    expect(errors).toEqual([]);
  });

  it('"Keep my opt-out" leaves sale/sharing off, accepts the rest, and closes the banner it was asked from', async () => {
    const { page } = await visit('/gpc/optin-keep', OPT_IN, { gpc: true });
    await uiButton(page, 'Accept all').click();
    await uiButton(page, 'Keep my opt-out').click();
    await uiButton(page, 'Keep my opt-out').waitFor({ state: 'hidden' });
    await settle(page);
    expect((await ran(page)).filter((n) => n !== 'functional')).toEqual([]);
    // "Accept all" with the opt-out kept: consent to what is neither sold nor shared; nothing else shown.
    expect(await getState(page)).toMatchObject(optedOut({ decided: true, categories: { functional: true } }));
    expect((await nothingShown(page)).buttons).toBe(0);
  });

  it('a new revision asks again for that consent: the opt-out in force does not spare the question', async () => {
    const { page } = await visit('/gpc/optin-revision', OPT_IN, { gpc: true });
    await uiButton(page, 'Accept all').click();
    await uiButton(page, 'Keep my opt-out').click();
    await expect.poll(async () => (await getState(page)).categories.functional).toBe(true);
    suite.server.route(
      '/gpc/optin-revision',
      sitePage({ config: { ...OPT_IN, revision: '2027-01-01' }, body: TAGS, head: SYNC_PROBE }),
    );
    await page.reload();
    await uiButton(page, 'Accept all').waitFor({ state: 'visible' });
    expect(await getState(page)).toMatchObject(
      optedOut({ decided: false, categories: { functional: false, analytics: false, advertising: false } }),
    );
    await settle(page);
    expect(await ran(page)).toEqual([]);
  });
});
