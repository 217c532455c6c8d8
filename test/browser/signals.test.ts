// Signals never over-grant (docs/semantics.md): in Chromium, through the script tag, as a visitor
// clicks. GPP strings are decoded with the IAB reference library (@iabgpp/cmpapi); USP is read
// from __uspapi. Every GPP/USP answer is checked against getState() on the same page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeChoice } from '../../packages/sdk/src/core/choice-codec';
import { toSettings } from '../../packages/sdk/src/core/settings';
import type { Config, State } from '../../packages/sdk/src/core/types';
import { watchErrors, type VisitorOptions } from './support/browser';
import { browserSuite } from './support/suite';
import { eventVisitor, getState, settle, uiButton, uiDialog, uiHost, waitForReady } from './support/flow';
import { decode, gppCall, iabPage, uspCall, waitForIAB } from './support/integrations';
import { BASE_CONFIG } from './support/pages';
import { NECESSARY, OWN_ANALYTICS, SHARED_ADVERTISING } from '../support/categories';
import { optedOutChoice } from '../support/stored-choices';

const suite = browserSuite();

const SIGNALS = { gpp: { sections: ['usnat', 'usca'] }, usp: true } as Config['integrations'];
/** Concord-like: analytics sold, advertising sold and shared; both US sections, USP. */
const SELLER: Config = { ...BASE_CONFIG, integrations: SIGNALS };
/** interop.io-like: EEA opt-in by default, US opt-out; advertising shared, never sold. */
const SHARER_REGIONS: Config = {
  ...BASE_CONFIG,
  mode: undefined,
  regions: { default: 'opt-in', US: 'opt-out' },
  categories: [NECESSARY, OWN_ANALYTICS, SHARED_ADVERTISING],
  integrations: { ...SIGNALS, googleConsentMode: true },
};
/** Convoso-like: opt-out mode, one shared (never sold) remarketing category. */
const SHARER: Config = { ...SHARER_REGIONS, regions: undefined, mode: 'opt-out' };
/** Copper-like: implied consent, advertising shared. */
const IMPLIED: Config = { ...SHARER, mode: 'implied', integrations: SIGNALS };

interface Ping {
  applicableSections: number[];
  sectionList: number[];
  supportedAPIs: string[];
  signalStatus: string;
  gppString: string;
}

