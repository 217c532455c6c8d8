// `region: "auto"` through the script tag: the server writes the visitor's region into the page
// as <meta name="privacy-choices-region">, the SDK picks the mode for it; and readChoice (the
// server entry) computes the same state from the cookie the page stored.
import { describe, expect, it } from 'vitest';
import type { Config, State } from '../../packages/sdk/src/core/types';
import { readChoice } from '../../packages/sdk/src/server/read-choice';
import { uspCall } from './support/integrations';
import { BASE_CONFIG } from './support/pages';
import { browserSuite } from './support/suite';

const suite = browserSuite();

const config: Config = { ...BASE_CONFIG, regions: { default: 'opt-in', US: 'opt-out' }, region: 'auto' };

/** A page whose server wrote the region (or none) before the SDK's script tag. */
function regionPage(path: string, region: string | null, pageConfig: Config = config) {
  return suite.server.route(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Region</title>
${region === null ? '' : `<meta name="privacy-choices-region" content="${region}">`}
<script type="application/json" id="privacy-choices-config">${JSON.stringify(pageConfig)}</script>
<script src="/dist/privacy-choices.js"></script></head><body><main><h1>Region</h1></main></body></html>`,
  );
}

describe('region: "auto" from the page', () => {
  it.each([
    ['US-CA', 'opt-out'],
    ['DE', 'opt-in'],
    [null, 'opt-in'],
  ])('meta region %s → %s', async (region, mode) => {
    const { page, errors } = await suite.visit(regionPage(`/region-${region}.html`, region), { events: false });
    await page.waitForFunction(() => (window as any).PrivacyChoices?.getState);
    expect(await page.evaluate(() => (window as any).PrivacyChoices.getState().mode)).toBe(mode);
    await page.locator('#privacy-choices-ui').getByRole('button').first().waitFor();
    expect(errors).toEqual([]);
  });

  it('a region that is no code ("USA") is no region: a US-mode site keeps its US signals', async () => {
    // An opt-out site whose server writes an ISO alpha-3 country: USP must still carry the GPC opt-out.
    const usSite: Config = { ...BASE_CONFIG, region: 'auto', integrations: { usp: true } };
    const { page, errors } = await suite.visit(regionPage('/region-alpha3.html', 'USA', usSite), {
      events: false,
      gpc: true,
    });
    await page.waitForFunction(() => (window as any).PrivacyChoices?.getState);
    await expect
      .poll(async () => ((await uspCall(page)).data as { uspString?: string } | undefined)?.uspString)
      .toMatch(/^1[YN]Y[YN]$/);
    expect(errors).toEqual([]);
  });

  it('a visitor who accepted in the US (opt-out mode) is asked again in DE (opt-in): no consent carried over', async () => {
    const context = await suite.visitor({ events: false });
    const page = await context.newPage();
    await page.goto(regionPage('/region-travel-us.html', 'US-NY'));
    await page.waitForFunction(() => (window as any).PrivacyChoices?.getState);
    await page.evaluate(() => (window as any).PrivacyChoices.acceptAll());
    expect(await page.evaluate(() => (window as any).PrivacyChoices.getState())).toMatchObject({
      mode: 'opt-out',
      decided: true,
      categories: { analytics: true, advertising: true },
    });
    await page.goto(regionPage('/region-travel-de.html', 'DE'));
    await page.waitForFunction(() => (window as any).PrivacyChoices?.getState);
    expect(await page.evaluate(() => (window as any).PrivacyChoices.getState())).toMatchObject({
      mode: 'opt-in',
      decided: false,
      categories: { necessary: true, analytics: false, advertising: false },
    });
    await page.locator('#privacy-choices-ui').getByRole('button', { name: 'Accept all' }).waitFor();
    // Consent given there holds on the next page view in DE.
    await page.locator('#privacy-choices-ui').getByRole('button', { name: 'Accept all' }).click();
    await page.reload();
    await page.waitForFunction(() => (window as any).PrivacyChoices?.getState);
    expect(await page.evaluate(() => (window as any).PrivacyChoices.getState())).toMatchObject({
      mode: 'opt-in',
      decided: true,
      categories: { analytics: true, advertising: true },
    });
  });

  it('readChoice on the server gives the state the page shows, for the cookie it stored (GPC too)', async () => {
    const context = await suite.visitor({ events: false, gpc: true });
    const page = await context.newPage();
    const url = regionPage('/region-ssr.html', 'US-CA');
    await page.goto(url);
    await page.waitForFunction(() => (window as any).PrivacyChoices?.getState);
    await page.evaluate(() => (window as any).PrivacyChoices.set({ analytics: false }));
    await page.reload();
    await page.waitForFunction(() => (window as any).PrivacyChoices?.getState);
    const browserState: State = await page.evaluate(() => (window as any).PrivacyChoices.getState());
    const cookieHeader = (await context.cookies(url)).map((c) => `${c.name}=${c.value}`).join('; ');
    const serverState = readChoice(cookieHeader, config, { gpcHeader: '1', region: 'US-CA' });
    expect(serverState).toEqual(browserState);
    expect(serverState).toMatchObject({
      mode: 'opt-out',
      gpc: true,
      saleOptOut: true,
      categories: { analytics: false, advertising: false },
    });
  });
});
