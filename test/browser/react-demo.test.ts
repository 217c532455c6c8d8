// The React example (packages/demo/react, built by the workspace build): privacy-choices/react in
// a real React 19 app under StrictMode, served by the demo server with its `script-src 'self'`
// CSP. One instance and one banner despite StrictMode's double mount; <Consent> and the hooks
// follow the visitor's clicks in the SDK's own banner and dialogs; region "auto" from the page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { demoServer } from './support/servers';
import { browserSuite } from './support/suite';

const suite = browserSuite({ server: demoServer });

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const status = (page: Page) => page.locator('.react-state').textContent();

async function open(gpc = false) {
  const context = await suite.visitor({ events: false, gpc });
  // Counts the instances that start: each dispatches privacy-choices:ready once.
  await context.addInitScript(() => {
    (window as any).__ready = 0;
    window.addEventListener('privacy-choices:ready', () => (window as any).__ready++);
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${suite.server.origin}/react/`);
  await expect.poll(() => status(page)).toContain('ready');
  return { page, errors };
}

describe('React example', () => {
  it('StrictMode: one instance, one banner; the region comes from the meta tag', async () => {
    const { page, errors } = await open();
    await button(page, 'Decline').waitFor();
    expect(await page.evaluate(() => (window as any).__ready)).toBe(1);
    expect(await page.locator('#privacy-choices-ui').count()).toBe(1);
    expect(await status(page)).toContain('mode opt-out'); // US (meta) → opt-out, where "default" is opt-in
    expect(errors).toEqual([]);
  });

  it('<Consent> and the hooks follow the banner, the preferences dialog and the hook actions', async () => {
    const { page, errors } = await open();
    // Opt-out mode: everything is on until the visitor says otherwise.
    await page.locator('iframe.react-video').waitFor();
    expect(await page.textContent('.react-analytics')).toBe('Analytics on');

    await button(page, 'Decline').click();
    await expect.poll(() => status(page)).toContain('decided');
    expect(await status(page)).toContain('on: necessary');
    expect(await page.textContent('.react-analytics')).toBe('Analytics off');
    expect(await page.locator('iframe.react-video').count()).toBe(0);

    await button(page, 'Review cookie settings').click();
    await button(page, 'Accept all').click();
    await button(page, 'Allow sharing').click(); // opting back in after an opt-out: two steps (interop.io only shares)
    await page.locator('iframe.react-video').waitFor();
    expect(await page.textContent('.react-analytics')).toBe('Analytics on');

    await button(page, 'Opt out of sharing').click(); // usePrivacyChoices().optOutOfSaleAndSharing
    await expect.poll(() => status(page)).toContain('sharing opted out');
    expect(await page.locator('iframe.react-video').count()).toBe(0);

    // The next page view starts from the stored choice.
    await page.reload();
    await expect.poll(() => status(page)).toContain('sharing opted out');
    await page.getByRole('button', { name: 'Review cookie settings' }).waitFor();
    expect(await page.textContent('.react-analytics')).toBe('Analytics on');
    expect(errors).toEqual([]);
  });

  it('a GPC visitor: sharing opted out at once, the video stays blocked', async () => {
    const { page, errors } = await open(true);
    await expect.poll(() => status(page)).toContain('sharing opted out');
    expect(await page.locator('iframe.react-video').count()).toBe(0);
    await button(page, 'Review cookie settings').waitFor();
    expect(errors).toEqual([]);
  });
});
