// Concord Technologies / Opero: "we have sold the following categories of personal information to
// these third-party providers, subject to each consumer's settings and their right to opt-out";
// "To opt-out ... please click here to prompt our cookie banner to reappear and choose the option
// to “Decline” cookies"; other sales by e-mail with the subject "Do Not Sell My Personal
// Information". GPC counts as Decline (CCPA regulations §7025).
import { describe, expect, it } from 'vitest';
import { DNSS, loadPolicy, onePageSite } from './helpers';
import { button, cookieNames, ran, settle, state, ui, usSignals, waitForReady, waitForTags } from './probes';
import { waitForIAB } from '../support/integrations';
import { decidedByGpc, optedOut } from '../support/expected-state';

const config = loadPolicy('concord-opero');
const TAGS = { ga: 'analytics', 'google-ads': 'advertising', 'meta-pixel': 'advertising' };

const site = onePageSite(config, TAGS);

describe('Concord / Opero (US opt-out, analytics and advertising are sold)', () => {
  it('the config marks every third-party category as a sale and is opt-out with GPC honoured', () => {
    expect(config.mode).toBe('opt-out');
    expect(config.gpc).toBe('honor');
    const byId = Object.fromEntries(config.categories.map((c) => [c.id, c]));
    expect(byId.necessary.necessary).toBe(true);
    expect(byId.analytics.sale).toBe(true);
    expect(byId.advertising.sale).toBe(true);
    expect(config.integrations?.gpp).toEqual({ sections: ['usnat', 'usca'] });
  });

  it('shows the banner on the first visit, with sold tags running until the visitor declines', async () => {
    const { page, errors } = await site.open('url');
    for (const name of ['Accept', 'Decline', DNSS, 'Preferences']) await button(page, name).waitFor();
    await waitForTags(page, ['ga', 'google-ads', 'meta-pixel']);
    expect(errors).toEqual([]);
  });

  it('Decline turns off every sold category, is recorded, purges their cookies, and nothing sold runs after reload', async () => {
    const { context, page } = await site.open('url');
    await waitForTags(page, ['ga', 'google-ads', 'meta-pixel']);
    expect(await cookieNames(context)).toEqual(
      expect.arrayContaining(['_ga', '_ga_ABC123', '_gid', '_gcl_au', '_fbp']),
    );

    await button(page, 'Decline').click();
    await expect
      .poll(() => state(page))
      .toMatchObject(optedOut({ decided: true, source: 'banner', categories: { necessary: true } }));
    // The config's cookie patterns (_ga, /^_ga_/, _gid, _gcl_au, _fbp) are purged.
    const names = await cookieNames(context);
    for (const gone of ['_ga', '_ga_ABC123', '_gid', '_gcl_au', '_fbp']) expect(names).not.toContain(gone);
    expect(names).toContain('concord_privacy_choices');

    await page.reload();
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await button(page, 'Decline').count()).toBe(0); // the choice holds: no banner
    expect(await state(page)).toMatchObject({
      decided: true,
      saleOptOut: true,
      categories: { analytics: false, advertising: false },
    });

    // Downstream signals say "opted out of sale" too.
    await waitForIAB(page);
    const usp = await page.evaluate(
      () => new Promise<string>((ok) => (window as any).__uspapi('getUSPData', 1, (d: any) => ok(d.uspString))),
    );
    expect(usp).toBe('1YYN');
    const saleOptOut = await page.evaluate(
      () => new Promise((ok) => (window as any).__gpp('getField', ok, 'usnat.SaleOptOut')),
    );
    expect(saleOptOut).toBe(1);
    const dataLayer = await page.evaluate(() =>
      ((window as any).dataLayer as unknown[])
        .filter((e) => Object.prototype.toString.call(e) === '[object Arguments]')
        .map((e) => Array.from(e as ArrayLike<unknown>)),
    );
    const last = dataLayer.filter((e) => e[0] === 'consent').pop() as [string, string, Record<string, string>];
    expect(last[2]).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('“click here to prompt our cookie banner to reappear”: the reopen link brings the banner back', async () => {
    const { page } = await site.open('url');
    await button(page, 'Accept').click();
    await expect
      .poll(() => state(page))
      .toMatchObject({ decided: true, categories: { analytics: true, advertising: true } });
    await page.reload();
    await settle(page);
    expect(await button(page, 'Decline').count()).toBe(0);

    await page.click('#reopen');
    await button(page, 'Decline').waitFor();
    await button(page, 'Decline').click();
    await expect
      .poll(() => state(page))
      .toMatchObject({ saleOptOut: true, categories: { analytics: false, advertising: false } });
  });

  it('the footer link reads exactly “Do Not Sell or Share My Personal Information” and opens the opt-out with the e-mail route', async () => {
    const { page } = await site.open('url');
    await waitForReady(page);
    await expect.poll(() => page.locator('#dnss-link').textContent()).toBe(DNSS);

    await page.click('#dnss-link');
    await button(page, 'Opt out of sale and sharing').waitFor();
    const mail = ui(page).locator(`a[href="${config.links!.doNotSellRequest}"]`);
    await expect(mail.count()).resolves.toBe(1);
    expect(config.links!.doNotSellRequest).toBe(
      'mailto:privacy@concord.net?subject=Do%20Not%20Sell%20My%20Personal%20Information',
    );
    // The vendors' own opt-outs (DAA, NAI) are offered next to it.
    await expect(ui(page).locator('a[href="https://optout.aboutads.info/"]').count()).resolves.toBeGreaterThan(0);
    await expect(ui(page).locator('a[href="https://optout.networkadvertising.org/"]').count()).resolves.toBeGreaterThan(
      0,
    );

    await button(page, 'Opt out of sale and sharing').click();
    await expect
      .poll(() => state(page))
      .toMatchObject({ decided: true, saleOptOut: true, categories: { analytics: false, advertising: false } });
  });

  it('a GPC visitor is opted out like Decline, without a banner', async () => {
    const { page } = await site.open('url', { gpc: true });
    await settle(page);
    expect(await state(page)).toMatchObject(
      decidedByGpc({ saleOptOut: true, categories: { analytics: false, advertising: false } }),
    );
    expect(await ran(page)).toEqual([]);
    expect(await button(page, 'Decline').count()).toBe(0);
    await waitForIAB(page);
    const gpp = await page.evaluate(() => new Promise<any>((ok) => (window as any).__gpp('ping', ok)));
    // usnat + usca, both opted out, GPC sub-section true (vector G of integrations/gpp.test.ts).
    expect(gpp.gppString).toBe('DBABrw~CVQVAAAAAACA.YA~BUUAAACA.YA');
  });

  it('two-step preferences opt-out: advertising off, then analytics off: both opt-outs recorded, GPP and USP follow', async () => {
    const { page } = await site.open('url');
    await button(page, 'Accept').click();
    await expect.poll(() => state(page)).toMatchObject({ decided: true });
    const switchOff = async (name: string) => {
      await page.click('#prefs');
      await ui(page).getByRole('switch', { name }).click();
      await button(page, 'Save choices').click();
      await expect.poll(() => ui(page).getByRole('dialog').count()).toBe(0);
    };
    await switchOff('Advertising');
    expect(await state(page)).toMatchObject({ saleOptOut: false, shareOptOut: true });
    expect((await usSignals(page)).usnat).toMatchObject({
      SaleOptOut: 2,
      SharingOptOut: 1,
      TargetedAdvertisingOptOut: 1,
    });
    await switchOff('Analytics');
    expect(await state(page)).toMatchObject(optedOut());
    expect(await usSignals(page)).toMatchObject({ usnat: { SaleOptOut: 1, SharingOptOut: 1 }, usp: '1YYN' });
  });
});
