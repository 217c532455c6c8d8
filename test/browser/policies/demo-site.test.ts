// The demo itself (packages/demo): every site page runs under its `script-src 'self'` CSP without
// errors, inlines its policy config, and its inspector decodes the GPP string; the SPA keeps its
// footer links working across client-side navigations with one instance (skipped if not built).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy, POLICIES } from './helpers';
import { button } from './probes';
import { demoServer } from '../support/servers';
import { browserSuite } from '../support/suite';

const suite = browserSuite({ server: demoServer });

const SPA_BUILT = existsSync(resolve(import.meta.dirname, '../../../packages/demo/public/spa/app.js'));

describe('demo sites', () => {
  it.each(POLICIES)(
    '%s: config inlined, SDK first in <head>, no errors under the CSP, inspector live',
    async (name) => {
      const { page, errors, response } = await suite.visit(`/${name}/`, { events: false });
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      const inlined = await page.evaluate(() =>
        JSON.parse(document.getElementById('privacy-choices-config')!.textContent!),
      );
      expect(inlined).toEqual(loadPolicy(name));
      const scripts = await page.evaluate(() =>
        Array.from(document.head.querySelectorAll('script[src]')).map((s) => s.getAttribute('src')),
      );
      expect(scripts[0]).toBe('/gpc-sim.js');
      expect(scripts[1]).toBe('/sdk/privacy-choices.js');
      await page.locator('#privacy-choices-ui').getByRole('button').first().waitFor();
      await page.waitForSelector('#inspector-state pre');
      expect(await page.textContent('#inspector-state pre')).toContain('"revision"');
      // The "what would switch off" table has one row per category.
      expect(await page.locator('#inspector-what-if tbody tr').count()).toBe(loadPolicy(name).categories.length);
      expect(errors).toEqual([]);
    },
  );

  it('the inspector decodes the GPP string of a GPC visitor (simulated with the demo cookie)', async () => {
    const context = await suite.visitor({ events: false });
    await context.addCookies([{ name: 'demo_gpc', value: '1', url: suite.server.origin }]);
    const page = await context.newPage();
    await page.goto(`${suite.server.origin}/convoso/`);
    await page.waitForFunction(() => (window as any).PrivacyChoices?.getState().source === 'gpc');
    await expect.poll(() => page.textContent('#inspector-gpp .gpp-string')).toBe('DBABLA~CRQFAAAAAACA.YA');
    const gpp = await page.textContent('#inspector-gpp');
    expect(gpp).toContain('SharingOptOut1opted out');
    expect(gpp).toContain('Gpc (sub-section)true');
  });

  it('the Concord footer carries the policy’s reopen wording and works', async () => {
    const { page } = await suite.visit('/concord-opero/', { events: false });
    await button(page, 'Accept').click();
    await expect.poll(() => button(page, 'Accept').count()).toBe(0);
    const reopen = page.getByRole('link', { name: 'click here to prompt our cookie banner to reappear' });
    await reopen.focus();
    await page.keyboard.press('Enter');
    await button(page, 'Decline').waitFor();
  });
});

describe.skipIf(!SPA_BUILT)('SPA example (npm entry)', () => {
  it('footer links keep working across route changes, one instance; the embed follows isAllowed/onChange', async () => {
    const { page, errors } = await suite.visit('/spa/', { events: false });
    await button(page, 'Decline').click();
    await page.getByRole('link', { name: 'Video', exact: true }).click();
    await page.waitForURL(`${suite.server.origin}/spa/video`);
    await page.getByRole('button', { name: 'Review cookie settings' }).waitFor();
    expect(await page.locator('iframe.embed').count()).toBe(0);

    await page.getByRole('link', { name: 'Pricing', exact: true }).click();
    await page.waitForURL(`${suite.server.origin}/spa/pricing`);
    // A new footer element (re-rendered for the route) still gets the SDK's wording and action.
    const link = page.locator('footer a[data-privacy-choices="link"]');
    await expect.poll(() => link.textContent()).toBe('Do Not Sell or Share My Personal Information');
    await page.locator('footer a[data-privacy-choices="preferences"]').focus();
    await page.keyboard.press('Enter');
    await button(page, 'Accept all').click();
    // Opting back in after an opt-out takes a second step (CCPA regs §7026(k)/§7028).
    await button(page, 'Allow sharing').click(); // interop.io shares, never sells: the confirmation names sharing only
    await expect.poll(() => page.textContent('.spa-state')).toContain('social on');

    await page.goBack(); // popstate
    await page.waitForURL(`${suite.server.origin}/spa/video`);
    await page.locator('iframe.embed').waitFor();
    expect(await page.textContent('.spa-state')).toContain('route changes 3');
    expect(await page.locator('#privacy-choices-ui').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
