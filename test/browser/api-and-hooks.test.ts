// The public surface in a real browser: window.PrivacyChoices and the window events (README,
// "Instance API"), the DOM hooks including elements added later (README, "DOM hooks"), the footer
// link text, loading the script twice, revision changes (docs/semantics.md, "The 12-month rule and
// revisions"), and the npm ESM build served with an import map.
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { events, getState, nothingShown, ran, settle, uiButton, uiDialog, uiHost, waitForReady } from './support/flow';
import { addGatedScript, WITH_FUNCTIONAL, WITH_FUNCTIONAL_TAGS } from './support/tags';
import { choiceCookie, storedChoice } from './support/choice-cookie';
import { FOOTER, sitePage, type PageOptions } from './support/pages';
import { encodeChoice } from '../../packages/sdk/src/core/choice-codec';
import type { Config, State } from '../../packages/sdk/src/core/types';
import { browserSuite } from './support/suite';
import { optedOut } from './support/expected-state';

const suite = browserSuite();

const CONFIG = WITH_FUNCTIONAL;
const TAGS = WITH_FUNCTIONAL_TAGS;
const DNSS = 'Do Not Sell or Share My Personal Information';

function open(path: string, options: Partial<PageOptions> = {}) {
  suite.server.route(path, sitePage({ config: CONFIG, body: TAGS, ...options }));
  return suite.visit(path);
}

type Api = {
  PrivacyChoices: {
    open(view?: string): void;
    close(): void;
    acceptAll(o?: { confirmOptIn?: boolean }): void;
    declineAll(): void;
    optOutOfSaleAndSharing(): void;
    set(c: Record<string, boolean>, o?: { confirmOptIn?: boolean }): void;
    getState(): State;
    isAllowed(id: string): boolean;
    onChange(fn: (s: State) => void): () => void;
    reset(): void;
    destroy(): void;
  };
  __seen: State[];
  __unsub: () => void;
};
/** Runs `body` in the page with `w` = window; `return` gives a value back. */
const call = <T>(page: Page, body: string): Promise<T> =>
  page.evaluate(`(() => { const w = window; ${body} })()`) as Promise<T>;

const cats = (s: State) => s.categories;

