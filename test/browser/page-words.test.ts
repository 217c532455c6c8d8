// The words the main script writes into the page without the UI (the footer link, the opt-out
// status line) come in the page's language with its locale chunk (issue 13: the main file keeps
// only English). On the built bundle: a Spanish returning visit loads the main file and the
// Spanish chunk, nothing else, and shows Spanish; an English page loads no locale file; until
// the chunk is in, the site's own link text stays (no flash of English); a chunk that fails to
// load leaves the statutory English.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../packages/sdk/src/core/types';
import { eventually, waitForReady } from './support/flow';
import { BASE_CONFIG, sitePage } from './support/pages';
import { browserSuite } from './support/suite';

const suite = browserSuite();

const BODY =
  '<footer><a id="link" data-privacy-choices="link">Site link</a> <span id="status" data-privacy-choices="status"></span></footer>';
const SPANISH_LINK = 'No vender ni compartir mi información personal';
const ENGLISH_LINK = 'Do Not Sell or Share My Personal Information';
const CONFIG: Config = { ...BASE_CONFIG, mode: 'opt-out' };

const sdkFiles = (requests: string[]) => requests.filter((r) => /privacy-choices[\w.-]*\.js$/.test(r));
const textOf = (page: Page, id: string) => page.locator('#' + id).textContent();

/** A visitor who declined on an earlier page view of `path`, back on it (a returning visit). */
async function returningVisit(path: string, lang: string, setup?: (page: Page) => Promise<unknown>) {
  suite.server.route(path, sitePage({ config: CONFIG, lang, body: BODY }));
  const context = await suite.visitor();
  const first = await context.newPage();
  await first.goto(suite.server.origin + path);
  await waitForReady(first);
  await first.evaluate(() => (window as any).PrivacyChoices.declineAll());
  await first.close();
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  if (setup) await setup(page);
  const before = suite.server.requests.length;
  // Not waiting for "load": a held locale chunk holds it back.
  await page.goto(suite.server.origin + path, { waitUntil: 'domcontentloaded' });
  await waitForReady(page);
  return { page, warnings, requests: () => sdkFiles(suite.server.requests.slice(before)) };
}

describe('page words in the page language', () => {
  it('a Spanish returning visit: main file + Spanish chunk only, link and status in Spanish', async () => {
    const { page, requests } = await returningVisit('/words/es', 'es');
    await eventually(async () => expect(await textOf(page, 'link')).toBe(SPANISH_LINK));
    expect(await textOf(page, 'status')).toBe('Excluido de la venta y el intercambio');
    expect(requests().map((r) => r.replace(/\?.*/, ''))).toEqual([
      '/dist/privacy-choices.js',
      '/dist/privacy-choices-locale-es.js',
    ]);
  });

  it('an English page: the statutory English at once, no locale file', async () => {
    const { page, requests } = await returningVisit('/words/en', 'en');
    expect(await textOf(page, 'link')).toBe(ENGLISH_LINK);
    expect(await textOf(page, 'status')).toBe('Opted out of sale and sharing');
    expect(requests().map((r) => r.replace(/\?.*/, ''))).toEqual(['/dist/privacy-choices.js']);
  });

  it('while the chunk loads, the site’s own link text stays: no flash of English', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const { page } = await returningVisit('/words/slow', 'es', (p) =>
      p.route('**/privacy-choices-locale-es.js', async (route) => {
        await held;
        await route.continue();
      }),
    );
    expect(await textOf(page, 'link')).toBe('Site link');
    release();
    await eventually(async () => expect(await textOf(page, 'link')).toBe(SPANISH_LINK));
  });

  it('a chunk that fails to load leaves the statutory English, and says so', async () => {
    const { page, warnings } = await returningVisit('/words/broken', 'es', (p) =>
      p.route('**/privacy-choices-locale-es.js', (route) => route.abort()),
    );
    await eventually(async () => expect(await textOf(page, 'link')).toBe(ENGLISH_LINK));
    expect(await textOf(page, 'status')).toBe('Opted out of sale and sharing');
    expect(warnings.join('\n')).toMatch(/stay in English/);
  });
});
