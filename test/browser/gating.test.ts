// Gated elements: `<script type="text/plain" data-category>` (external or inline)
// run only once allowed, in document order, keeping nonce / async / defer / data-type; frames and
// images load from data-src only once allowed; elements added later are gated as well; declining
// purges the category's cookies (host-only, parent Domain, every path the page can see).
//
// The browser resolves *.site.test to 127.0.0.1, so cookies with a Domain attribute can be tested.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getState, ran, settle, uiButton, waitForReady } from './support/flow';
import { gatedInline, gatedTag } from './support/tags';
import { BASE_CONFIG, sitePage, type PageOptions } from './support/pages';
import type { Config } from '../../packages/sdk/src/core/types';
import { browserSuite } from './support/suite';

const suite = browserSuite({ chromiumArgs: ['--host-resolver-rules=MAP *.site.test 127.0.0.1'] });
/** The suite's server under a real host name, so that cookies can have a Domain attribute. */
const origin = () => suite.server.origin.replace('127.0.0.1', 'www.site.test');

const OPT_IN: Config = { ...BASE_CONFIG, mode: 'opt-in' };
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function open(path: string, options: PageOptions, headers?: Record<string, string>) {
  const html = sitePage(options);
  suite.server.route(path, headers ? { body: html, headers } : html);
  return suite.visit(origin() + path);
}

const liveType = (page: Page, id: string) => page.locator('#' + id).getAttribute('type');
const requested = (path: string) => suite.server.requests.filter((p) => p === path).length;

describe('gated scripts', () => {
  const ORDERED =
    `<script type="text/plain" data-category="analytics" src="/tag/a.js?delay=300"></script>` +
    gatedInline('analytics', 'inline') +
    gatedTag('analytics', 'b');

  it('run in document order after "Accept all": slow external, then inline, then external', async () => {
    const { page, errors } = await open('/gate/order', { config: OPT_IN, body: ORDERED });
    await uiButton(page, 'Accept all').waitFor({ state: 'visible' });
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(requested('/tag/a.js') + requested('/tag/b.js')).toBe(0); // blocked, not even fetched

    await uiButton(page, 'Accept all').click();
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['a', 'inline', 'b']);
    // Each gated script ran exactly once.
    await settle(page);
    expect(await ran(page)).toEqual(['a', 'inline', 'b']);

    // Returning visitor: the gate opens while the page parses, still in document order.
    await page.reload();
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['a', 'inline', 'b']);
    expect(errors).toEqual([]);
  });

  it('keep their nonce under a strict CSP; a gated script without the nonce stays blocked by CSP', async () => {
    const body =
      gatedInline('analytics', 'nonced', 'id="g-inline" nonce="abc"') +
      gatedTag('analytics', 'ext', 'id="g-ext" nonce="abc"') +
      gatedInline('analytics', 'no-nonce', 'id="g-bad"');
    const { page } = await open(
      '/gate/nonce',
      { config: BASE_CONFIG, body, scriptAttributes: 'nonce="abc"' },
      { 'content-security-policy': "script-src 'nonce-abc'" },
    );
    // Opt-out mode: allowed from the start.
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['nonced', 'ext']);
    expect(await page.evaluate(() => (document.getElementById('g-inline') as HTMLScriptElement).nonce)).toBe('abc');
    expect(await page.evaluate(() => (document.getElementById('g-ext') as HTMLScriptElement).nonce)).toBe('abc');
    expect(await liveType(page, 'g-inline')).not.toBe('text/plain');
    // The banner (UI chunk, loaded with the SDK's nonce) works under the same CSP.
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
  });

  it('data-type="module" becomes type="module"; async and defer are kept', async () => {
    const body =
      `<script type="text/plain" data-category="analytics" data-type="module" id="mod">window.__module = typeof import.meta; (window.__ran = window.__ran || []).push('module');</script>` +
      `<script type="text/plain" data-category="analytics" data-type="module" src="/tag/extmod.js" id="extmod"></script>` +
      gatedTag('analytics', 'asy', 'id="asy" async') +
      gatedTag('analytics', 'dfr', 'id="dfr" defer');
    const { page } = await open('/gate/module', { config: OPT_IN, body });
    await uiButton(page, 'Accept all').click();
    await expect
      .poll(async () => (await ran(page)).slice().sort(), { timeout: 5_000 })
      .toEqual(['asy', 'dfr', 'extmod', 'module']);
    expect(await liveType(page, 'mod')).toBe('module');
    expect(await liveType(page, 'extmod')).toBe('module');
    expect(await page.evaluate(() => (window as unknown as { __module: string }).__module)).toBe('object');
    expect(await page.evaluate(() => (document.getElementById('asy') as HTMLScriptElement).async)).toBe(true);
    expect(await page.evaluate(() => document.getElementById('dfr')!.hasAttribute('defer'))).toBe(true);
  });

  it('inserted after load run once allowed, and stay blocked while not allowed', async () => {
    const { page } = await open('/gate/late', { config: OPT_IN });
    await waitForReady(page);
    const add = (name: string) =>
      page.evaluate((n) => {
        const s = document.createElement('script');
        s.type = 'text/plain';
        s.setAttribute('data-category', 'analytics');
        s.src = `/tag/${n}.js`;
        s.id = 'late-' + n;
        document.body.append(s);
      }, name);

    await add('late1');
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await liveType(page, 'late-late1')).toBe('text/plain');

    await page.evaluate(() =>
      (window as unknown as { PrivacyChoices: { acceptAll(): void } }).PrivacyChoices.acceptAll(),
    );
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['late1']);
    await add('late2');
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['late1', 'late2']);

    // Declined: a script added now stays inert.
    await page.evaluate(() =>
      (window as unknown as { PrivacyChoices: { declineAll(): void } }).PrivacyChoices.declineAll(),
    );
    await add('late3');
    await settle(page);
    expect(await ran(page)).toEqual(['late1', 'late2']);
    expect(await liveType(page, 'late-late3')).toBe('text/plain');
  });

  it('with several categories run only when every one of them is allowed', async () => {
    const body =
      gatedTag('advertising', 'adv') +
      `<script type="text/plain" data-category="analytics advertising" src="/tag/both.js"></script>`;
    const { page } = await open('/gate/multi', { config: OPT_IN, body });
    await waitForReady(page);
    const set = (choices: Record<string, boolean>) =>
      page.evaluate(
        (c) =>
          (window as unknown as { PrivacyChoices: { set(c: Record<string, boolean>): void } }).PrivacyChoices.set(c),
        choices,
      );
    await set({ advertising: true });
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['adv']);
    await settle(page);
    expect(await ran(page)).toEqual(['adv']);
    await set({ analytics: true });
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['adv', 'both']);
  });

  it('that name no category (empty or only separators) never run, not even after "Accept all"', async () => {
    const body =
      gatedTag('', 'unnamed') +
      gatedTag(' , ', 'separators') +
      gatedInline('', 'unnamed-inline') +
      `<iframe id="unnamed-frame" data-category="" data-src="/frame/unnamed.html"></iframe>` +
      gatedTag('analytics', 'named');
    const { page } = await open('/gate/unnamed', { config: OPT_IN, body });
    await waitForReady(page);
    await uiButton(page, 'Accept all').click();
    await expect.poll(() => ran(page), { timeout: 5_000 }).toEqual(['named']);
    await settle(page);
    expect(await ran(page)).toEqual(['named']);
    expect(requested('/tag/unnamed.js') + requested('/tag/separators.js') + requested('/frame/unnamed.html')).toBe(0);
    expect(await page.locator('#unnamed-frame').getAttribute('src')).toBeNull();
  });
});