let pageCount = 0;
async function visit(config: Config, options: VisitorOptions & { lang?: string; before?: string } = {}) {
  const path = `/signals/${++pageCount}`;
  const { lang, before, ...visitor } = options;
  suite.server.route(
    path,
    iabPage({ config, lang, before, body: '<p><span data-privacy-choices="status" id="status"></span></p>' }),
  );
  const context = await eventVisitor(suite.browser, visitor);
  suite.contexts.push(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(suite.server.origin + path);
  await waitForReady(page);
  return { context, page, errors, url: suite.server.origin + path };
}

async function reload(page: Page) {
  await page.reload();
  await waitForReady(page);
}

/** What GPP and USP say on this page, checked against getState(): nothing may grant more. */
/** Clicks `name` on the banner and waits until the choice is made. */
async function decideOnBanner(page: Page, name: string) {
  await uiButton(page, name).click();
  await page.waitForFunction(() => (window as any).PrivacyChoices.getState().decided);
}

async function signals(page: Page) {
  await waitForIAB(page); // the APIs' chunk answers once it has loaded
  const [ping, usp, state] = await Promise.all([gppCall<Ping>(page, 'ping'), uspCall(page), getState(page)]);
  const gpp = ping.data;
  const common = ['SaleOptOut', 'SharingOptOut', 'KnownChildSensitiveDataConsents', 'Gpc'];
  const fields = (section: string) =>
    decode(gpp.gppString, section, section === 'usnat' ? [...common, 'TargetedAdvertisingOptOut'] : common);
  const usnat = gpp.sectionList.includes(7) ? fields('usnat').values : null;
  const usca = gpp.sectionList.includes(8) ? fields('usca').values : null;
  const allowed = (practice: 'sale' | 'share', config: State) =>
    !(practice === 'sale' ? config.saleOptOut : config.shareOptOut) &&
    Object.keys(config.categories).some(
      (id) => config.categories[id] && id !== 'necessary' && practiceOf(id, practice),
    );
  const practiceOf = (id: string, practice: 'sale' | 'share') => (practice === 'sale' ? SOLD : SHARED).has(id);
  for (const section of [usnat, usca]) {
    if (!section) continue;
    if (section.SaleOptOut === 2)
      expect(allowed('sale', state), 'SaleOptOut 2 while the state does not allow sale').toBe(true);
    if (section.SharingOptOut === 2)
      expect(allowed('share', state), 'SharingOptOut 2 while the state does not allow sharing').toBe(true);
    if (section.TargetedAdvertisingOptOut === 2)
      expect(allowed('share', state), 'TargetedAdvertisingOptOut 2 without sharing allowed').toBe(true);
  }
  if (usp.data.uspString[2] === 'N') expect(allowed('sale', state) || allowed('share', state)).toBe(true);
  return { gpp, usnat, usca, usp: usp.data.uspString, state };
}
const SOLD = new Set(['analytics', 'advertising']); // SELLER; the sharer configs sell nothing
const SHARED = new Set(['advertising']);

const textOf = (locator: ReturnType<typeof uiHost>) =>
  locator.evaluate((el) => (el as HTMLElement).shadowRoot!.textContent || '');

describe('GPP and USP apply where US law applies', () => {
  it('EEA visitor (opt-in, DE) with GPP and USP on: [-1] before any choice and after Reject all; USP 1---', async () => {
    const { page, errors } = await visit({ ...SHARER_REGIONS, region: 'DE' });
    let s = await signals(page);
    expect(s.gpp).toMatchObject({
      applicableSections: [-1],
      sectionList: [],
      signalStatus: 'ready',
      gppString: 'DBAA',
    });
    expect(s.gpp.supportedAPIs).toEqual(['7:usnat', '8:usca']);
    expect(s.usp).toBe('1---');
    await waitForIAB(page);
    expect((await gppCall(page, 'hasSection', 'usnat')).data).toBe(false);
    expect((await gppCall(page, 'getField', 'usnat.SharingOptOut')).data).toBe(null);
    await decideOnBanner(page, 'Reject all');
    s = await signals(page);
    expect(s.gpp.applicableSections).toEqual([-1]);
    expect(s.usp).toBe('1---');
    expect(errors).toEqual([]);
  });

  it('no region on a site whose default is opt-in: no US section either', async () => {
    const { page } = await visit(SHARER_REGIONS);
    expect((await signals(page)).gpp.applicableSections).toEqual([-1]);
  });

  it('US visitor of the same site: usnat (and usca, state unknown) apply; sharing not opted out until Decline', async () => {
    const { page } = await visit({ ...SHARER_REGIONS, region: 'US' });
    let s = await signals(page);
    expect(s.gpp.applicableSections).toEqual([7, 8]);
    expect(s.usnat).toMatchObject({ SaleOptOut: 0, SharingOptOut: 2, TargetedAdvertisingOptOut: 2 });
    expect(s.usp).toBe('1YNN');
    await decideOnBanner(page, 'Decline');
    s = await signals(page);
    expect(s.usnat).toMatchObject({ SaleOptOut: 0, SharingOptOut: 1, TargetedAdvertisingOptOut: 1 });
    expect(s.usca).toMatchObject({ SaleOptOut: 0, SharingOptOut: 1 });
    expect(s.usp).toBe('1YYN');
  });

  it('usca only for California (or an unknown state): US-NY gets usnat alone, US-CA both', async () => {
    expect((await signals((await visit({ ...SELLER, region: 'US-NY' })).page)).gpp.applicableSections).toEqual([7]);
    expect((await signals((await visit({ ...SELLER, region: 'US-CA' })).page)).gpp.applicableSections).toEqual([7, 8]);
    expect((await signals((await visit(SELLER)).page)).gpp.applicableSections).toEqual([7, 8]);
  });

  it('a US visitor under opt-in is reported opted out until they opt in (never "did not opt out")', async () => {
    const { page } = await visit({ ...SELLER, mode: 'opt-in', region: 'US-CA' });
    let s = await signals(page);
    expect(s.usnat).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1 });
    expect(s.usp).toBe('1YYN');
    await decideOnBanner(page, 'Accept all');
    s = await signals(page);
    expect(s.usnat).toMatchObject({ SaleOptOut: 2, SharingOptOut: 2, TargetedAdvertisingOptOut: 2 });
    expect(s.usp).toBe('1YNN');
  });
});