describe('window.PrivacyChoices', () => {
  it('getState / isAllowed / open / close / declineAll / acceptAll / optOutOfSaleAndSharing / set / onChange', async () => {
    const { page, errors } = await open('/api/basic');
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    const initial = await getState(page);
    expect(initial).toEqual({
      decided: false,
      categories: { necessary: true, analytics: true, advertising: true, functional: true },
      saleOptOut: false,
      shareOptOut: false,
      gpc: false,
      source: 'default',
      decidedAt: null,
      revision: '2024-10-02',
      id: null,
      mode: 'opt-out',
      knownChild: false,
    });
    expect(
      await call(
        page,
        `return [w.PrivacyChoices.isAllowed('analytics'), w.PrivacyChoices.isAllowed('necessary'), w.PrivacyChoices.isAllowed('nope')]`,
      ),
    ).toEqual([true, true, false]);
    // getState returns a copy: mutating it changes nothing.
    expect(
      await call(
        page,
        `const s = w.PrivacyChoices.getState(); s.categories.analytics = false; s.decided = true; return w.PrivacyChoices.getState().categories.analytics && !w.PrivacyChoices.getState().decided`,
      ),
    ).toBe(true);

    // close(): hides, records nothing.
    await call(
      page,
      `w.__seen = []; w.__unsub = w.PrivacyChoices.onChange((s) => w.__seen.push(JSON.parse(JSON.stringify(s))));`,
    );
    await call(page, `w.PrivacyChoices.close()`);
    await uiButton(page, 'Decline').waitFor({ state: 'hidden' });
    expect(await choiceCookie(suite.context!)).toBeUndefined();
    expect((await getState(page)).decided).toBe(false);
    expect(await call(page, `return w.__seen.length`)).toBe(0);

    // open() → banner; open('preferences') → dialog.
    await call(page, `w.PrivacyChoices.open()`);
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    await call(page, `w.PrivacyChoices.open('preferences')`);
    await uiDialog(page).waitFor({ state: 'visible' });
    await uiButton(page, 'Save choices').waitFor({ state: 'visible' });
    await call(page, `w.PrivacyChoices.close()`);
    await uiDialog(page).waitFor({ state: 'hidden' });

    // declineAll(): every non-necessary category off, source "api", listeners told.
    await call(page, `w.PrivacyChoices.declineAll()`);
    let state = await getState(page);
    expect(state).toMatchObject({ decided: true, source: 'api', saleOptOut: true, shareOptOut: true });
    expect(cats(state)).toEqual({ necessary: true, analytics: false, advertising: false, functional: false });
    expect(await call<State[]>(page, `return w.__seen`)).toEqual([state]);
    expect(await storedChoice(suite.context!)).toMatchObject({ source: 'api', saleOptOut: true });

    // acceptAll() over an opt-out without confirmOptIn: the sold/shared categories stay off.
    await call(page, `w.PrivacyChoices.acceptAll()`);
    state = await getState(page);
    expect(cats(state)).toEqual({ necessary: true, analytics: false, advertising: false, functional: true });
    expect(state.saleOptOut && state.shareOptOut).toBe(true);
    // With the confirmation: everything on.
    await call(page, `w.PrivacyChoices.acceptAll({ confirmOptIn: true })`);
    state = await getState(page);
    expect(state).toMatchObject({ saleOptOut: false, shareOptOut: false, source: 'api' });
    expect(cats(state)).toEqual({ necessary: true, analytics: true, advertising: true, functional: true });

    // optOutOfSaleAndSharing(): exactly the sold/shared categories off.
    await call(page, `w.PrivacyChoices.optOutOfSaleAndSharing()`);
    state = await getState(page);
    expect(state).toMatchObject({ saleOptOut: true, shareOptOut: true, source: 'api' });
    expect(cats(state)).toEqual({ necessary: true, analytics: false, advertising: false, functional: true });

    // set(): named categories; unknown ids throw and change nothing.
    await call(page, `w.PrivacyChoices.set({ functional: false })`);
    expect(cats(await getState(page)).functional).toBe(false);
    const thrown = await call<string>(
      page,
      `try { w.PrivacyChoices.set({ functional: true, nope: true }); return 'no error'; } catch (e) { return String(e && e.message); }`,
    );
    expect(thrown).toContain('nope');
    expect(cats(await getState(page)).functional).toBe(false);
    // set() cannot opt back in to a sold category without the confirmation…
    await call(page, `w.PrivacyChoices.set({ analytics: true })`);
    expect(await call(page, `return w.PrivacyChoices.isAllowed('analytics')`)).toBe(false);
    // …and can with it.
    await call(page, `w.PrivacyChoices.set({ analytics: true }, { confirmOptIn: true })`);
    expect(await call(page, `return w.PrivacyChoices.isAllowed('analytics')`)).toBe(true);
    expect(await call(page, `return w.PrivacyChoices.isAllowed('advertising')`)).toBe(false);

    // The unsubscribe function stops the listener.
    const before = await call<number>(page, `return w.__seen.length`);
    await call(page, `w.__unsub(); w.PrivacyChoices.declineAll()`);
    expect(await call<number>(page, `return w.__seen.length`)).toBe(before);
    expect(errors).toEqual([]);
  });

  it('reset() forgets the choice: cookie gone, banner again, defaults back', async () => {
    const { page } = await open('/api/reset');
    await uiButton(page, 'Decline').click();
    await uiButton(page, 'Decline').waitFor({ state: 'hidden' });
    expect(await choiceCookie(suite.context!)).toBeDefined();
    await page.reload();
    await waitForReady(page);
    expect(await ran(page)).toEqual([]);

    await call(page, `w.PrivacyChoices.reset()`);
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    expect(await getState(page)).toMatchObject({
      decided: false,
      source: 'default',
      saleOptOut: false,
      categories: { analytics: true },
    });
    // Opt-out mode defaults: the tags may run again (without reload).
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads', 'functional']);
    expect(await choiceCookie(suite.context!)).toBeUndefined();
    await page.reload();
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
  });

  it('destroy() removes the UI, the DOM hooks and the observers', async () => {
    const { page } = await open('/api/destroy', { config: { ...CONFIG, mode: 'opt-in' } });
    await uiButton(page, 'Accept all').waitFor({ state: 'visible' });
    const changesBefore = (await events(page)).filter((e) => e.type === 'change').length;
    await call(page, `w.__seen = []; w.PrivacyChoices.onChange((s) => w.__seen.push(s)); w.PrivacyChoices.destroy()`);
    expect(await uiHost(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Accept all' }).count()).toBe(0);

    // Hooks are gone: the footer links do nothing (and no longer swallow the click).
    await page.locator('#prefs').click();
    await page.locator('#reopen').click();
    await settle(page);
    expect(await uiHost(page).count()).toBe(0);
    expect(await page.getByRole('dialog').count()).toBe(0);

    // Observers are gone: an allowed state would not start a script added now, nor fill a link.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<span data-privacy-choices="link" id="late-link"></span>');
    });
    await addGatedScript(page, 'necessary', { src: '/tag/after-destroy.js' });
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await page.locator('#late-link').textContent()).toBe('');

    // Listeners and events are gone.
    await call(page, `w.PrivacyChoices.acceptAll()`);
    expect(await call(page, `return w.__seen.length`)).toBe(0);
    expect((await events(page)).filter((e) => e.type === 'change').length).toBe(changesBefore);
    expect(await ran(page)).toEqual([]);
  });
});

