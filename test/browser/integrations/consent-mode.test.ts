// Google Consent Mode v2 and the dataLayer event in a real browser (docs/semantics.md):
// `gtag('consent','default',…)` is the first dataLayer entry, pushed as an Arguments object with
// all seven keys as 'granted'/'denied' strings, before any tag (gated or not) can read it; the
// optional `set` commands; `update` after every change and on every page load with a stored
// choice; GPC and "Do Not Sell or Share" deny what is sold or shared and nothing else; the
// `privacy_choices_update` event is a plain object; a page's own dataLayer/gtag are kept.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { VisitorOptions } from '../support/browser';
import { getState, settle, uiButton, waitForReady } from '../support/flow';
import {
  consentCommands,
  dataLayerEntries,
  GCM_KEYS,
  SCRIPT,
  buildPage,
  type LayerEntry,
} from '../support/integrations';
import { BASE_CONFIG, sitePage } from '../support/pages';
import type { Config } from '../../../packages/sdk/src/core/types';
import { browserSuite } from '../support/suite';

// A gated "Google" tag that records what dataLayer held when it executed.
const suite = browserSuite({
  routes: { '/probe/gated-analytics.js': { type: 'text/javascript', body: probe('__atGated') } },
});

const GCM = { googleConsentMode: { waitForUpdate: 500, adsDataRedaction: true, urlPassthrough: true } };
const CONFIG: Config = { ...BASE_CONFIG, integrations: GCM };
/** BASE_CONFIG plus a category that is neither sold nor shared, mapped to functionality_storage. */
const WITH_FUNCTIONAL: Config = {
  ...CONFIG,
  categories: [
    ...BASE_CONFIG.categories,
    { id: 'functional', label: 'Functional', consentMode: ['functionality_storage'] },
  ],
};
const OPT_IN: Config = { ...CONFIG, mode: 'opt-in' };

/** Script source: stores dataLayer's length and its first entry (kind + first two args) on window[name]. */
function probe(name: string): string {
  return `window[${JSON.stringify(name)}] = (function () {
    var d = window.dataLayer || [], e = d[0];
    return { length: d.length, firstKind: Object.prototype.toString.call(e), first: e ? [e[0], e[1]] : null };
  })();`;
}

const TAGS = `<script type="text/plain" data-category="analytics" src="/probe/gated-analytics.js"></script>`;
/** A plain (not gated) inline script right after the SDK: it runs as soon as the SDK has. */
const INLINE_PROBE = `<script>${probe('__atInline')}</script>`;

async function visit(path: string, config: Config, options: VisitorOptions = {}, html?: string) {
  suite.server.route(path, html || sitePage({ config, head: INLINE_PROBE, body: TAGS }));
  const visit = await suite.visit(path, options);
  await waitForReady(visit.page);
  return visit;
}

const expectSevenKeys = (values: Record<string, unknown>) => {
  for (const key of GCM_KEYS) expect(['granted', 'denied'], key).toContain(values[key]);
};

const isDefault = (e: LayerEntry | undefined) =>
  !!e &&
  e.kind === '[object Arguments]' &&
  (e.value as unknown[])[0] === 'consent' &&
  (e.value as unknown[])[1] === 'default';

/** The values of the first dataLayer entry, which must be the consent default with all seven keys. */
async function firstDefault(page: Page) {
  const entries = await dataLayerEntries(page);
  expect(isDefault(entries[0])).toBe(true);
  const values = (entries[0].value as unknown[])[2] as Record<string, unknown>;
  expectSevenKeys(values);
  return { entries, values };
}

/** The keys of what a site sells or shares (BASE_CONFIG's analytics and advertising), denied. */
const SOLD_DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
};

/** What the gated analytics tag saw of dataLayer when it ran; null while it has not run. */
const atGated = (page: Page) => page.evaluate(() => (window as unknown as { __atGated?: unknown }).__atGated ?? null);

const lastUpdate = async (page: Page) => consentCommands(await dataLayerEntries(page), 'update').pop();

const ALL_GRANTED = Object.fromEntries(GCM_KEYS.map((k) => [k, 'granted']));