describe('USP agrees with GPP in every state', () => {
  it('after a confirmed opt-in over GPC both say "not opted out" (USP 1YNN, SaleOptOut 2)', async () => {
    const { page, errors } = await visit(SELLER, { gpc: true });
    let s = await signals(page);
    expect(s.usnat).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, Gpc: true });
    expect(s.usp).toBe('1YYN');
    await page.evaluate(() => (window as any).PrivacyChoices.open('banner'));
    await uiButton(page, 'Accept').click();
    await uiButton(page, 'Allow sale and sharing').click();
    await page.waitForFunction(() => !(window as any).PrivacyChoices.getState().saleOptOut);
    s = await signals(page);
    expect(s.usnat).toMatchObject({ SaleOptOut: 2, SharingOptOut: 2, Gpc: true });
    expect(s.usp).toBe('1YNN');
    expect(errors).toEqual([]);
  });
});

describe('every opt-out is recorded, however it is made', () => {
  it('Accept, then advertising off (sharing opt-out), then analytics off: the sale opt-out is recorded and signalled', async () => {
    const { page, context } = await visit(SELLER);
    await decideOnBanner(page, 'Accept');
    const savePreferences = async (off: string) => {
      await page.evaluate(() => (window as any).PrivacyChoices.open('preferences'));
      await uiHost(page).getByRole('switch', { name: off }).click();
      await uiButton(page, 'Save choices').click();
      await expect.poll(async () => uiDialog(page).count()).toBe(0);
    };
    await savePreferences('Advertising');
    let s = await signals(page);
    expect([s.state.saleOptOut, s.state.shareOptOut]).toEqual([false, true]);
    expect(s.usnat).toMatchObject({ SaleOptOut: 2, SharingOptOut: 1, TargetedAdvertisingOptOut: 1 });
    expect(await page.locator('#status').textContent()).toBe('Opted out of sharing');
    await savePreferences('Analytics');
    s = await signals(page);
    expect([s.state.saleOptOut, s.state.shareOptOut]).toEqual([true, true]);
    expect(s.usnat).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1 });
    expect(s.usp).toBe('1YYN');
    // Stored: the next page view says the same.
    await reload(page);
    expect((await signals(page)).usnat).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1 });
    expect((await context.cookies()).some((c) => c.name === 'privacy_choices')).toBe(true);
  });

  it('turning a category back on after the opt-out still takes the two-step confirmation', async () => {
    const { page } = await visit(SELLER);
    await decideOnBanner(page, 'Decline');
    await page.evaluate(() => (window as any).PrivacyChoices.open('preferences'));
    await uiHost(page).getByRole('switch', { name: 'Analytics' }).click();
    await uiButton(page, 'Save choices').click();
    await expect(uiDialog(page).getByRole('heading').textContent()).resolves.toBe('Allow sale and sharing?');
    expect((await getState(page)).categories.analytics).toBe(false);
  });

  it('the 12 months are calendar months: an opt-out 365 days ago over a leap day is not asked about again', async () => {
    const config: Config = { ...SELLER, revision: 'r2' };
    const settings = toSettings(config, 'x');
    const optOutAt = Date.UTC(2027, 2, 1, 12); // 2027-03-01; now is 2028-02-29, 365 days later
    const now = Date.UTC(2028, 1, 29, 12);
    const cookie = encodeChoice(
      optedOutChoice({ decidedAt: optOutAt, optOutAt, layout: settings.layout, revision: 'r1' }),
    );
    const path = `/signals/${++pageCount}`;
    suite.server.route(path, iabPage({ config }));
    const context = await eventVisitor(suite.browser);
    suite.contexts.push(context);
    await context.addInitScript((t) => (Date.now = () => t), now);
    await context.addCookies([{ name: 'privacy_choices', value: cookie, url: suite.server.origin }]);
    const page = await context.newPage();
    await page.goto(suite.server.origin + path);
    await settle(page);
    expect(await getState(page)).toMatchObject({ decided: true, saleOptOut: true, revision: 'r2' });
    expect(await uiButton(page, 'Accept').count()).toBe(0);
  });
});

