// Screenshots of the demo in headless Chromium (Debian's, through playwright-core): each site with
// its banner, the preferences dialog, the inspector after a choice, and the SPA.
//
//   node packages/demo/scripts/screenshots.mjs [outDir=/tmp/demo-shots]
//
// Needs the SDK build (and the SPA build for the SPA shots). Starts the demo server itself.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { startDemoServer } from '../server.mjs';
import { SITES } from '../lib/sites.mjs';

const out = process.argv[2] || '/tmp/demo-shots';
mkdirSync(out, { recursive: true });

const { server, origin } = await startDemoServer(0);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const problems = [];

async function visitor(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${page.url()}: pageerror ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: console ${m.text()}`));
  return { context, page };
}

const shot = async (page, name, options = {}) => {
  await page.waitForTimeout(400); // let transitions and the inspector's refresh finish
  await page.screenshot({ path: join(out, `${name}.png`), ...options });
  console.log(`  ${name}.png`);
};

/** The inspector is a fixed, scrolling panel: a tall viewport shows all of it at once. */
const inspectorShot = async (page, name) => {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1440, height: 2300 });
  await shot(page, name);
  await page.setViewportSize(size);
};

try {
  {
    const { context, page } = await visitor();
    await page.goto(origin + '/');
    await shot(page, '00-menu', { fullPage: true });
    await context.close();
  }
  for (const site of SITES) {
    console.log(site.id);
    const { context, page } = await visitor();
    if (site.id === 'interop-io') await context.addCookies([{ name: 'demo_region', value: 'US', url: origin }]);
    await page.goto(`${origin}/${site.id}/`);
    await page.locator('#privacy-choices-ui').getByRole('button').first().waitFor();
    await shot(page, `${site.id}-1-banner`);
    // Keyboard: at the end of the page the fixed banner covers the footer (see README).
    // (Where the SDK's own footer link is the neutral "Cookie settings", it is the preferences link.)
    const prefs = page.locator('a[data-privacy-choices="preferences"]');
    await ((await prefs.count()) ? prefs : page.locator('a[data-privacy-choices="link"]')).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Save choices', exact: true }).waitFor();
    await shot(page, `${site.id}-2-preferences`);
    await page.getByRole('button', { name: 'Close', exact: true }).first().click();
    // A choice, then the inspector shows its effects.
    const decline = page.getByRole('button', { name: 'Decline', exact: true });
    const reject = page.getByRole('button', { name: 'Reject all', exact: true });
    const ok = page.getByRole('button', { name: 'OK', exact: true });
    if (await decline.count()) await decline.click();
    else if (await reject.count()) await reject.click();
    else if (await ok.count()) await ok.click();
    await inspectorShot(page, `${site.id}-3-inspector`);
    if (site.id === 'concord-opero' || site.id === 'convoso') {
      await page.locator('a[data-privacy-choices="link"]').click();
      await page.getByRole('button', { name: 'Opt out of sale and sharing', exact: true }).waitFor();
      await shot(page, `${site.id}-4-do-not-sell`);
    }
    if (site.id === 'copper') {
      const fresh = await visitor();
      await fresh.page.goto(`${origin}/copper/`);
      await fresh.page.getByRole('button', { name: 'OK', exact: true }).waitFor();
      await fresh.page.click('nav[aria-label="Main"] a[href="/copper/about.html"]');
      await fresh.page.waitForFunction(() => window.PrivacyChoices?.getState().decided);
      await shot(fresh.page, 'copper-4-implied-on-second-page');
      await fresh.context.close();
    }
    if (site.id === 'convoso') {
      const gpc = await visitor();
      await gpc.context.addCookies([{ name: 'demo_gpc', value: '1', url: origin }]);
      await gpc.page.goto(`${origin}/convoso/`);
      await gpc.page.waitForFunction(() => window.PrivacyChoices && window.PrivacyChoices.getState().source === 'gpc');
      await inspectorShot(gpc.page, 'convoso-5-gpc-inspector');
      await gpc.context.close();
    }
    if (site.id === 'interop-io') {
      const eea = await visitor();
      await eea.context.addCookies([{ name: 'demo_region', value: 'DE', url: origin }]);
      await eea.page.goto(`${origin}/interop-io/`);
      await eea.page.getByRole('button', { name: 'Accept all', exact: true }).waitFor();
      await shot(eea.page, 'interop-io-4-eea-opt-in');
      await eea.context.close();
    }
    await context.close();
  }
  {
    console.log('spa');
    const { context, page } = await visitor();
    await page.goto(`${origin}/spa/video`);
    await page.locator('#privacy-choices-ui').getByRole('button').first().waitFor();
    await shot(page, 'spa-1-video-banner');
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await page.locator('iframe.embed').waitFor();
    await page.click('nav a[href="/spa/pricing"]');
    await page.getByRole('heading', { name: 'Pricing' }).waitFor();
    await page.click('a[data-privacy-choices="link"]');
    await page.getByRole('button', { name: 'Opt out of sale and sharing', exact: true }).waitFor();
    await shot(page, 'spa-2-pricing-do-not-sell');
    await page.getByRole('button', { name: 'Opt out of sale and sharing', exact: true }).click();
    await page.click('nav a[href="/spa/video"]');
    await page.waitForTimeout(300);
    await shot(page, 'spa-3-video-after-opt-out');
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.log('\nProblems seen:');
  for (const p of problems) console.log('  ' + p);
}
