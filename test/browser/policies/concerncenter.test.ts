// ConcernCenter: "Cookies may be sent by ConcernCenter or its third-party vendors"; nothing is
// sold. A notice only: its OK dismisses it for good, and the footer link reopens it.
import { describe, expect, it } from 'vitest';
import { loadPolicy, onePageSite } from './helpers';
import { button, ran, settle, state, waitForReady, waitForTags } from './probes';

const config = loadPolicy('concerncenter');
const TAGS = { beacon: 'statistics' };

const site = onePageSite(config, TAGS);

describe('ConcernCenter (notice only)', () => {
  it('the config is notice mode with nothing sold or shared', () => {
    expect(config.mode).toBe('notice');
    expect(config.categories.some((c) => c.sale || c.share)).toBe(false);
  });

  it('shows the notice with a single OK; OK dismisses it and it stays dismissed after reload', async () => {
    const { page, errors } = await site.open('url');
    await button(page, 'OK').waitFor();
    for (const name of ['Accept', 'Decline', 'Do Not Sell or Share My Personal Information', 'Reject all']) {
      expect(await button(page, name).count(), name).toBe(0);
    }
    // Information only: the statistics the notice describes are running.
    await waitForTags(page, ['beacon']);
    expect((await state(page)).decided).toBe(false);

    await button(page, 'OK').click();
    await expect
      .poll(() => state(page))
      .toMatchObject({ decided: true, categories: { necessary: true, statistics: true } });
    await expect.poll(() => button(page, 'OK').count()).toBe(0);

    await page.reload();
    await settle(page);
    expect(await button(page, 'OK').count()).toBe(0);
    expect(await ran(page)).toEqual(['beacon']);
    expect(errors).toEqual([]);
  });

  it('the #privacy-choices link reopens the notice after it was dismissed', async () => {
    const { page } = await site.open('url');
    await button(page, 'OK').click();
    await expect.poll(() => state(page)).toMatchObject({ decided: true });
    await page.reload();
    await settle(page);

    await page.click('#reopen');
    await button(page, 'OK').waitFor();
    await button(page, 'OK').click();
    await expect.poll(() => button(page, 'OK').count()).toBe(0);
    expect((await state(page)).decided).toBe(true);
  });

  it('the footer link is the neutral “Cookie settings” (no sale, so no Do Not Sell link)', async () => {
    const { page } = await site.open('url');
    await waitForReady(page);
    await expect.poll(() => page.locator('#dnss-link').textContent()).toBe('Cookie settings');
  });
});