describe('gated frames and images', () => {
  /** Before a choice: no src, nothing requested; "Accept all" requests `path` once. */
  async function expectHeldUntilAccepted(page: Page, id: string, path: string) {
    await settle(page);
    expect(requested(path)).toBe(0);
    expect(await page.locator('#' + id).getAttribute('src')).toBeNull();
    await uiButton(page, 'Accept all').click();
    await expect.poll(() => requested(path), { timeout: 5_000 }).toBe(1);
  }

  it('<iframe data-src> loads only once allowed (and is unloaded when revoked)', async () => {
    const body = `<iframe id="f" title="ads" data-category="advertising" data-src="/frame.html"></iframe>`;
    const { page } = await open('/gate/frame', { config: OPT_IN, body });
    await expectHeldUntilAccepted(page, 'f', '/frame.html');
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/frame.html')), { timeout: 5_000 }).toBe(true);

    await page.evaluate(() =>
      (window as unknown as { PrivacyChoices: { declineAll(): void } }).PrivacyChoices.declineAll(),
    );
    await expect.poll(() => page.frames().some((f) => f.url().endsWith('/frame.html')), { timeout: 5_000 }).toBe(false);
  });

  it('<img data-src> loads only once allowed', async () => {
    suite.server.route('/px-img.png', { body: PIXEL, type: 'image/png' });
    const body = `<img id="i" alt="" data-category="analytics" data-src="/px-img.png">`;
    const { page } = await open('/gate/img', { config: OPT_IN, body });
    await expectHeldUntilAccepted(page, 'i', '/px-img.png');
    await page.waitForFunction(() => {
      const img = document.getElementById('i') as HTMLImageElement;
      return img.complete && img.naturalWidth === 1;
    });
  });

  it('iframes and images added after load wait for their category too', async () => {
    suite.server.route('/px-late.png', { body: PIXEL, type: 'image/png' });
    const { page } = await open('/gate/late-media', { config: OPT_IN });
    await waitForReady(page);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img id="li" alt="" data-category="analytics" data-src="/px-late.png"><iframe id="lf" title="x" data-category="advertising" data-src="/frame.html?late"></iframe>',
      );
    });
    await settle(page);
    expect(requested('/px-late.png')).toBe(0);
    await page.evaluate(() =>
      (window as unknown as { PrivacyChoices: { acceptAll(): void } }).PrivacyChoices.acceptAll(),
    );
    await expect.poll(() => requested('/px-late.png'), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => page.locator('#lf').getAttribute('src'), { timeout: 5_000 }).toBe('/frame.html?late');
  });
});