describe('window events', () => {
  it('privacy-choices:ready once per page view, privacy-choices:change on each choice, with the state as detail', async () => {
    const { page } = await open('/events/basic');
    await waitForReady(page);
    let list = await events(page);
    expect(list.map((e) => e.type)).toEqual(['ready']);
    expect(list[0].detail).toMatchObject({ decided: false, mode: 'opt-out', source: 'default' });

    await uiButton(page, 'Decline').click();
    await expect.poll(async () => (await events(page)).map((e) => e.type)).toEqual(['ready', 'change']);
    list = await events(page);
    expect(list[1].detail).toEqual(await getState(page));
    expect(list[1].detail).toMatchObject({ decided: true, saleOptOut: true, source: 'banner' });

    await call(page, `w.PrivacyChoices.optOutOfSaleAndSharing()`);
    await expect.poll(async () => (await events(page)).length).toBe(3);

    // Returning visitor: ready (with the stored choice), no change for a mere page view.
    await page.reload();
    await settle(page);
    list = await events(page);
    expect(list.map((e) => e.type)).toEqual(['ready']);
    expect(list[0].detail).toMatchObject({ decided: true, saleOptOut: true });
  });
});

describe('DOM hooks', () => {
  const HOOKS = `<div id="hooks">
    <button data-privacy-choices="open" id="h-open">Open</button>
    <button data-privacy-choices="preferences" id="h-prefs">Prefs</button>
    <button data-privacy-choices="do-not-sell" id="h-dns">DNS</button>
    <button data-privacy-choices="accept-all" id="h-accept">Accept everything</button>
    <button data-privacy-choices="decline-all" id="h-decline">Decline everything</button>
  </div>`;

  it('open / preferences / do-not-sell / accept-all / decline-all', async () => {
    const { page, errors } = await open('/hooks/all', { body: TAGS + HOOKS });
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    await call(page, `w.PrivacyChoices.close()`);
    await uiButton(page, 'Decline').waitFor({ state: 'hidden' });

    await page.locator('#h-open').click();
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    await call(page, `w.PrivacyChoices.close()`);

    await page.locator('#h-prefs').click();
    await uiDialog(page).waitFor({ state: 'visible' });
    await uiDialog(page).getByRole('switch', { name: 'Analytics', exact: true }).waitFor({ state: 'visible' });
    await uiButton(page, 'Close').click();
    await uiDialog(page).waitFor({ state: 'hidden' });

    await page.locator('#h-dns').click();
    await uiButton(page, 'Opt out of sale and sharing').click();
    await expect.poll(async () => (await getState(page)).saleOptOut).toBe(true);
    let state = await getState(page);
    expect(state).toMatchObject({ decided: true, shareOptOut: true });
    expect(cats(state)).toEqual({ necessary: true, analytics: false, advertising: false, functional: true });

    // accept-all over the opt-out asks to confirm first.
    await page.locator('#h-accept').click();
    await uiButton(page, 'Allow sale and sharing').click();
    await expect
      .poll(async () => cats(await getState(page)))
      .toEqual({ necessary: true, analytics: true, advertising: true, functional: true });
    expect(await getState(page)).toMatchObject({ saleOptOut: false, shareOptOut: false, decided: true });

    await page.locator('#h-decline').click();
    await expect
      .poll(async () => cats(await getState(page)))
      .toEqual({ necessary: true, analytics: false, advertising: false, functional: false });
    state = await getState(page);
    expect(state).toMatchObject({ saleOptOut: true, shareOptOut: true, source: 'link' });
    expect(errors).toEqual([]);
  });

  it('work for elements added after load (SPA navigation), and fill late footer links', async () => {
    const { page } = await open('/hooks/late', { config: { ...CONFIG, mode: 'opt-in' } });
    await waitForReady(page);
    await call(page, `w.PrivacyChoices.close()`);
    await page.evaluate(() => {
      // "Navigate": the app re-renders its view and footer.
      document.querySelector('footer')!.remove();
      document.querySelector('main')!.innerHTML = `<h1>Other view</h1>
        <a href="#" data-privacy-choices="preferences" id="late-prefs">Preferences</a>
        <button data-privacy-choices="accept-all" id="late-accept">OK</button>
        <span data-privacy-choices="link" id="late-link"></span>`;
    });
    await page.locator('#late-prefs').click();
    await uiDialog(page).waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe(''); // the hook prevented the "#" navigation
    await uiButton(page, 'Close').click();
    await uiDialog(page).waitFor({ state: 'hidden' });

    await page.locator('#late-accept').click();
    await expect.poll(async () => (await getState(page)).decided).toBe(true);
    expect(await getState(page)).toMatchObject({
      categories: { analytics: true, advertising: true, functional: true },
    });

    // Opt-in config: the link reads "Cookie settings"; a span becomes a keyboard-reachable button.
    const link = page.locator('#late-link');
    await expect.poll(() => link.textContent()).not.toBe('');
    expect(await link.getAttribute('role')).toBe('button');
    await link.focus();
    await page.keyboard.press('Enter');
    await uiDialog(page).waitFor({ state: 'visible' });
  });

  it('[data-privacy-choices=link] reads "Do Not Sell or Share My Personal Information" in opt-out mode and opens the opt-out control', async () => {
    const { page } = await open('/hooks/link');
    await waitForReady(page);
    const link = page.getByRole('link', { name: DNSS, exact: true });
    expect(await link.count()).toBe(1);
    expect((await page.locator('#dnss-link').textContent())!.trim()).toBe(DNSS);
    await call(page, `w.PrivacyChoices.close()`);
    await link.click();
    await uiButton(page, 'Opt out of sale and sharing').waitFor({ state: 'visible' });
    await uiButton(page, 'Opt out of sale and sharing').click();
    await expect.poll(async () => (await getState(page)).saleOptOut).toBe(true);
    expect(cats(await getState(page))).toEqual({
      necessary: true,
      analytics: false,
      advertising: false,
      functional: true,
    });
  });

  it('the banner’s "Do Not Sell or Share" turns off exactly the sold/shared categories', async () => {
    const { page } = await open('/hooks/banner-dnss');
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads', 'functional']);
    await uiHost(page).getByRole('button', { name: DNSS, exact: true }).click();
    // The banner button may act at once or open the opt-out control with its one action.
    const confirm = uiButton(page, 'Opt out of sale and sharing');
    await Promise.race([
      confirm.waitFor({ state: 'visible' }).then(() => confirm.click()),
      page.waitForFunction(() => (window as unknown as Api).PrivacyChoices.getState().saleOptOut),
    ]);
    await expect.poll(async () => (await getState(page)).saleOptOut).toBe(true);
    const state = await getState(page);
    expect(state).toMatchObject({ decided: true, saleOptOut: true, shareOptOut: true });
    expect(cats(state)).toEqual({ necessary: true, analytics: false, advertising: false, functional: true });
    await page.reload();
    await waitForReady(page);
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['functional']);
    expect((await nothingShown(page)).buttons).toBe(0);
  });
});

