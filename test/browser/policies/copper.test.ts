// Copper: "If you continue without changing your settings, you are agreeing to receive all cookies
// on the ProsperWorks website. You can change your cookie settings at any time." Implied consent:
// going on to another page records acceptance (source "implied"); every category can still be
// switched off later from the reopened settings.
import { describe, expect, it } from 'vitest';
import { loadPolicy, policyPage, policySite } from './helpers';
import { button, ran, settle, state, ui, waitForTags } from './probes';
import { necessaryOnly } from '../support/expected-state';

const config = loadPolicy('copper');
const TAGS = { ga: 'analytics', 'google-ads': 'advertising' };

const site = policySite({
  home: ['/site/', policyPage(config, TAGS)],
  about: ['/site/about', policyPage(config, TAGS)],
});

describe('Copper (implied consent)', () => {
  it('the config is implied mode (opt-in in the EEA and the UK) and nothing in it is sold', () => {
    expect(config.regions?.default).toBe('implied');
    expect(config.regions?.DE).toBe('opt-in');
    expect(config.regions?.GB).toBe('opt-in');
    expect(config.categories.some((c) => c.sale)).toBe(false);
    expect(config.texts?.en?.impliedText).toContain(
      'If you continue without changing your settings, you are agreeing to receive all cookies',
    );
  });

  it('first page: a notice with OK and Settings, not yet a decision; going on to another page records implied consent', async () => {
    const { page, errors } = await site.open('home');
    await button(page, 'OK').waitFor();
    await button(page, 'Settings').waitFor();
    expect(await page.getByText('If you continue without changing your settings').count()).toBeGreaterThan(0);
    expect(await state(page)).toMatchObject({ mode: 'implied', decided: false, source: 'default' });

    await page.click('#next');
    await page.waitForURL(site.urls.about);
    await page.waitForFunction(() => (window as any).PrivacyChoices?.getState().decided === true);
    expect(await state(page)).toMatchObject({
      decided: true,
      source: 'implied',
      categories: { necessary: true, analytics: true, advertising: true },
    });
    await settle(page);
    expect(await button(page, 'OK').count()).toBe(0);
    await waitForTags(page, ['ga', 'google-ads']);
    expect(errors).toEqual([]);

    // Recorded: the next page view knows it without asking again.
    await page.goto(site.urls.home);
    await settle(page);
    expect(await state(page)).toMatchObject({ decided: true, source: 'implied' });
    expect(await button(page, 'OK').count()).toBe(0);
  });

  it('reloading the same page is not “continuing”: the notice stays', async () => {
    const { page } = await site.open('home');
    await button(page, 'OK').waitFor();
    await page.reload();
    await button(page, 'OK').waitFor();
    expect((await state(page)).decided).toBe(false);
  });

  it('“You can change your cookie settings at any time”: categories can be switched off later in preferences', async () => {
    const { page } = await site.open('home');
    await button(page, 'OK').waitFor();
    await page.goto(site.urls.about);
    await page.waitForFunction(() => (window as any).PrivacyChoices?.getState().source === 'implied');

    await page.click('#prefs');
    await button(page, 'Save choices').waitFor();
    const analytics = page.getByRole('switch', { name: 'Analytics' });
    const advertising = page.getByRole('switch', { name: 'Advertising' });
    expect(await analytics.getAttribute('aria-checked')).toBe('true');
    await analytics.click();
    await advertising.click();
    expect(await analytics.getAttribute('aria-checked')).toBe('false');
    await button(page, 'Save choices').click();
    await expect.poll(() => state(page)).toMatchObject(necessaryOnly({ decided: true, source: 'preferences' }));

    await page.reload();
    await settle(page);
    expect(await ran(page)).toEqual([]);
    expect(await state(page)).toMatchObject({
      source: 'preferences',
      categories: { analytics: false, advertising: false },
    });
  });

  it('Settings in the notice itself opens the preferences', async () => {
    const { page } = await site.open('home');
    await button(page, 'Settings').click();
    await button(page, 'Save choices').waitFor();
    await expect(page.getByRole('switch').count()).resolves.toBe(3);
  });

  it('GPC: the notice still informs, OK keeps the opt-out and asks nothing; the footer link is the statutory one', async () => {
    const { page } = await site.open('home', { gpc: true });
    await button(page, 'OK').waitFor();
    await expect
      .poll(() => page.locator('#dnss-link').textContent())
      .toBe('Do Not Sell or Share My Personal Information');
    expect(await state(page)).toMatchObject({
      decided: false,
      source: 'gpc',
      shareOptOut: true,
      categories: { advertising: false },
    });
    await button(page, 'OK').click();
    await expect
      .poll(() => state(page))
      .toMatchObject({ decided: true, shareOptOut: true, categories: { analytics: true, advertising: false } });
    await settle(page);
    expect(await ui(page).getByRole('dialog').count()).toBe(0);
    expect(await button(page, 'OK').count()).toBe(0);
    await waitForTags(page, ['ga']);
    expect(await ran(page)).not.toContain('google-ads');
  });
});
