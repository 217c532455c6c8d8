// The demo's own pages as a careful visitor meets them (packages/demo): on a phone, policy pages
// with long unbroken URLs do not widen the page and the banner stays on the screen; the menu fits
// 375 px; policy pages keep addresses, dates and notes out of their headings; the SPA's routes
// work with a trailing slash; the raw JSON configs load without a console error.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoServer } from '../support/servers';
import { browserSuite } from '../support/suite';

const suite = browserSuite({ server: demoServer });

const SPA_BUILT = existsSync(resolve(import.meta.dirname, '../../../packages/demo/public/spa/app.js'));
const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** A visitor on one of the demo's pages (no event recording: the demo's pages as they are). */
const visit = (path: string, options = {}) => suite.visit(path, { events: false, ...options });

/** The page's width against the screen's, and where the banner and its buttons sit. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const root = document.getElementById('privacy-choices-ui')!.shadowRoot!;
    const banner = root.querySelector('.bn')!.getBoundingClientRect();
    const buttons = (Array.from(root.querySelectorAll('.bn button')) as HTMLElement[]).map((b) => {
      const r = b.getBoundingClientRect();
      return { name: b.textContent!.trim(), left: r.left, right: r.right };
    });
    return {
      pageWidth: document.documentElement.scrollWidth,
      screen: visualViewport!.width,
      banner: { left: banner.left, right: banner.right },
      buttons,
    };
  });

describe('on a phone (375 px)', () => {
  for (const site of ['concord-opero', 'interop-io']) {
    it(`/privacy/${site}.html: long URLs wrap, the page is no wider than the screen, the banner and each of its buttons are on it`, async () => {
      const { page, errors } = await visit(`/privacy/${site}.html`, PHONE);
      await page.locator('#privacy-choices-ui').getByRole('button').first().waitFor();
      const l = await layout(page);
      expect(l.pageWidth, 'page width').toBeLessThanOrEqual(l.screen);
      expect(l.banner.left).toBeGreaterThanOrEqual(0);
      expect(l.banner.right).toBeLessThanOrEqual(l.screen + 0.5);
      expect(l.buttons.length).toBeGreaterThan(1);
      for (const b of l.buttons) expect(b.right, `"${b.name}" off-screen`).toBeLessThanOrEqual(l.screen + 0.5);
      expect(errors).toEqual([]);
    });
  }

  it('the menu page fits 375 px', async () => {
    const { page } = await visit('/', PHONE);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: visualViewport!.width,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
  });
});

describe('policy page headings', () => {
  const headings = async (path: string) => {
    const { page } = await visit(path);
    return page.evaluate(() => ({
      h1: document.querySelector('h1')!.textContent!,
      h2: Array.from(document.querySelectorAll('main h2')).map((h) => h.textContent!),
    }));
  };

  it('Copper: the archive disclaimer is not the title; the postal address is not a heading', async () => {
    const { h1, h2 } = await headings('/privacy/copper.html');
    expect(h1.length).toBeLessThan(80);
    expect(h2.filter((h) => /Howard St|94105/.test(h))).toEqual([]);
    expect(h2).toContain('1. What Personal Data Do We Collect?'); // real headings stay
  });

  it('interop.io: addresses and the "Last updated" date are not headings', async () => {
    const { h2 } = await headings('/privacy/interop-io.html');
    expect(h2.filter((h) => /Suite #111|VA 22902|Last updated|^Mail/.test(h))).toEqual([]);
    expect(h2).toContain('Behavioral Advertising');
  });

  it('Convoso: "Previous versions can be found here: LINK" and the effective date are not headings', async () => {
    const { h2 } = await headings('/privacy/convoso.html');
    expect(h2.filter((h) => /Previous versions|Effective date/.test(h))).toEqual([]);
    expect(h2).toContain('Do Not Track Notice');
  });

  it('Concord: "Access &" and "Portability" are one heading', async () => {
    const { h2 } = await headings('/privacy/concord-opero.html');
    expect(h2).toContain('Access & Portability');
    expect(h2).not.toContain('Portability');
  });
});

describe.skipIf(!SPA_BUILT)('SPA routes with a trailing slash', () => {
  for (const [path, title] of [
    ['/spa/video/', 'Product video'],
    ['/spa/pricing/', 'Pricing'],
  ]) {
    it(`${path} shows its page, not "Page not found"`, async () => {
      const { page } = await visit(path);
      await page.waitForSelector('main h1');
      expect(await page.textContent('main h1')).not.toMatch(/not found/i);
      expect(await page.title()).toContain(title);
    });
  }
});

describe('raw configs', () => {
  it('/policies/copper.json loads without a console error (no favicon 404)', async () => {
    const { page, errors } = await visit('/policies/copper.json');
    // biome-ignore lint/performance/useDomNodeTextContent: the JSON as shown, without Chromium's viewer controls
    expect(await page.evaluate(() => JSON.parse(document.body.innerText).regions.default)).toBe('implied');
    await page.waitForTimeout(300); // the favicon request comes after the load
    expect(errors).toEqual([]);
  });
});
