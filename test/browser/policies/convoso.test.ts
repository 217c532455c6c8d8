// Convoso: "We do not sell your personal information"; Google remarketing "requires the use of
// first-party cookies and third-party cookies" (sharing, not sale); "Convoso's Site does not
// presently respond to Do Not Track signals" — while a GPC signal is still honoured.
import { describe, expect, it } from 'vitest';
import { DNSS, loadPolicy, onePageSite } from './helpers';
import { button, cookieNames, ran, settle, state, ui, waitForTags } from './probes';
import { waitForIAB } from '../support/integrations';
import { decidedByGpc } from '../support/expected-state';

const config = loadPolicy('convoso');
const TAGS = { 'google-ads': 'advertising' };

const site = onePageSite(config, TAGS);

describe('Convoso (opt-out, remarketing is sharing, DNT ignored, GPC honoured)', () => {
  it('the config says so explicitly: dnt "ignore", gpc "honor", remarketing share but not sale', () => {
    expect(config.mode).toBe('opt-out');
    expect(config.dnt).toBe('ignore');
    expect(config.gpc).toBe('honor');
    const advertising = config.categories.find((c) => c.id === 'advertising')!;
    expect(advertising).toMatchObject({ share: true, sale: false });
    expect(config.categories.some((c) => c.sale)).toBe(false);
  });

  it('a Do Not Track visitor is NOT opted out: remarketing runs and the banner asks as for anyone', async () => {
    const { context, page } = await site.open('url', { dnt: true });
    expect(await page.evaluate(() => navigator.doNotTrack)).toBe('1');
    await button(page, 'Decline').waitFor();
    await button(page, DNSS).waitFor();
    await waitForTags(page, ['google-ads']);
    expect(await state(page)).toMatchObject({
      decided: false,
      source: 'default',
      saleOptOut: false,
      shareOptOut: false,
      categories: { advertising: true },
    });
    expect(await cookieNames(context)).toContain('_gcl_au');
  });

  it('a GPC visitor is opted out of sharing: no remarketing, no banner, recorded with source "gpc"', async () => {
    const { context, page } = await site.open('url', { gpc: true });
    await settle(page);
    expect(await state(page)).toMatchObject(decidedByGpc({ shareOptOut: true, categories: { advertising: false } }));
    expect(await ran(page)).toEqual([]);
    expect(await button(page, 'Decline').count()).toBe(0);
    expect(await cookieNames(context)).toContain('convoso_privacy_choices');
    // usnat for a sharer that never sells, opted out, GPC (vector D of integrations/gpp.test.ts).
    await waitForIAB(page);
    const gpp = await page.evaluate(() => new Promise<any>((ok) => (window as any).__gpp('ping', ok)));
    expect(gpp.gppString).toBe('DBABLA~CRQFAAAAAACA.YA');
  });

  it('a visitor sending both DNT and GPC is opted out because of GPC', async () => {
    const { page } = await site.open('url', { gpc: true, dnt: true });
    await settle(page);
    expect(await state(page)).toMatchObject({ source: 'gpc', shareOptOut: true, categories: { advertising: false } });
  });

  it('“Do Not Sell or Share” switches remarketing off for a visitor without signals', async () => {
    const { context, page } = await site.open('url');
    await waitForTags(page, ['google-ads']);
    await button(page, DNSS).click();
    await expect
      .poll(() => state(page))
      .toMatchObject({ decided: true, shareOptOut: true, categories: { advertising: false } });
    // The purge runs in the task after the click (page/page-wiring.ts: a cookie read right after
    // the choice's write would block), so the state can be read before it has run.
    await expect.poll(() => cookieNames(context)).not.toContain('_gcl_au');
  });

  it('share-only wording: the opt-out, the status and the confirmation speak of sharing, never of sale', async () => {
    const { page } = await site.open('url');
    const shown = () => ui(page).evaluate((host) => (host as HTMLElement).shadowRoot!.textContent || '');
    // The site's own words ("We do not sell your personal information") are its statement; the
    // SDK's words are checked.
    const own = config.texts!.en!.optOutSaleText!;
    const withoutStatute = async () => (await shown()).split(DNSS).join('').split(own).join('');
    await button(page, 'Decline').waitFor();
    expect(await withoutStatute()).not.toMatch(/\bsale\b|\bsold\b|\bsell/i);
    await page.click('#dnss-link');
    await button(page, 'Opt out of sharing').click();
    await expect.poll(() => state(page)).toMatchObject({ shareOptOut: true, categories: { advertising: false } });
    await page.click('#prefs');
    expect(await withoutStatute()).toContain('You have opted out of the sharing of your personal information.');
    await ui(page).getByRole('switch', { name: 'Google remarketing' }).click();
    await button(page, 'Save choices').click();
    await expect.poll(() => ui(page).getByRole('heading', { name: 'Allow sharing?' }).count()).toBe(1);
    expect(await withoutStatute()).not.toMatch(/\bsale\b|\bsold\b|\bsell/i);
    await button(page, 'Keep my opt-out').click();
    await expect.poll(() => ui(page).getByRole('dialog').count()).toBe(0);
    expect((await state(page)).categories.advertising).toBe(false);
  });
});