describe('GPC is frictionless in every mode', () => {
  it('implied mode with GPC: OK keeps the opt-out and asks nothing; the footer link is the statutory one', async () => {
    const { page, errors } = await visit({ ...IMPLIED, links: { privacyPolicy: '/privacy' } }, { gpc: true });
    await uiButton(page, 'OK').waitFor();
    expect(await page.locator('#dnss-link').textContent()).toBe('Do Not Sell or Share My Personal Information');
    expect(await page.locator('#status').textContent()).toBe('Opt-Out Request Honored');
    await decideOnBanner(page, 'OK');
    await settle(page);
    expect(await uiDialog(page).count()).toBe(0);
    expect(await uiButton(page, 'OK').count()).toBe(0);
    const s = await signals(page);
    expect(s.state).toMatchObject({
      decided: true,
      shareOptOut: true,
      categories: { advertising: false, analytics: true },
    });
    expect(s.usnat).toMatchObject({ SharingOptOut: 1, Gpc: true });
    expect(errors).toEqual([]);
  });

  it('implied mode with GPC: Settings → Accept all asks; Keep my opt-out closes the dialog and the notice', async () => {
    const { page } = await visit(IMPLIED, { gpc: true });
    await uiButton(page, 'Settings').click();
    await uiButton(page, 'Accept all').click();
    await expect(uiDialog(page).getByRole('heading').textContent()).resolves.toBe('Allow sharing?');
    await uiButton(page, 'Keep my opt-out').click();
    await expect.poll(async () => (await uiDialog(page).count()) + (await uiButton(page, 'OK').count())).toBe(0);
    expect(await getState(page)).toMatchObject({
      decided: true,
      shareOptOut: true,
      categories: { advertising: false, analytics: true },
    });
  });

  it('notice mode with GPC: the state records the opt-out as a decision for sale and sharing; OK asks nothing', async () => {
    const { page } = await visit({ ...SELLER, mode: 'notice' }, { gpc: true });
    expect(await getState(page)).toMatchObject({ decided: false, source: 'gpc', saleOptOut: true, shareOptOut: true });
    await decideOnBanner(page, 'OK');
    await settle(page);
    expect(await uiDialog(page).count()).toBe(0);
    expect(await getState(page)).toMatchObject({ saleOptOut: true, shareOptOut: true });
  });
});

describe('the words fit the site', () => {
  const SALE_WORDS: Record<string, [RegExp, string[]]> = {
    en: [/\bsale\b|\bsold\b|\bsell/i, ['Do Not Sell or Share My Personal Information']],
    es: [/venta|vend/i, ['No vender ni compartir mi información personal']],
    fr: [/vente|vend/i, ['Ne pas vendre ni partager mes informations personnelles']],
    de: [/verkauf/i, ['Meine personenbezogenen Daten nicht verkaufen oder weitergeben']],
  };
  for (const lang of Object.keys(SALE_WORDS)) {
    it(`a site that shares but never sells never says "sale" (${lang}): banner, Do Not Sell dialog, status, confirmation`, async () => {
      const { page, errors } = await visit(SHARER, { lang });
      const [pattern, statutory] = SALE_WORDS[lang];
      const clean = (text: string) => statutory.reduce((t, s) => t.split(s).join(''), text);
      expect(clean(await textOf(uiHost(page)))).not.toMatch(pattern);
      await page.locator('#dnss-link').click();
      await uiDialog(page).waitFor();
      expect(clean(await textOf(uiHost(page)))).not.toMatch(pattern);
      await uiDialog(page).getByRole('button').first().waitFor();
      await page.evaluate(() => (window as any).PrivacyChoices.optOutOfSaleAndSharing());
      await page.evaluate(() => (window as any).PrivacyChoices.open('do-not-sell'));
      await uiDialog(page).waitFor();
      expect(clean(await textOf(uiHost(page)))).not.toMatch(pattern);
      expect(clean((await page.locator('#status').textContent()) || '')).not.toMatch(pattern);
      expect(await page.locator('#status').textContent()).not.toBe('');
      await page.evaluate(() => (window as any).PrivacyChoices.close());
      await page.evaluate(() => (window as any).PrivacyChoices.open('preferences'));
      await uiHost(page).getByRole('switch').nth(2).click();
      await uiDialog(page).getByRole('button').nth(-1).click(); // save
      await expect.poll(async () => clean(await textOf(uiHost(page)))).toMatch(/./);
      expect(clean(await textOf(uiHost(page)))).not.toMatch(pattern);
      expect(errors).toEqual([]);
    });
  }

  it('a site that sells and shares says both; after a sharing-only opt-out the status names sharing only', async () => {
    const { page } = await visit(SELLER);
    expect(await textOf(uiHost(page))).toContain('a sale or sharing of your personal information');
    await page.evaluate(() => (window as any).PrivacyChoices.set({ advertising: false }));
    await page.evaluate(() => (window as any).PrivacyChoices.open('preferences'));
    await uiDialog(page).waitFor();
    const text = await textOf(uiHost(page));
    expect(text).toContain('You have opted out of the sharing of your personal information.');
    expect(text).not.toContain('opted out of the sale');
  });
});

