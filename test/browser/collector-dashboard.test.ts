// The collector's /dashboard in Chromium: the admin token gates the data, the charts (uPlot) and
// tables show the records, and the export buttons download them. Also saves the README's
// screenshot to test-results/collector-dashboard.png.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectorServer } from './support/servers';
import { browserSuite } from './support/suite';

const TOKEN = 'dashboard-test-token';
const suite = browserSuite({ server: () => collectorServer({ adminToken: TOKEN }), startTimeout: 180_000 });
const DAY = 86_400_000;

/** Records over the last weeks (within this calendar year), from several sources, regions and
 *  revisions, some of them opt-outs the known-child rule applied (source default, knownChild). */
async function seed(): Promise<{ total: number; optOuts: number; knownChildOptOuts: number }> {
  const now = Date.now();
  const yearStart = Date.UTC(new Date(now).getUTCFullYear(), 0, 1);
  const sources = ['banner', 'banner', 'gpc', 'link', 'preferences', 'banner', 'gpc'];
  const regions = ['US-CA', 'US-CA', 'US-CO', 'DE', null];
  let n = 0;
  let optOuts = 0;
  let knownChildOptOuts = 0;
  for (let day = 0; day < 21; day++) {
    const at = Math.max(yearStart + 3600_000, now - day * DAY);
    for (let i = 0; i < 3 + (day % 4); i++) {
      const knownChild = day % 5 === 0 && i === 0;
      const source = knownChild ? 'default' : sources[(day + i) % sources.length]!;
      const optOut = knownChild || source === 'gpc' || source === 'link' || (source === 'banner' && i % 2 === 0);
      const body = {
        id: `d${day.toString(36)}v${i.toString(36)}seed`,
        decidedAt: Math.floor((at - i * 60_000) / 1000) * 1000,
        revision: day < 10 ? '2026-11' : '2026-06',
        fingerprint: 'abc123',
        mode: 'opt-out',
        region: regions[(day + i) % regions.length],
        source,
        categories: { necessary: true, analytics: !optOut, advertising: !optOut },
        saleOptOut: optOut,
        shareOptOut: optOut,
        gpc: source === 'gpc',
        knownChild,
        language: 'en-us',
        page: 'https://shop.example/products/' + (i + 1),
      };
      const response = await fetch(suite.server.origin + '/v1/records', { method: 'POST', body: JSON.stringify(body) });
      expect(response.status).toBe(201);
      n++;
      if (knownChild) knownChildOptOuts++;
      else if (optOut) optOuts++;
    }
  }
  return { total: n, optOuts, knownChildOptOuts };
}

describe('collector dashboard', () => {
  it('asks for the admin token, then charts and lists the records and exports them', async () => {
    const { total, optOuts, knownChildOptOuts } = await seed();
    expect(knownChildOptOuts).toBeGreaterThan(0);
    const viewport = { width: 1200, height: 1400 };
    const { page, errors, response } = await suite.visit('/dashboard', {
      events: false,
      viewport,
      acceptDownloads: true,
    });
    expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
    // No data without the token.
    await page.getByLabel('Admin token').fill('wrong');
    await page.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => page.locator('#login-error').textContent()).toBe('That token was refused.');
    expect(await page.locator('#board').isHidden()).toBe(true);

    errors.length = 0; // the refused token's two 401s were the point
    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.waitForSelector('body[data-loaded="true"]');
    // The known-child rule's opt-outs are a figure of their own, not opt-outs (as in the §7102 figures).
    expect(await page.locator('#totals div').allTextContents()).toEqual([
      `${total}records in ${new Date().getUTCFullYear()}`,
      `${optOuts}opt-outs of sale or sharing`,
      `${Math.round((optOuts / total) * 100)}%opt-out rate`,
      `${knownChildOptOuts}known-child opt-outs applied`,
    ]);
    expect(await page.locator('#chart-rate canvas').count()).toBe(1);
    expect(await page.locator('#chart-source canvas').count()).toBe(1);
    const legend = await page.locator('#chart-source .u-legend').textContent();
    for (const source of ['banner', 'gpc', 'link', 'preferences']) expect(legend).toContain(source);
    expect(await page.locator('#by-region .bar').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('US-CA')]),
    );
    expect(await page.locator('#by-revision .bar').count()).toBe(2);
    expect(await page.locator('#recent tbody tr').count()).toBe(Math.min(50, total));
    expect(await page.locator('#requests tbody').textContent()).toContain('opt-out-of-sale');

    mkdirSync(resolve(import.meta.dirname, '../../test-results'), { recursive: true });
    await page.screenshot({
      path: resolve(import.meta.dirname, '../../test-results/collector-dashboard.png'),
      fullPage: false,
    });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('consent-records.csv');
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toMatch(/^id,decided_at,received_at/);
    expect(csv).toHaveLength(total + 1);

    // The token stays in this tab only; a reload keeps the board.
    await page.reload();
    await page.waitForSelector('body[data-loaded="true"]');
    expect(errors).toEqual([]);
  });

  it('takes the token once from the #token= fragment and drops it from the address', async () => {
    const { page } = await suite.visit(`/dashboard#token=${TOKEN}`, { events: false });
    await page.waitForSelector('body[data-loaded="true"]');
    expect(new URL(page.url()).hash).toBe('');
  });
});
