// A first visit without preact (issue 13): the banner is plain DOM in privacy-choices-ui.js, and
// the dialogs (preact) are privacy-choices-dialogs.js, requested only when a dialog is to be shown.
// On the built bundle: the files each visit requests, the banner in every mode, the dialog
// loaded on "Preferences" with focus inside it, a translated page, a dialogs chunk that fails to
// load, the footer link on a returning visit, and implied mode's rules, loaded only in that mode
// until the visitor has chosen.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../packages/sdk/src/core/types';
import { watchErrors } from './support/browser';
import { eventVisitor, getState, settle, uiButton, uiDialog, uiHost, waitForReady } from './support/flow';
import { storedChoice } from './support/choice-cookie';
import { BASE_CONFIG, sitePage, type PageOptions } from './support/pages';
import { browserSuite } from './support/suite';

const suite = browserSuite();
const DIST = resolve(import.meta.dirname, '../../packages/sdk/dist');
const DIALOGS = '/dist/privacy-choices-dialogs.js';

const sdkScripts = (requests: string[]) => requests.filter((r) => /privacy-choices[\w.-]*\.js$/.test(r));

async function visit(path: string, options: Partial<PageOptions> = {}, setup?: (page: Page) => Promise<unknown>) {
  suite.server.route(path, sitePage({ config: BASE_CONFIG, ...options }));
  suite.context = suite.context || (await eventVisitor(suite.browser));
  const page = await suite.context.newPage();
  const errors = watchErrors(page);
  if (setup) await setup(page);
  const before = suite.server.requests.length;
  await page.goto(suite.server.origin + path);
  await waitForReady(page);
  return { page, errors, requests: () => sdkScripts(suite.server.requests.slice(before)) };
}

/** Where focus is, looking into the UI's shadow root: inside the dialog, the banner, or elsewhere. */
const focusPlace = (page: Page) =>
  page.evaluate(() => {
    const host = document.getElementById('privacy-choices-ui');
    const inner = host?.shadowRoot?.activeElement;
    return !inner ? 'page' : inner.closest('dialog') ? 'dialog' : 'ui';
  });

const MODES: { mode: Config['mode']; buttons: string[]; choose: string; decided: boolean }[] = [
  { mode: 'opt-in', buttons: ['Accept all', 'Reject all', 'Preferences'], choose: 'Reject all', decided: true },
  {
    mode: 'opt-out',
    buttons: ['Accept', 'Decline', 'Do Not Sell or Share My Personal Information', 'Preferences'],
    choose: 'Decline',
    decided: true,
  },
  { mode: 'implied', buttons: ['OK', 'Settings'], choose: 'OK', decided: true },
  { mode: 'notice', buttons: ['OK'], choose: 'OK', decided: true },
];

describe('first visit: the banner without preact', () => {
  it('the first-visit chunk carries no preact; the dialogs chunk does', () => {
    // Preact's internal vnode fields (`__k` children, `__e` DOM node) survive minification.
    const ui = readFileSync(resolve(DIST, 'privacy-choices-ui.js'), 'utf8');
    const dialogs = readFileSync(resolve(DIST, 'privacy-choices-dialogs.js'), 'utf8');
    expect(ui).not.toMatch(/__k|__e/);
    expect(dialogs).toMatch(/__k/);
  });

  // Implied mode also loads its rules (is this page view "continuing"?), fetched with the first layer.
  const filesFor = (mode: Config['mode']) =>
    ['/dist/privacy-choices.js', '/dist/privacy-choices-ui.js'].concat(
      mode === 'implied' ? ['/dist/privacy-choices-implied.js'] : [],
    );

  for (const { mode, buttons, choose, decided } of MODES) {
    it(`${mode}: exactly ${filesFor(mode)
      .map((file) => file.slice(6))
      .join(' + ')}, and the banner works`, async () => {
      const { page, errors, requests } = await visit(`/first-layer/${mode}`, { config: { ...BASE_CONFIG, mode } });
      await uiButton(page, choose).waitFor();
      expect(
        await uiHost(page).getByRole('region', { name: 'Cookie consent' }).getByRole('button').allTextContents(),
      ).toEqual(buttons);
      await uiButton(page, choose).click();
      await expect.poll(async () => (await getState(page)).decided).toBe(decided);
      await expect.poll(() => uiHost(page).getByRole('region').count()).toBe(0);
      await expect
        .poll(() => uiHost(page).getByRole('status').first().textContent())
        .toBe(mode === 'notice' ? '' : 'Choices saved');
      await settle(page);
      expect([...requests()].sort()).toEqual(filesFor(mode).sort());
      expect(errors).toEqual([]);
    });
  }
});