describe('statutory footer wording', () => {
  it('texts cannot change the English link; a translation can be overridden', async () => {
    const config: Config = {
      ...SELLER,
      texts: { en: { linkDoNotSell: 'Cookie choices' }, es: { linkDoNotSell: 'No vender ni compartir' } },
    };
    const { page, errors } = await visit(config);
    expect(await page.locator('#dnss-link').textContent()).toBe('Do Not Sell or Share My Personal Information');
    // The first visit validates the config in the browser: the warning names the key.
    await expect.poll(() => errors.length).toBe(0);
    const { page: es } = await visit(config, { lang: 'es' });
    expect(await es.locator('#dnss-link').textContent()).toBe('No vender ni compartir');
  });

  it('the development console warns about configs that make signals untrue (validator path)', async () => {
    const config: Config = {
      ...SHARER,
      gpc: 'ignore',
      cookie: { days: 180 },
      links: { footerLink: 'cookie-settings' },
      texts: { en: { linkDoNotSell: 'x' } },
    };
    const path = `/signals/${++pageCount}`;
    suite.server.route(path, iabPage({ config }));
    const context = await eventVisitor(suite.browser);
    suite.contexts.push(context);
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(suite.server.origin + path);
    await waitForReady(page);
    await expect.poll(() => warnings.join('\n')).toContain('config warning: gpc');
    const all = warnings.join('\n');
    for (const key of ['cookie.days', 'links.footerLink', 'texts.en.linkDoNotSell'])
      expect(all).toContain(`config warning: ${key}`);
  });
});

describe('the opt-out status is on the page', () => {
  it('GPC: "Opt-Out Request Honored" without any click; in the dialogs too', async () => {
    const { page } = await visit(SELLER, { gpc: true });
    expect(await page.locator('#status').textContent()).toBe('Opt-Out Request Honored');
    expect(await page.locator('#status').getAttribute('role')).toBe('status');
    await page.evaluate(() => (window as any).PrivacyChoices.open('do-not-sell'));
    await uiDialog(page).waitFor();
    expect(await textOf(uiHost(page))).toContain('Opt-Out Request Honored');
  });

  it('no opt-out: empty and hidden; after Decline: "Opted out of sale and sharing"', async () => {
    const { page } = await visit(SELLER);
    expect(await page.locator('#status').textContent()).toBe('');
    expect(await page.locator('#status').isHidden()).toBe(true);
    await uiButton(page, 'Decline').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Opted out of sale and sharing');
    await reload(page);
    expect(await page.locator('#status').textContent()).toBe('Opted out of sale and sharing');
  });
});

describe('a known child', () => {
  it('window.privacyChoicesKnownChild before the script: sold and shared off, GPP says no consent; opt-in takes two steps', async () => {
    const { page } = await visit(SELLER, { before: '<script>window.privacyChoicesKnownChild = true;</script>' });
    let s = await signals(page);
    expect(s.state).toMatchObject({ knownChild: true, categories: { analytics: false, advertising: false } });
    expect(s.usnat).toMatchObject({ SaleOptOut: 1, SharingOptOut: 1, KnownChildSensitiveDataConsents: [1, 1, 0] });
    expect(s.usca).toMatchObject({ KnownChildSensitiveDataConsents: [1, 1] });
    await uiButton(page, 'Accept').click();
    const dialog = uiDialog(page);
    await expect.poll(async () => (await dialog.count()) && dialog.textContent()).toContain('under 16');
    await uiButton(page, 'Allow sale and sharing').click();
    await page.waitForFunction(() => (window as any).PrivacyChoices.getState().categories.analytics);
    s = await signals(page);
    expect(s.usnat).toMatchObject({ SaleOptOut: 2, KnownChildSensitiveDataConsents: [2, 2, 0] });
    await reload(page);
    expect((await getState(page)).categories.analytics).toBe(true); // the opt-in is kept
  });

  it('setKnownChild(true) at run time applies at once and is stored with the choice', async () => {
    const { page } = await visit(SELLER);
    await decideOnBanner(page, 'Accept');
    await page.evaluate(() => (window as any).PrivacyChoices.setKnownChild(true));
    expect(await getState(page)).toMatchObject({ knownChild: true, categories: { analytics: false } });
    await reload(page);
    const s = await signals(page);
    expect(s.state.knownChild).toBe(true);
    expect(s.usnat).toMatchObject({ SaleOptOut: 1, KnownChildSensitiveDataConsents: [1, 1, 0] });
  });
});
