// A config validated at publish time (`privacy-choices validate` → data-validated) spares the
// visitor the validator chunk and makes even a first visit's gating synchronous; anything else
// is validated in the browser before a single gated tag runs.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchErrors } from './support/browser';
import { BASE_CONFIG, sitePage } from './support/pages';
import { startServer, type TestServer } from './support/server';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Runs right after the SDK script: what had the SDK done synchronously by then?
const PROBE = `<script>window.__syncAllowed = window.PrivacyChoices && window.PrivacyChoices.isAllowed('analytics');</script>`;
const TAG = '<script type="text/plain" data-category="analytics" src="/tag/analytics.js"></script>';

async function visit(path: string, html: string) {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  const before = server.requests.length;
  await page.goto(server.route(path, html));
  await page.getByRole('button', { name: 'Decline', exact: true }).waitFor();
  return { page, errors, requests: () => server.requests.slice(before) };
}

describe('publish-time validation (data-validated)', () => {
  it('a proven config loads no validator and gates synchronously on the first visit', async () => {
    const { page, errors, requests } = await visit('/proven', sitePage({ config: BASE_CONFIG, validated: true, head: PROBE, body: TAG }));
    expect(requests()).not.toContain('/dist/privacy-choices-validate.js');
    expect(requests()).toContain('/dist/privacy-choices-ui.js');
    expect(await page.evaluate(() => (window as unknown as { __syncAllowed: boolean }).__syncAllowed)).toBe(true);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran)).toEqual(['analytics']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('without the mark (or with a stale one) the validator runs before any gated tag', async () => {
    for (const validated of [false, 'stale1']) {
      const { page, errors, requests } = await visit(`/unproven-${validated}`, sitePage({ config: BASE_CONFIG, validated, body: TAG }));
      expect(requests()).toContain('/dist/privacy-choices-validate.js');
      const order = requests().filter((r) => r === '/dist/privacy-choices-validate.js' || r === '/tag/analytics.js');
      expect(order).toEqual(['/dist/privacy-choices-validate.js', '/tag/analytics.js']);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('an invalid config without the mark: one console.error naming the key, no banner, no tag', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    const bad = { ...BASE_CONFIG, categories: [...BASE_CONFIG.categories, { id: 'x', label: 'X', sael: true }] };
    await page.goto(server.route('/invalid', sitePage({ config: bad as never, body: TAG })));
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toContain('categories[3]');
    expect(errors[0]).toContain('unknown key "sael"');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran)).toBeUndefined();
    expect(await page.locator('#privacy-choices-ui').count()).toBe(0);
    expect(await page.evaluate(() => window.PrivacyChoices!.isAllowed('analytics'))).toBe(false);
    await page.close();
  });
});

declare global {
  interface Window {
    PrivacyChoices?: { isAllowed(id: string): boolean };
  }
}