describe('cookie purge on decline', () => {
  const PURGE_PAGE = '/shop/cart/page.html';
  const host = 'www.site.test';
  /** A cookie's attributes but its name, domain and path: plain, valid for an hour. */
  const cookieBase = () => ({
    value: 'x',
    secure: false,
    httpOnly: false,
    sameSite: 'Lax' as const,
    expires: Date.now() / 1000 + 3600,
  });

  async function seedCookies(ctx: BrowserContext) {
    const base = cookieBase();
    await ctx.addCookies([
      { ...base, name: '_ga_XYZ', domain: host, path: '/' }, // host-only
      { ...base, name: '_ga_XYZ', domain: host, path: '/shop' }, // host-only, sub-path
      { ...base, name: '_ga', domain: '.site.test', path: '/' }, // Domain=site.test
      { ...base, name: '_gid', domain: host, path: '/' },
      { ...base, name: '_gid', domain: host, path: '/shop/cart' },
      { ...base, name: '_gid', domain: '.site.test', path: '/shop' },
      { ...base, name: '_fbp', domain: '.www.site.test', path: '/' }, // Domain=www.site.test
      { ...base, name: 'keep_me', domain: host, path: '/' },
      { ...base, name: 'not_ga', domain: host, path: '/' }, // /^_ga/ is anchored
    ]);
  }

  it('Decline deletes the declined categories’ cookies (names and /regex/), on every path and domain, and keeps the rest', async () => {
    const html = sitePage({ config: BASE_CONFIG });
    suite.server.route(PURGE_PAGE, html);
    const context = await suite.visitor();
    await seedCookies(context);
    const page = await context.newPage();
    await page.goto(origin() + PURGE_PAGE);
    await uiButton(page, 'Decline').waitFor({ state: 'visible' });
    // Opt-out mode before a choice: nothing is declined, nothing purged.
    expect((await context.cookies()).filter((c) => c.name.startsWith('_')).length).toBe(7);

    await uiButton(page, 'Decline').click();
    await expect
      .poll(async () => (await context.cookies()).map((c) => `${c.name}@${c.domain}${c.path}`).sort(), {
        timeout: 5_000,
      })
      .toEqual([`keep_me@${host}/`, `not_ga@${host}/`, `privacy_choices@${host}/`]);
  });

  it('cookies a declined category sets again are purged on the next page view', async () => {
    suite.server.route('/again.html', sitePage({ config: BASE_CONFIG }));
    const context = await suite.visitor();
    const page = await context.newPage();
    await page.goto(origin() + '/again.html');
    await uiButton(page, 'Decline').click();
    await expect.poll(async () => (await getState(page)).saleOptOut).toBe(true);
    await seedCookies(context);
    await page.goto(origin() + PURGE_PAGE);
    await waitForReady(page);
    await expect
      .poll(async () => (await context.cookies()).map((c) => c.name).filter((n) => /^(_ga|_gid|_fbp)/.test(n)), {
        timeout: 5_000,
      })
      .toEqual([]);
  });

  it('a cookie whose Path ends in "/" (e.g. set by the server with Path=/shop/) is purged too', async () => {
    suite.server.route(PURGE_PAGE, sitePage({ config: BASE_CONFIG }));
    const context = await suite.visitor();
    const base = cookieBase();
    await context.addCookies([{ ...base, name: '_gid', domain: host, path: '/shop/' }]);
    const page = await context.newPage();
    await page.goto(origin() + PURGE_PAGE);
    expect(await page.evaluate(() => document.cookie)).toContain('_gid=x');
    await uiButton(page, 'Decline').click();
    await expect.poll(() => page.evaluate(() => document.cookie), { timeout: 3_000 }).not.toContain('_gid=');
  });
});
