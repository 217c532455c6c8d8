// The core visit scenario on the built script-tag bundle: first visit → banner → Decline →
// stored choice → returning visit without banner and without the sold tags → footer link
// reopens the banner → opting back in takes two steps (CCPA regs §7028) → tags run without reload.
// Plus the opt-in (GDPR) variant: nothing non-necessary before a choice.
import { describe, expect, it } from 'vitest';
import { events, getState, nothingShown, ran, settle, uiButton, waitForReady } from './support/flow';
import { SYNC_PROBE, syncState } from './support/sync-probe';
import { gatedTag } from './support/tags';
import { choiceCookie, storedChoice } from './support/choice-cookie';
import { BASE_CONFIG, sitePage } from './support/pages';
import type { Config } from '../../packages/sdk/src/core/types';
import { browserSuite } from './support/suite';
import { necessaryOnly, optedOut } from './support/expected-state';

const suite = browserSuite();

const DAY = 24 * 3600;
const TAGS = gatedTag('analytics', 'analytics') + gatedTag('advertising', 'ads');

function open(path: string, config: Config, body = TAGS) {
  suite.server.route(path, sitePage({ config, body, head: SYNC_PROBE }));
  return suite.visit(path);
}

describe('opt-out mode (US, Concord-like) through the script tag', () => {
  it('first visit shows the banner and runs the sold tags until the visitor declines', async () => {
    const { page, errors } = await open('/flow/first', BASE_CONFIG);
    // The opt-out banner's four choices.
    for (const name of ['Accept', 'Decline', 'Do Not Sell or Share My Personal Information', 'Preferences']) {
      await uiButton(page, name).waitFor({ state: 'visible' });
    }
    // Opt-out mode: categories are on before any choice, so the gated tags run on the first visit.
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads']);
    const state = await getState(page);
    expect(state).toMatchObject({
      decided: false,
      mode: 'opt-out',
      source: 'default',
      saleOptOut: false,
      shareOptOut: false,
      gpc: false,
      revision: '2024-10-02',
      decidedAt: null,
      categories: { necessary: true, analytics: true, advertising: true },
    });
    // Nothing is stored before the visitor chooses.
    expect(await choiceCookie(suite.context!)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('Decline → stored opt-out → reload without banner or tags → footer reopens → Accept needs a confirm step → tags run without reload', async () => {
    const { page, errors } = await open('/flow/decline', BASE_CONFIG);
    await uiButton(page, 'Decline').click();

    // The banner goes away and the choice is recorded.
    await uiButton(page, 'Decline').waitFor({ state: 'hidden' });
    const state = await getState(page);
    expect(state).toMatchObject(
      optedOut({ decided: true, source: 'banner', mode: 'opt-out', categories: { necessary: true } }),
    );
    expect(state.decidedAt).not.toBeNull();
    expect(Math.abs(Date.parse(state.decidedAt!) - Date.now())).toBeLessThan(60_000);
    expect(state.id).toMatch(/^[0-9a-z]+$/);

    // The change event carries the same state.
    const changes = (await events(page)).filter((e) => e.type === 'change');
    expect(changes.length).toBeGreaterThanOrEqual(1);
    expect(changes[changes.length - 1].detail).toMatchObject({ decided: true, saleOptOut: true, source: 'banner' });

    // The choice cookie's attributes.
    const cookie = await choiceCookie(suite.context!);
    expect(cookie).toBeDefined();
    expect(cookie!.path).toBe('/');
    expect(cookie!.sameSite).toBe('Lax');
    expect(cookie!.secure).toBe(false); // http
    expect(cookie!.domain).toBe('127.0.0.1'); // host-only: no Domain configured
    const now = Date.now() / 1000;
    expect(cookie!.expires).toBeGreaterThan(now + 30 * DAY); // persistent, not a session cookie
    expect(cookie!.expires).toBeLessThanOrEqual(now + 400 * DAY + 60);
    expect(cookie!.value.length).toBeLessThanOrEqual(200);
    const stored = await storedChoice(suite.context!);
    expect(stored).toMatchObject({
      saleOptOut: true,
      shareOptOut: true,
      source: 'banner',
      pending: false,
      revision: '2024-10-02',
      id: state.id,
    });

    // Returning visit: decided synchronously while the script tag runs; no banner; tags blocked.
    await page.reload();
    expect(await syncState(page)).toMatchObject({
      decided: true,
      saleOptOut: true,
      categories: { analytics: false, advertising: false },
    });
    const shown = await nothingShown(page);
    expect(shown.buttons).toBe(0);
    expect(shown.dialogs).toBe(0);
    expect(await ran(page)).toEqual([]);
    expect(await getState(page)).toMatchObject({ decided: true, source: 'banner', saleOptOut: true });
    expect(await page.locator('script[data-category="analytics"]').getAttribute('type')).toBe('text/plain');

    // The footer's href="#privacy-choices" link reopens the banner.
    await page.locator('#reopen').click();
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe(''); // the hook handled the click (no navigation to the fragment)

    // Accept after an opt-out is two-step: a confirmation first, nothing applied yet.
    await uiButton(page, 'Accept').click();
    await uiButton(page, 'Allow sale and sharing').waitFor({ state: 'visible' });
    await uiButton(page, 'Keep my opt-out').waitFor({ state: 'visible' });
    expect(await getState(page)).toMatchObject({
      saleOptOut: true,
      categories: { analytics: false, advertising: false },
    });
    expect(await ran(page)).toEqual([]);

    await uiButton(page, 'Allow sale and sharing').click();
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads']);
    expect(await getState(page)).toMatchObject({
      decided: true,
      source: 'banner',
      saleOptOut: false,
      shareOptOut: false,
      categories: { necessary: true, analytics: true, advertising: true },
    });
    await uiButton(page, 'Allow sale and sharing').waitFor({ state: 'hidden' });
    expect(await storedChoice(suite.context!)).toMatchObject({
      saleOptOut: false,
      shareOptOut: false,
      source: 'banner',
    });

    // And the opt-in holds on the next page view.
    await page.reload();
    await waitForReady(page);
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads']);
    expect((await nothingShown(page)).buttons).toBe(0);
    expect(errors).toEqual([]);
  });

  it('"Keep my opt-out" in the confirm step keeps everything sold off', async () => {
    const { page } = await open('/flow/keep', BASE_CONFIG);
    await uiButton(page, 'Decline').click();
    await uiButton(page, 'Decline').waitFor({ state: 'hidden' });
    await page.reload();
    await waitForReady(page);
    await page.locator('#reopen').click();
    await uiButton(page, 'Accept').click();
    await uiButton(page, 'Keep my opt-out').click();
    await uiButton(page, 'Keep my opt-out').waitFor({ state: 'hidden' });
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await getState(page)).toMatchObject(optedOut());
    expect(await storedChoice(suite.context!)).toMatchObject({ saleOptOut: true, shareOptOut: true });
  });

  it('Accept on the first visit is one step (no opt-out to override) and is remembered', async () => {
    const { page } = await open('/flow/accept', BASE_CONFIG);
    await uiButton(page, 'Accept').click();
    await uiButton(page, 'Accept').waitFor({ state: 'hidden' });
    expect(await uiButton(page, 'Allow sale and sharing').count()).toBe(0);
    expect(await getState(page)).toMatchObject({
      decided: true,
      source: 'banner',
      saleOptOut: false,
      categories: { analytics: true, advertising: true },
    });
    await page.reload();
    expect(await syncState(page)).toMatchObject({ decided: true, categories: { analytics: true } });
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads']);
    expect((await nothingShown(page)).buttons).toBe(0);
  });
});

describe('preferences dialog in opt-out mode', () => {
  it('switching one sold category off and saving keeps the other on (source "preferences"); "Decline all" is one click', async () => {
    const { page } = await open('/flow/prefs', BASE_CONFIG);
    await uiButton(page, 'Preferences').click();
    const dialog = page.locator('#privacy-choices-ui').getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    for (const name of ['Accept all', 'Decline all', 'Save choices', 'Close'])
      await uiButton(page, name).waitFor({ state: 'visible' });
    const ads = dialog.getByRole('switch', { name: 'Advertising', exact: true });
    expect(await ads.getAttribute('aria-checked')).toBe('true');
    expect(await dialog.getByRole('switch', { name: 'Strictly necessary', exact: true }).isDisabled()).toBe(true);
    await ads.click();
    expect(await ads.getAttribute('aria-checked')).toBe('false');
    await uiButton(page, 'Save choices').click();
    await dialog.waitFor({ state: 'hidden' });
    const state = await getState(page);
    expect(state).toMatchObject({
      decided: true,
      source: 'preferences',
      shareOptOut: true,
      saleOptOut: false,
      categories: { analytics: true, advertising: false },
    });
    await page.reload();
    await waitForReady(page);
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics']);
    expect((await nothingShown(page)).buttons).toBe(0);

    await page.locator('#prefs').click();
    await uiButton(page, 'Decline all').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await getState(page)).toMatchObject(optedOut({ source: 'preferences' }));
  });
});

const OPT_IN: Config = { ...BASE_CONFIG, mode: 'opt-in' };

describe('opt-in mode (GDPR) through the script tag', () => {
  it('runs no gated tag before a choice; "Accept all" runs it at once, without reload', async () => {
    const { page, errors } = await open('/optin/accept', OPT_IN);
    for (const name of ['Accept all', 'Reject all', 'Preferences'])
      await uiButton(page, name).waitFor({ state: 'visible' });
    // No "Do Not Sell" button in the opt-in banner: nothing is on to opt out of.
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await getState(page)).toMatchObject(necessaryOnly({ decided: false, mode: 'opt-in' }));
    expect(
      await page.locator('script[data-category]').evaluateAll((els) => els.map((e) => e.getAttribute('type'))),
    ).toEqual(['text/plain', 'text/plain']);

    await uiButton(page, 'Accept all').click();
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads']);
    expect(await getState(page)).toMatchObject({
      decided: true,
      source: 'banner',
      categories: { analytics: true, advertising: true },
    });
    await uiButton(page, 'Accept all').waitFor({ state: 'hidden' });
    const cookie = await choiceCookie(suite.context!);
    expect(cookie!.value.length).toBeLessThanOrEqual(200);
    expect(errors).toEqual([]);
  });

  it('"Reject all" keeps the tags blocked, now and on the next page view', async () => {
    const { page } = await open('/optin/reject', OPT_IN);
    await uiButton(page, 'Reject all').click();
    await uiButton(page, 'Reject all').waitFor({ state: 'hidden' });
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await getState(page)).toMatchObject(necessaryOnly({ decided: true, source: 'banner' }));
    expect(await storedChoice(suite.context!)).toMatchObject({ pending: false, source: 'banner' });
    await page.reload();
    const shown = await nothingShown(page);
    expect(shown.buttons).toBe(0);
    expect(await ran(page)).toEqual([]);
    expect(await getState(page)).toMatchObject({ decided: true, categories: { analytics: false, advertising: false } });
  });

  it('a click stores the choice before its dispatch ends: page listeners after it already see the cookie', async () => {
    const { page } = await open('/optin/order', OPT_IN);
    await uiButton(page, 'Reject all').waitFor({ state: 'visible' });
    // A page listener in the bubble phase runs after every listener of the button (the SDK's).
    await page.evaluate(() => {
      const w = window as unknown as { seenInClick?: { cookie: boolean; decided: boolean } };
      addEventListener(
        'click',
        () => {
          w.seenInClick = {
            cookie: /(^|; )privacy_choices=/.test(document.cookie),
            decided: (
              window as unknown as { PrivacyChoices: { getState(): { decided: boolean } } }
            ).PrivacyChoices.getState().decided,
          };
        },
        { once: true },
      );
    });
    await uiButton(page, 'Reject all').click();
    const seen = await page.evaluate(() => (window as unknown as { seenInClick: unknown }).seenInClick);
    // Stored and applied within the click (the banner may close in the task right after it).
    expect(seen).toEqual({ cookie: true, decided: true });
    await uiButton(page, 'Reject all').waitFor({ state: 'hidden' });
    expect(await storedChoice(suite.context!)).toMatchObject({ pending: false, source: 'banner' });
  });

  it('stores five categories and a 64-character revision in ≤ 200 bytes', async () => {
    const config: Config = {
      ...OPT_IN,
      revision: 'r'.repeat(64),
      categories: [
        { id: 'necessary', label: 'Strictly necessary', necessary: true },
        { id: 'functional', label: 'Functional' },
        { id: 'analytics', label: 'Analytics', sale: true },
        { id: 'advertising', label: 'Advertising', sale: true, share: true },
        { id: 'social', label: 'Social media', share: true },
      ],
    };
    const { page } = await open('/optin/five', config, gatedTag('social', 'social'));
    await uiButton(page, 'Accept all').click();
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['social']);
    const cookie = await choiceCookie(suite.context!);
    expect(Buffer.byteLength(cookie!.name + '=' + cookie!.value)).toBeLessThanOrEqual(200);
    expect(await storedChoice(suite.context!)).toMatchObject({ revision: 'r'.repeat(64), bits: 31 });
  });
});
