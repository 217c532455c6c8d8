// interop.io: "We will never sell your Personal Information to any third party", yet "Our ad
// network partners use cookies and web beacons to collect information about your activities on
// this and other websites to provide you targeted advertising": sharing without sale, so "Do Not
// Sell or Share" must switch advertising off while analytics stays on. EEA visitors: "we will
// normally collect personal information from you only where we have your consent".
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../packages/sdk/src/core/types';
import { DNSS, loadPolicy, policyPage, policySite } from './helpers';
import { button, ran, settle, state, ui, usSignals, waitForReady, waitForTags } from './probes';
import { waitForIAB } from '../support/integrations';

const policy = loadPolicy('interop-io');
const TAGS = { ga: 'analytics', 'google-ads': 'advertising', 'meta-pixel': 'advertising' };
const withRegion = (region: string): Config => ({ ...policy, region });

const site = policySite({
  us: ['/us/', policyPage(withRegion('US'), TAGS, 'social')],
  de: ['/de/', policyPage(withRegion('DE'), TAGS, 'social')],
  none: ['/none/', policyPage(policy, TAGS, 'social')],
});

describe('interop.io (never sells; advertising is sharing; EEA opt-in, US opt-out)', () => {
  it('the config: advertising shares but is not sold; regions default opt-in, US opt-out', () => {
    const byId = Object.fromEntries(policy.categories.map((c) => [c.id, c]));
    expect(policy.categories.some((c) => c.sale)).toBe(false);
    expect(byId.advertising).toMatchObject({ share: true, sale: false });
    expect(byId.analytics.share ?? false).toBe(false);
    expect(policy.regions).toEqual({ default: 'opt-in', US: 'opt-out' });
  });

  it('US visitor: “Do Not Sell or Share” turns advertising (and social widgets) off, analytics stays on', async () => {
    const { page, errors } = await site.open('us');
    await button(page, DNSS).waitFor();
    expect((await state(page)).mode).toBe('opt-out');
    await waitForTags(page, ['ga', 'google-ads', 'meta-pixel']);
    expect(await page.getAttribute('#widget', 'src')).toBe('/t/widget.html');

    await button(page, DNSS).click();
    await expect
      .poll(() => state(page))
      .toMatchObject({
        decided: true,
        shareOptOut: true,
        categories: { necessary: true, analytics: true, advertising: false, social: false },
      });
    // A revoked frame is unloaded at once.
    await expect.poll(() => page.getAttribute('#widget', 'src')).toBe('about:blank');

    await page.reload();
    await settle(page);
    await waitForTags(page, ['ga']);
    expect(await ran(page)).toEqual(['ga']);
    expect(await page.getAttribute('#widget', 'src')).toBeNull();
    // usnat for a sharer that never sells: SaleOptOutNotice 0 / SaleOptOut 0, SharingOptOut 1 (vector D without GPC).
    await waitForIAB(page);
    const gpp = await page.evaluate(() => new Promise<any>((ok) => (window as any).__gpp('ping', ok)));
    expect(gpp.gppString).toBe('DBABLA~CRQFAAAAAACA.QA');
    expect(errors).toEqual([]);
  });

  it('US visitor: the preferences list each ad network’s own opt-out link named in the policy', async () => {
    const { page } = await site.open('us');
    await waitForReady(page);
    await page.click('#prefs');
    await button(page, 'Save choices').waitFor();
    for (const href of [
      'https://www.facebook.com/settings/?tab=ads',
      'https://www.google.com/settings/ads/anonymous',
      'https://advertise.bingads.microsoft.com/en-us/resources/policies/personalized-ads',
      'https://www.linkedin.com/help/linkedin/answer/a570330/opt-out-of-sponsored-messaging?lang=en',
      'https://business.twitter.com/en/help/ads-policies/product-policies/interest-based-opt-out-policy.html',
      'https://optout.aboutads.info/',
      'https://www.youronlinechoices.eu/',
      'https://tools.google.com/dlpage/gaoptout',
    ]) {
      await expect(ui(page).locator(`a[href="${href}"]`).count(), href).resolves.toBeGreaterThan(0);
    }
    await expect(page.getByRole('switch').count()).resolves.toBe(4);
  });

  it('EEA visitor (DE): opt-in — nothing optional runs before consent; Accept all turns it on', async () => {
    const { page } = await site.open('de');
    for (const name of ['Accept all', 'Reject all', 'Preferences']) await button(page, name).waitFor();
    expect(await button(page, DNSS).count()).toBe(0);
    expect(await state(page)).toMatchObject({
      mode: 'opt-in',
      decided: false,
      categories: { analytics: false, advertising: false, social: false },
    });
    await page.waitForTimeout(300);
    expect(await ran(page)).toEqual([]);
    expect(await page.getAttribute('#widget', 'src')).toBeNull();

    await button(page, 'Accept all').click();
    await waitForTags(page, ['ga', 'google-ads', 'meta-pixel']);
    expect(await state(page)).toMatchObject({
      decided: true,
      categories: { analytics: true, advertising: true, social: true },
    });

    // "you can withdraw your consent at any time": from the reopened preferences.
    await page.click('#prefs');
    await button(page, 'Reject all').click();
    await expect
      .poll(() => state(page))
      .toMatchObject({ source: 'preferences', categories: { analytics: false, advertising: false, social: false } });
    await expect.poll(() => page.getAttribute('#widget', 'src')).toBe('about:blank');
  });

  it('EEA visitor: Reject all keeps everything optional off on later page views', async () => {
    const { page } = await site.open('de');
    await button(page, 'Reject all').click();
    await expect
      .poll(() => state(page))
      .toMatchObject({ decided: true, categories: { analytics: false, advertising: false, social: false } });
    await page.reload();
    await settle(page);
    expect(await ran(page)).toEqual([]);
  });

  it('no region from the server: the default (opt-in) applies', async () => {
    const { page } = await site.open('none');
    await button(page, 'Accept all').waitFor();
    expect((await state(page)).mode).toBe('opt-in');
  });

  it('EEA visitor: GPP reports no US section ([-1]) and USP 1---, before any choice and after Reject all', async () => {
    const { page } = await site.open('de');
    await waitForReady(page);
    expect(await usSignals(page)).toEqual({ applicableSections: [-1], usnat: null, usp: '1---' });
    await button(page, 'Reject all').click();
    await expect.poll(() => state(page)).toMatchObject({ decided: true });
    expect(await usSignals(page)).toEqual({ applicableSections: [-1], usnat: null, usp: '1---' });
  });

  it('US visitor: usnat applies; sharing not opted out before a choice, opted out after Do Not Sell or Share', async () => {
    const { page } = await site.open('us');
    await waitForReady(page);
    expect(await usSignals(page)).toEqual({
      applicableSections: [7],
      usnat: { SaleOptOut: 0, SharingOptOut: 2, TargetedAdvertisingOptOut: 2, Gpc: false },
      usp: '1YNN',
    });
    await button(page, DNSS).click();
    await expect.poll(() => state(page)).toMatchObject({ shareOptOut: true });
    expect((await usSignals(page)).usnat).toMatchObject({
      SaleOptOut: 0,
      SharingOptOut: 1,
      TargetedAdvertisingOptOut: 1,
    });
    expect((await usSignals(page)).usp).toBe('1YYN');
  });
});
