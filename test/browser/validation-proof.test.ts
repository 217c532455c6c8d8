// No validator on a visitor's path: a valid config needs no publish step. Without the
// data-validated mark, the UI chunk's zod-free check vouches for it before a gated tag runs (the
// UI is needed on a first visit anyway); the validator chunk loads only to explain an invalid
// one. A config validated at publish time (data-validated) makes a first visit's gating synchronous.
import { describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { BASE_CONFIG, sitePage } from './support/pages';
import { browserSuite } from './support/suite';

const suite = browserSuite();

// Runs right after the SDK script: what had the SDK done synchronously by then?
const PROBE = `<script>window.__syncAllowed = window.PrivacyChoices && window.PrivacyChoices.isAllowed('analytics');</script>`;
const TAG = '<script type="text/plain" data-category="analytics" src="/tag/analytics.js"></script>';

async function visit(path: string, html: string) {
  const page = await (await suite.visitor({ events: false })).newPage();
  const errors = watchErrors(page);
  const before = suite.server.requests.length;
  await page.goto(suite.server.route(path, html));
  await page.getByRole('button', { name: 'Decline', exact: true }).waitFor();
  return { page, errors, requests: () => suite.server.requests.slice(before) };
}

describe('publish-time validation (data-validated)', () => {
  it('a proven config loads no validator and gates synchronously on the first visit', async () => {
    const { page, errors, requests } = await visit(
      '/proven',
      sitePage({ config: BASE_CONFIG, validated: true, head: PROBE, body: TAG }),
    );
    expect(requests()).not.toContain('/dist/privacy-choices-validate.js');
    expect(requests()).toContain('/dist/privacy-choices-ui.js');
    expect(await page.evaluate(() => (window as unknown as { __syncAllowed: boolean }).__syncAllowed)).toBe(true);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran))
      .toEqual(['analytics']);
    expect(errors).toEqual([]);
  });

  it('without the mark (or with a stale one) the config is checked before any gated tag, with no validator download', async () => {
    for (const validated of [false, 'stale1']) {
      const { page, errors, requests } = await visit(
        `/unproven-${validated}`,
        sitePage({ config: BASE_CONFIG, validated, head: PROBE, body: TAG }),
      );
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran))
        .toEqual(['analytics']);
      expect(requests()).not.toContain('/dist/privacy-choices-validate.js');
      const order = requests().filter((r) => r.startsWith('/dist/') || r === '/tag/analytics.js');
      expect(order).toEqual(['/dist/privacy-choices.js', '/dist/privacy-choices-ui.js', '/tag/analytics.js']);
      expect(errors).toEqual([]);
    }
  });

  it('an invalid config without the mark: the validator loads and one console.error names every bad key, no banner, no tag', async () => {
    const page = await (await suite.visitor({ events: false })).newPage();
    const errors = watchErrors(page);
    const before = suite.server.requests.length;
    const bad = {
      ...BASE_CONFIG,
      cookie: { days: 900 },
      categories: [...BASE_CONFIG.categories, { id: 'x', label: 'X', sael: true }],
    };
    await page.goto(suite.server.route('/invalid', sitePage({ config: bad as never, body: TAG })));
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toContain('categories[3]');
    expect(errors[0]).toContain('unknown key "sael"');
    expect(errors[0]).toContain('cookie.days');
    expect(suite.server.requests.slice(before)).toContain('/dist/privacy-choices-validate.js');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran)).toBeUndefined();
    expect(await page.locator('#privacy-choices-ui').count()).toBe(0);
    expect(await page.evaluate(() => window.PrivacyChoices!.isAllowed('analytics'))).toBe(false);
    expect(errors).toHaveLength(1); // once
  });

  it('an invalid config whose validator cannot load still names its bad key paths', async () => {
    const page = await (await suite.visitor({ events: false })).newPage();
    const errors = watchErrors(page);
    await page.route('**/privacy-choices-validate.js', (route) => route.abort());
    const bad = { ...BASE_CONFIG, gpc: 'sometimes' };
    await page.goto(suite.server.route('/invalid-offline', sitePage({ config: bad as never, body: TAG })));
    await expect.poll(() => errors.filter((e) => /invalid config/.test(e)).length).toBe(1);
    expect(errors.find((e) => /invalid config/.test(e))).toContain('at gpc');
    expect(await page.evaluate(() => window.PrivacyChoices!.isAllowed('analytics'))).toBe(false);
  });
});

declare global {
  interface Window {
    PrivacyChoices?: { isAllowed(id: string): boolean };
  }
}