describe('the dialogs chunk', () => {
  it('"Preferences" loads it; the dialog opens with focus inside it and saves a choice', async () => {
    const { page, errors, requests } = await visit('/dialogs/preferences', {
      config: { ...BASE_CONFIG, mode: 'opt-in' },
    });
    await uiButton(page, 'Preferences').click();
    await uiDialog(page).waitFor();
    expect(requests()).toEqual(['/dist/privacy-choices.js', '/dist/privacy-choices-ui.js', DIALOGS]);
    await expect.poll(() => focusPlace(page)).toBe('dialog');
    await uiDialog(page).getByRole('switch', { name: 'Analytics' }).click();
    await uiButton(page, 'Save choices').click();
    await expect.poll(async () => (await storedChoice(suite.context!))?.decidedAt).toBeGreaterThan(0);
    expect((await getState(page)).categories).toMatchObject({ analytics: true, advertising: false });
    await expect.poll(() => uiDialog(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a German page gets both layers in German', async () => {
    const { page, errors, requests } = await visit('/dialogs/de', {
      lang: 'de',
      config: { ...BASE_CONFIG, mode: 'opt-in' },
    });
    await uiButton(page, 'Alle akzeptieren').waitFor();
    await uiButton(page, 'Einstellungen').click();
    await uiDialog(page).waitFor();
    expect(await uiDialog(page).getByRole('heading', { level: 2 }).textContent()).toBe('Datenschutzeinstellungen');
    await uiButton(page, 'Auswahl speichern').waitFor();
    expect(await uiDialog(page).textContent()).not.toMatch(/\b(Save choices|Always on|Privacy preferences)\b/);
    // The locale chunk and the first layer load side by side, in either order.
    expect([...requests()].sort()).toEqual([
      DIALOGS,
      '/dist/privacy-choices-locale-de.js',
      '/dist/privacy-choices-ui.js',
      '/dist/privacy-choices.js',
    ]);
    expect(errors).toEqual([]);
  });

  it('a dialogs chunk that fails to load is reported, and the banner stays usable', async () => {
    const { page, errors } = await visit('/dialogs/offline', { config: { ...BASE_CONFIG, mode: 'opt-in' } }, (p) =>
      p.route('**/privacy-choices-dialogs.js', (route) => route.abort()),
    );
    await uiButton(page, 'Preferences').click();
    await expect.poll(() => errors.some((e) => e.includes('could not load the consent dialogs'))).toBe(true);
    expect(await uiDialog(page).count()).toBe(0);
    await uiButton(page, 'Reject all').click();
    await expect.poll(async () => (await getState(page)).decided).toBe(true);
    expect((await storedChoice(suite.context!))?.decidedAt).toBeGreaterThan(0);
  });

  it('returning visit: the footer link loads the first layer and the dialogs, and the dialog works', async () => {
    const config: Config = { ...BASE_CONFIG, mode: 'opt-in' };
    const first = await visit('/dialogs/returning', { config });
    await uiButton(first.page, 'Reject all').click();
    await expect.poll(async () => (await getState(first.page)).decided).toBe(true);
    await first.page.close();

    const { page, errors, requests } = await visit('/dialogs/returning', { config });
    await settle(page);
    expect(requests()).toEqual(['/dist/privacy-choices.js']);
    await page.click('#prefs');
    await uiDialog(page).waitFor();
    expect(requests()).toEqual(['/dist/privacy-choices.js', '/dist/privacy-choices-ui.js', DIALOGS]);
    await expect.poll(() => focusPlace(page)).toBe('dialog');
    await uiButton(page, 'Accept all').click();
    await expect
      .poll(async () => (await getState(page)).categories)
      .toMatchObject({ analytics: true, advertising: true });
    // Focus returns to the footer link that opened the dialog.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('prefs');
    expect(errors).toEqual([]);
  });
});

describe('the implied-mode chunk', () => {
  const config: Config = { ...BASE_CONFIG, mode: 'implied' };
  const UI = '/dist/privacy-choices-ui.js';
  const IMPLIED = '/dist/privacy-choices-implied.js';

  it('going on to another page: the rules load, consent is implied without a banner; then one file', async () => {
    const first = await visit('/implied/first', { config });
    await uiButton(first.page, 'OK').waitFor();
    expect((await getState(first.page)).decided).toBe(false);
    await first.page.close();

    const next = await visit('/implied/next', { config });
    await expect.poll(async () => (await getState(next.page)).source).toBe('implied');
    expect((await getState(next.page)).categories).toMatchObject({ analytics: true, advertising: true });
    await settle(next.page);
    expect(await uiHost(next.page).getByRole('region').count()).toBe(0);
    expect([...next.requests()].sort()).toEqual(['/dist/privacy-choices.js', IMPLIED, UI].sort());
    expect(next.errors).toEqual([]);
    await next.page.close();

    const later = await visit('/implied/later', { config });
    await settle(later.page);
    expect(later.requests()).toEqual(['/dist/privacy-choices.js']);
    expect((await getState(later.page)).source).toBe('implied');
  });

  it('a notice that never showed implies nothing: first layer offline on one page, the next page asks', async () => {
    const offline = (p: Page) => p.route('**/privacy-choices-ui.js', (route) => route.abort());
    const unseen = await visit('/implied/unseen-one', { config }, offline);
    await expect.poll(() => unseen.errors.some((e) => e.includes('could not load the consent UI'))).toBe(true);
    await unseen.page.close();

    const next = await visit('/implied/unseen-two', { config });
    await uiButton(next.page, 'OK').waitFor();
    expect(await getState(next.page)).toMatchObject({ decided: false, source: 'default' });
  });

  it('rules that fail to load: the visitor is asked, and going on implies nothing', async () => {
    const offline = (p: Page) => p.route('**/privacy-choices-implied.js', (route) => route.abort());
    for (const path of ['/implied/offline-one', '/implied/offline-two']) {
      const { page, errors } = await visit(path, { config }, offline);
      await uiButton(page, 'OK').waitFor();
      expect(errors.some((e) => e.includes('could not load the implied-consent rules'))).toBe(true);
      expect(await getState(page)).toMatchObject({ decided: false, source: 'default' });
      await page.close();
    }
  });
});