describe('Consent Mode default', () => {
  it('is the first dataLayer entry, an Arguments object with all seven keys and wait_for_update, before any tag runs', async () => {
    const { page, errors } = await visit('/gcm/first', CONFIG);
    const entries = await dataLayerEntries(page);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0].kind).toBe('[object Arguments]');
    const [command, type, values] = entries[0].value as [string, string, Record<string, unknown>];
    expect([command, type]).toEqual(['consent', 'default']);
    expectSevenKeys(values);
    expect(values.wait_for_update).toBe(500);
    // Opt-out mode, no choice yet, no signal: nothing needs prior consent.
    expect(values).toMatchObject(ALL_GRANTED);
    // Exactly one default: a second region-less default would override the first.
    expect(consentCommands(entries, 'default')).toHaveLength(1);

    // The optional commands, also as Arguments objects.
    const sets = entries
      .filter((e) => e.kind === '[object Arguments]' && (e.value as unknown[])[0] === 'set')
      .map((e) => e.value);
    expect(sets).toContainEqual(['set', 'ads_data_redaction', true]);
    expect(sets).toContainEqual(['set', 'url_passthrough', true]);

    // A plain script right after the SDK already finds the default in place…
    const inline = await page.evaluate(() => (window as unknown as { __atInline: unknown }).__atInline);
    expect(inline).toMatchObject({ firstKind: '[object Arguments]', first: ['consent', 'default'] });
    expect((inline as { length: number }).length).toBeGreaterThanOrEqual(1);
    // …and so does the gated analytics tag (it runs: opt-out mode, analytics not declined).
    await expect.poll(() => atGated(page)).not.toBeNull();
    const gated = await page.evaluate(() => (window as unknown as { __atGated: unknown }).__atGated);
    expect(gated).toMatchObject({ firstKind: '[object Arguments]', first: ['consent', 'default'] });
    // No choice stored: no update yet.
    expect(consentCommands(entries, 'update')).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('opt-in first visit: every non-necessary key denied, security_storage granted; Accept all grants them', async () => {
    const { page, errors } = await visit('/gcm/opt-in', OPT_IN);
    const { values } = await firstDefault(page);
    expect(values).toMatchObject({
      ...SOLD_DENIED,
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
    // The gated analytics tag has not run, so it cannot have read anything.
    await settle(page);
    expect(await atGated(page)).toBeNull();

    await uiButton(page, 'Accept all').click();
    await expect.poll(() => lastUpdate(page)).toMatchObject(ALL_GRANTED);
    expect(errors).toEqual([]);
  });

  it('a GPC visitor: the default already denies the sold/shared keys (ad_*, analytics_storage)', async () => {
    const { page, errors } = await visit('/gcm/gpc', CONFIG, { gpc: true });
    const { entries, values } = await firstDefault(page);
    expect(values).toMatchObject({ ...SOLD_DENIED, security_storage: 'granted' });
    // The gated analytics tag (a sale) never runs, so the tags never see anything else.
    await settle(page);
    expect(await atGated(page)).toBeNull();
    // Whatever update follows (the GPC opt-out is a stored choice) says the same.
    for (const update of consentCommands(entries, 'update')) {
      expect(update).toMatchObject({
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
      });
    }
    expect(errors).toEqual([]);
  });
});

describe('Consent Mode and a config that maps ad keys where it should not', () => {
  // A measurement category the site calls neither sold nor shared, and the necessary one, both
  // mapping ad keys: the visitor's opt-out still denies every ad key.
  const MISMAPPED: Config = {
    ...CONFIG,
    categories: [
      { ...BASE_CONFIG.categories[0]!, consentMode: ['ad_storage'] },
      { id: 'measurement', label: 'Measurement', consentMode: ['analytics_storage', 'ad_user_data'] },
      { id: 'advertising', label: 'Advertising', sale: true, share: true, consentMode: ['ad_personalization'] },
    ],
  };
  const AD_DENIED = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' };

  it('GPC: the default denies all three ad keys; the measurement key stays granted', async () => {
    const { page, errors } = await visit('/gcm/mismapped-gpc', MISMAPPED, { gpc: true });
    const { entries, values } = await firstDefault(page);
    expect(values).toMatchObject({ ...AD_DENIED, analytics_storage: 'granted', security_storage: 'granted' });
    for (const update of consentCommands(entries, 'update')) expect(update).toMatchObject(AD_DENIED);
    expect(errors).toEqual([]);
  });

  it('Accept, then Do Not Sell or Share: the update takes back every ad key it had granted', async () => {
    const { page, errors } = await visit('/gcm/mismapped-dnss', MISMAPPED);
    await uiButton(page, 'Accept').click();
    await expect.poll(() => lastUpdate(page)).toMatchObject({ ad_storage: 'granted', ad_user_data: 'granted' });
    await page.evaluate(() =>
      (
        window as unknown as { PrivacyChoices: { optOutOfSaleAndSharing(): void } }
      ).PrivacyChoices.optOutOfSaleAndSharing(),
    );
    await expect.poll(() => lastUpdate(page)).toMatchObject({ ...AD_DENIED, analytics_storage: 'granted' });
    expect(errors).toEqual([]);
  });
});

describe('Consent Mode update', () => {
  it('Decline: an update (Arguments) denying analytics_storage and ad_*; a reload repeats the stored choice as default AND update', async () => {
    const { page, errors } = await visit('/gcm/decline', CONFIG);
    await uiButton(page, 'Decline').click();
    await expect.poll(async () => consentCommands(await dataLayerEntries(page), 'update').length).toBeGreaterThan(0);
    const entries = await dataLayerEntries(page);
    const updates = entries.filter((e) => e.kind === '[object Arguments]' && (e.value as unknown[])[1] === 'update');
    expect(updates.length).toBeGreaterThan(0);
    const update = consentCommands(entries, 'update').pop()!;
    expectSevenKeys(update);
    expect(update).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      security_storage: 'granted',
    });
    // wait_for_update only belongs on the default.
    expect(update).not.toHaveProperty('wait_for_update');
    // Nothing was pushed as an array (gtag.js ignores those).
    expect(entries.filter((e) => e.kind === '[object Array]')).toEqual([]);

    // Returning visit: Google keeps nothing across pages.
    await page.reload();
    await waitForReady(page);
    const again = await dataLayerEntries(page);
    expect(isDefault(again[0])).toBe(true);
    const def = (again[0].value as unknown[])[2] as Record<string, unknown>;
    expectSevenKeys(def);
    expect(def).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
    const updateIndex = again.findIndex(
      (e) =>
        e.kind === '[object Arguments]' &&
        (e.value as unknown[])[0] === 'consent' &&
        (e.value as unknown[])[1] === 'update',
    );
    expect(updateIndex, 'an update on the returning page view').toBeGreaterThan(0);
    const repeated = (again[updateIndex].value as unknown[])[2] as Record<string, unknown>;
    expectSevenKeys(repeated);
    expect(repeated).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
    // The update precedes the tags too: a plain script right after the SDK sees it already.
    const inline = await page.evaluate(() => (window as unknown as { __atInline: { length: number } }).__atInline);
    expect(inline.length).toBeGreaterThan(updateIndex);
    expect(errors).toEqual([]);
  });

  it('Do Not Sell or Share: ad_* and the sold analytics_storage denied; a non-sale functionality_storage category stays granted', async () => {
    const { page, errors } = await visit('/gcm/dnss', WITH_FUNCTIONAL);
    await uiButton(page, 'Do Not Sell or Share My Personal Information').click();
    await expect.poll(() => getState(page)).toMatchObject({ saleOptOut: true, shareOptOut: true });
    await expect.poll(() => lastUpdate(page)).toBeTruthy();
    const update = (await lastUpdate(page))!;
    expectSevenKeys(update);
    expect(update).toMatchObject({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'granted',
      security_storage: 'granted',
    });
    expect((await getState(page)).categories.functional).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('dataLayer event and the page’s own gtag', () => {
  it('privacy_choices_update: a plain object at start and after each change, with privacyChoices.categories', async () => {
    const { page, errors } = await visit('/gcm/events', CONFIG);
    const events = async () =>
      (await dataLayerEntries(page)).filter(
        (e) =>
          (e.value as { event?: string } | null)?.event === 'privacy_choices_update' ||
          (Array.isArray(e.value) && e.value.includes('privacy_choices_update')),
      );
    const first = await events();
    expect(first).toHaveLength(1);
    expect(first[0].kind).toBe('[object Object]');
    expect(first[0].value).toMatchObject({
      event: 'privacy_choices_update',
      privacyChoices: { decided: false, categories: { necessary: true, analytics: true, advertising: true } },
    });

    await uiButton(page, 'Accept').click();
    await expect.poll(async () => (await events()).length).toBe(2);
    await page.evaluate(() =>
      (window as unknown as { PrivacyChoices: { declineAll(): void } }).PrivacyChoices.declineAll(),
    );
    await expect.poll(async () => (await events()).length).toBe(3);
    const all = await events();
    expect(all.map((e) => e.kind)).toEqual(['[object Object]', '[object Object]', '[object Object]']);
    expect(all[1].value).toMatchObject({
      privacyChoices: { decided: true, categories: { analytics: true, advertising: true } },
    });
    expect(all[2].value).toMatchObject({
      privacyChoices: {
        decided: true,
        saleOptOut: true,
        categories: { necessary: true, analytics: false, advertising: false },
      },
    });
    // Each change also produced a consent update, pushed before the event that reports it.
    const entries = await dataLayerEntries(page);
    const lastEvent = entries.map((e) => (e.value as { event?: string })?.event).lastIndexOf('privacy_choices_update');
    const lastUpd = entries.findLastIndex(
      (e) => e.kind === '[object Arguments]' && (e.value as unknown[])[1] === 'update',
    );
    expect(lastUpd).toBeGreaterThan(0);
    expect(lastUpd).toBeLessThan(lastEvent);
    expect(consentCommands(entries, 'update').pop()).toMatchObject({
      analytics_storage: 'denied',
      ad_storage: 'denied',
    });
    expect(errors).toEqual([]);
  });

  it('a page that defines dataLayer and gtag before the SDK keeps its array and its gtag', async () => {
    const before = `<script>
      window.dataLayer = window.dataLayer || [];
      window.dataLayer.push({ event: 'page_boot' });
      function gtag() { dataLayer.push(arguments); }
      window.__ownLayer = window.dataLayer;
      window.__ownGtag = gtag;
    </script>`;
    const html = buildPage(SCRIPT, { config: CONFIG, before, body: TAGS });
    const { page, errors } = await visit('/gcm/own-gtag', CONFIG, {}, html);
    const same = await page.evaluate(() => {
      const w = window as unknown as { dataLayer: unknown; __ownLayer: unknown; gtag: unknown; __ownGtag: unknown };
      return { layer: w.dataLayer === w.__ownLayer, gtag: w.gtag === w.__ownGtag };
    });
    expect(same).toEqual({ layer: true, gtag: true });
    const entries = await dataLayerEntries(page);
    expect(entries[0]).toEqual({ kind: '[object Object]', value: { event: 'page_boot' } });
    expect(isDefault(entries[1])).toBe(true);
    // The page's own gtag still pushes onto the same array.
    await page.evaluate(() => (window as unknown as { gtag: (...a: unknown[]) => void }).gtag('event', 'page_view'));
    const after = await dataLayerEntries(page);
    expect(after.pop()).toEqual({ kind: '[object Arguments]', value: ['event', 'page_view'] });
    // And a change still reaches it (the SDK pushes onto the page's array, not a copy).
    await uiButton(page, 'Decline').click();
    await expect
      .poll(async () => {
        const layer = await page.evaluate(() => {
          const w = window as unknown as { dataLayer: unknown; __ownLayer: unknown };
          return w.dataLayer === w.__ownLayer;
        });
        return layer && consentCommands(await dataLayerEntries(page), 'update').length;
      })
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