describe('loading the script twice', () => {
  it('keeps one instance, one UI host, one banner and runs each tag once', async () => {
    const { page, errors } = await open('/twice', {
      head: `<script>window.__first = window.PrivacyChoices;</script><script src="/dist/privacy-choices.js"></script><script>window.__same = window.__first === window.PrivacyChoices;</script>`,
    });
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    await settle(page);
    expect(await page.evaluate(() => (window as unknown as { __same: boolean }).__same)).toBe(true);
    expect(await page.locator('#privacy-choices-ui').count()).toBe(1);
    expect(await uiButton(page, 'Decline').count()).toBe(1);
    expect((await ran(page)).slice().sort()).toEqual(['ads', 'analytics', 'functional']);
    expect((await events(page)).filter((e) => e.type === 'ready').length).toBe(1);
    expect(errors).toEqual([]);

    await uiButton(page, 'Decline').click();
    await page.reload();
    await settle(page);
    expect(await page.locator('#privacy-choices-ui').count()).toBeLessThanOrEqual(1);
    expect((await events(page)).filter((e) => e.type === 'ready').length).toBe(1);
    expect(await ran(page)).toEqual([]); // Decline turned every optional category off
  });
});

describe('revision change', () => {
  const at = (revision: string, config: Config = CONFIG): Config => ({ ...config, revision });

  async function choose(path: string, config: Config, button: string) {
    const { page } = await open(path, { config });
    await uiButton(page, button).click();
    await uiButton(page, button).waitFor({ state: 'hidden' });
    await expect.poll(async () => (await getState(page)).decided).toBe(true);
    return page;
  }

  it('a stored Decline (opt-out < 12 months old) survives a new revision: no banner, still opted out', async () => {
    const page = await choose('/rev/decline', at('2024-10-02'), 'Decline');
    suite.server.route('/rev/decline', sitePage({ config: at('2025-01-01'), body: TAGS }));
    await page.reload();
    expect((await nothingShown(page)).buttons).toBe(0);
    const state = await getState(page);
    expect(state).toMatchObject({ decided: true, revision: '2025-01-01', saleOptOut: true, shareOptOut: true });
    expect(cats(state)).toMatchObject({ analytics: false, advertising: false });
    expect((await ran(page)).filter((n) => n !== 'functional')).toEqual([]);
    expect(await storedChoice(suite.context!)).toMatchObject({
      revision: '2025-01-01',
      saleOptOut: true,
      shareOptOut: true,
    });
  });

  it('a stored Decline under an old revision keeps the non-sold categories declined too (nobody asked again)', async () => {
    const page = await choose('/rev/decline-all', at('2024-10-02'), 'Decline');
    expect(cats(await getState(page))).toMatchObject({ functional: false });
    suite.server.route('/rev/decline-all', sitePage({ config: at('2025-01-01'), body: TAGS }));
    await page.reload();
    expect((await nothingShown(page)).buttons).toBe(0);
    expect(await getState(page)).toMatchObject({ decided: true, revision: '2025-01-01' });
    // The visitor declined "Functional" and was not asked again: it must not come back on by itself.
    expect(cats(await getState(page))).toEqual({
      necessary: true,
      analytics: false,
      advertising: false,
      functional: false,
    });
    expect(await ran(page)).toEqual([]);
  });

  it('a stored Accept does not survive a new revision: the banner asks again', async () => {
    const page = await choose('/rev/accept', at('2024-10-02'), 'Accept');
    suite.server.route('/rev/accept', sitePage({ config: at('2025-01-01'), body: TAGS }));
    await page.reload();
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    expect(await getState(page)).toMatchObject({ decided: false, revision: '2025-01-01' });
  });

  it('opt-in: a stored "Accept all" under an old revision no longer runs tags before the new answer', async () => {
    const optIn = { ...CONFIG, mode: 'opt-in' as const };
    const page = await choose('/rev/optin', at('1', optIn), 'Accept all');
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads', 'functional']);
    suite.server.route('/rev/optin', sitePage({ config: at('2', optIn), body: TAGS }));
    await page.reload();
    await uiButton(page, 'Accept all').waitFor({ state: 'visible' });
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await getState(page)).toMatchObject({ decided: false, revision: '2', categories: { analytics: false } });
  });

  it('an opt-out older than 12 months: the new revision may ask again, but the opt-out stays in force', async () => {
    const page = await choose('/rev/old', at('2024-10-02'), 'Decline');
    const stored = (await storedChoice(suite.context!))!;
    const longAgo = Date.now() - 400 * 24 * 3600 * 1000;
    const cookie = (await choiceCookie(suite.context!))!;
    await suite.context!.addCookies([
      { ...cookie, value: encodeChoice({ ...stored, decidedAt: longAgo, optOutAt: longAgo }) },
    ]);
    suite.server.route('/rev/old', sitePage({ config: at('2025-01-01'), body: TAGS }));
    await page.reload();
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    await settle(page);
    expect(await getState(page)).toMatchObject(optedOut({ decided: false }));
    expect((await ran(page)).filter((n) => n !== 'functional')).toEqual([]);
  });
});

