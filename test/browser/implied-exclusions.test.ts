// Implied consent ("if you continue without changing your settings, you agree") must not be
// recorded when the visitor only opened a page in order to decide: a link followed from the
// SDK's own UI, the policy pages the config links to (links.privacyPolicy, links.cookiePolicy),
// and the paths the site lists in implied.ignorePaths. Going on to any other page still counts.
// (In implied mode the categories are on before any decision; what matters is that no decision
// with source "implied" is recorded, and that the notice stays.)
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSuite } from './support/suite';
import { watchErrors } from './support/browser';
import { eventVisitor, getState, settle, uiButton, uiHost, waitForReady } from './support/flow';
import { BASE_CONFIG, sitePage } from './support/pages';
import type { Config } from '../../packages/sdk/src/core/types';

const suite = browserSuite();

const CONFIG: Config = {
  ...BASE_CONFIG,
  mode: 'implied',
  cookie: { name: 'imp' },
  links: { privacyPolicy: '/imp/privacy.html', cookiePolicy: '/imp/cookies/' },
  implied: { ignorePaths: ['/imp/terms', '/imp/legal/*'] },
  categories: [
    { id: 'necessary', label: 'Strictly necessary', necessary: true },
    {
      id: 'analytics',
      label: 'Analytics',
      cookies: ['_ga'],
      // A same-site vendor page, opened from the preferences dialog (in a new tab).
      vendors: [{ name: 'Stats Inc', privacyUrl: '/imp/vendor-privacy' }],
    },
  ],
};

const PATHS = ['home', 'about', 'privacy.html', 'cookies', 'terms', 'legal/imprint', 'legalese', 'vendor-privacy'];
const NAV = PATHS.map((p) => `<a id="to-${p.replace(/\W/g, '-')}" href="/imp/${p}">${p}</a>`).join(' ');
const PAGE = sitePage({ config: CONFIG, body: `<nav>${NAV}</nav>` });
beforeAll(() => {
  for (const path of PATHS) suite.server.route('/imp/' + path, PAGE);
});

async function visitor(): Promise<{ page: Page; errors: string[] }> {
  suite.context = await eventVisitor(suite.browser);
  const page = await suite.context.newPage();
  const errors = watchErrors(page);
  await page.goto(suite.server.origin + '/imp/home');
  await uiButton(page, 'OK').waitFor({ state: 'visible' });
  return { page, errors };
}

/** Follows a page link and waits for the SDK on the new page. */
async function follow(page: Page, id: string) {
  await Promise.all([page.waitForURL(/\/imp\//), page.click('#' + id)]);
  await settle(page);
}

async function expectUndecided(page: Page, where: string) {
  expect(await getState(page), where).toMatchObject({ decided: false, source: 'default' });
  await uiButton(page, 'OK').waitFor({ state: 'visible' });
}

async function expectImplied(page: Page, where: string) {
  expect(await getState(page), where).toMatchObject({
    decided: true,
    source: 'implied',
    categories: { analytics: true },
  });
  await settle(page);
  expect(await uiButton(page, 'OK').count(), where).toBe(0);
}

describe('implied consent: opening a page in order to decide is not continuing', () => {
  it('the notice\'s own "Privacy policy" link leads to the policy page without consent; back, still none; another page: implied', async () => {
    const { page, errors } = await visitor();
    const link = uiHost(page).getByRole('link', { name: 'Privacy policy', exact: true });
    await Promise.all([page.waitForURL('**/imp/privacy.html'), link.click()]);
    await settle(page);
    await expectUndecided(page, 'on the privacy policy');
    await page.goBack();
    await settle(page);
    await expectUndecided(page, 'back on the page of the notice');
    await follow(page, 'to-about');
    await expectImplied(page, 'on another page');
    expect(errors).toEqual([]);
  });

  it("a same-site link followed from the SDK's UI that the config does not name (a vendor page, new tab) is not continuing either", async () => {
    const { page } = await visitor();
    await uiButton(page, 'Settings').click();
    const vendorLink = uiHost(page).getByRole('link', { name: /Stats Inc/ });
    const [tab] = await Promise.all([suite.context!.waitForEvent('page'), vendorLink.click()]);
    await tab.waitForURL('**/imp/vendor-privacy');
    await waitForReady(tab);
    await settle(tab);
    await expectUndecided(tab, 'on the vendor page opened from the UI');
  });

  it('page links to the cookie policy (trailing slash differs), a listed path and a listed prefix are not continuing; a near miss is', async () => {
    const { page } = await visitor();
    await follow(page, 'to-cookies');
    await expectUndecided(page, '/imp/cookies (links.cookiePolicy is "/imp/cookies/")');
    await follow(page, 'to-terms');
    await expectUndecided(page, '/imp/terms (implied.ignorePaths)');
    await follow(page, 'to-legal-imprint');
    await expectUndecided(page, '/imp/legal/imprint (implied.ignorePaths "/imp/legal/*")');
    await follow(page, 'to-privacy-html');
    await expectUndecided(page, 'links.privacyPolicy reached by a page link');
    // "/imp/legalese" starts with "/imp/legal" but is not under "/imp/legal/".
    await follow(page, 'to-legalese');
    await expectImplied(page, '/imp/legalese');
  });

  it('control: without the exclusions, the same visit to the policy page records implied consent', async () => {
    const bare: Config = { ...CONFIG, links: {}, implied: undefined };
    suite.server.route(
      '/imp-bare/home',
      sitePage({ config: bare, body: '<a id="to-policy" href="/imp-bare/privacy.html">policy</a>' }),
    );
    suite.server.route('/imp-bare/privacy.html', sitePage({ config: bare }));
    suite.context = await eventVisitor(suite.browser);
    const page = await suite.context.newPage();
    await page.goto(suite.server.origin + '/imp-bare/home');
    await uiButton(page, 'OK').waitFor({ state: 'visible' });
    await Promise.all([page.waitForURL('**/imp-bare/privacy.html'), page.click('#to-policy')]);
    await settle(page);
    await expectImplied(page, 'a page the config does not name');
  });
});