describe('npm entry (dist/esm) in the browser', () => {
  const SDK = resolve(import.meta.dirname, '../../packages/sdk');
  const pkg = (name: string) => realpathSync(join(SDK, 'node_modules', name));
  const IMPORTS = {
    preact: '/nm/preact/dist/preact.module.js',
    'preact/hooks': '/nm/preact/hooks/dist/hooks.module.js',
    'preact/jsx-runtime': '/nm/preact/jsx-runtime/dist/jsxRuntime.module.js',
    'zod/mini': '/nm/zod/mini/index.js',
    zod: '/nm/zod/index.js',
  };

  it('importing the ESM build touches no window/document (SSR-safe)', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const mod = await import(pathToFileURL(join(SDK, 'dist/esm/index.js')).href);
    expect(typeof mod.createPrivacyChoices).toBe('function');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it('createPrivacyChoices(config) shows the banner, gates tags and fires the events', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>npm</title>
<script type="importmap">${JSON.stringify({ imports: IMPORTS })}</script>
<script type="module">
import { createPrivacyChoices } from '/dist/esm/index.js';
window.choices = createPrivacyChoices(${JSON.stringify({ ...CONFIG, mode: 'opt-in' })});
</script></head><body><main><h1>npm</h1></main>${TAGS}${FOOTER}</body></html>`;
    suite.server.route('/npm/page', html);
    const context = await suite.visitor();
    await context.route('**/nm/**', async (route) => {
      const [, name, ...rest] = new URL(route.request().url()).pathname.split('/').slice(1);
      try {
        route.fulfill({ status: 200, contentType: 'text/javascript', body: await readFile(join(pkg(name), ...rest)) });
      } catch {
        route.fulfill({ status: 404, body: 'not found' });
      }
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(suite.server.origin + '/npm/page');
    await uiButton(page, 'Accept all').waitFor({ state: 'visible' });
    await waitForReady(page);
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { choices: { getState(): State } }).choices.getState().mode),
    ).toBe('opt-in');
    await uiButton(page, 'Accept all').click();
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['analytics', 'ads', 'functional']);
    expect((await events(page)).map((e) => e.type)).toEqual(['ready', 'change']);
    expect(await storedChoice(context)).toMatchObject({ source: 'banner', pending: false });
    // The footer hook works with the npm entry too.
    await page.locator('#prefs').click();
    await uiDialog(page).waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
  });
});
