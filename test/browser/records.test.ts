// Consent records end to end, on the built script tag: a visitor on a demo site clicks Decline
// and leaves at once; exactly one record with the right fields reaches the collector after the
// page is gone, and its answer marks the cookie recorded (cookieRefresh). Without cookieRefresh, a
// later page view confirms it by fetch (packages/sdk/src/integrations/records.test.ts).
import { describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { eventually, uiButton } from './support/flow';
import { storedChoice } from './support/choice-cookie';
import { demoWithCollector } from './support/servers';
import { browserSuite } from './support/suite';

const TOKEN = 'records-browser-test';
const suite = browserSuite({
  server: () => demoWithCollector({ adminToken: TOKEN, rateLimitPerMinute: 600, trustProxy: true }),
  startTimeout: 180_000,
});

const history = async (id: string) =>
  (await (await fetch(`${suite.server.collector.url}/v1/records/${id}`)).json()) as {
    records: Record<string, unknown>[];
  };

/** The collector's records of one consent id, once it holds `count` of them. */
const recordsOnceThereAre = (id: string, count: number) =>
  eventually(async () => {
    const { records } = await history(id);
    expect(records).toHaveLength(count);
    return records;
  }, 10_000);

/** This year's §7102 metrics: the requests per source, and apart from them the opt-outs the
 *  known-child rule applied. */
const metrics = async () =>
  (await (
    await fetch(`${suite.server.collector.url}/v1/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } })
  ).json()) as { requests: { source: string }[]; knownChildOptOuts: Record<string, number> };
const knownChildOptOuts = async () => (await metrics()).knownChildOptOuts;

describe('consent records from the script tag', () => {
  it('Decline, then leaving at once: exactly one record with the right fields arrives after the page is gone', async () => {
    const context = await suite.visitor({ events: false, locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${suite.server.origin}/concord-opero/?utm_source=mail&email=someone%40example.com#top`);
    await uiButton(page, 'Decline').click();
    // Away at once, to a page without the SDK: the beacon must outlive the page.
    await page.goto(`${suite.server.origin}/policies/concord-opero.json`);
    const choice = (await storedChoice(context, 'concord_privacy_choices'))!;
    expect(choice).not.toBeNull();
    const records = await recordsOnceThereAre(choice.id, 1);
    expect(records[0]).toMatchObject({
      id: choice.id,
      decidedAt: choice.decidedAt,
      revision: choice.revision,
      fingerprint: choice.fingerprint,
      mode: 'opt-out',
      region: null,
      source: 'banner',
      saleOptOut: true,
      shareOptOut: true,
      gpc: false,
      page: `${suite.server.origin}/concord-opero/`,
    });
    expect(Object.values(records[0]!.categories as Record<string, boolean>).filter(Boolean)).toHaveLength(1); // necessary only
    expect(records[0]!.language).toMatch(/^en/);
    // The server's additions stay out of the public history; the admin export has them.
    const exported = await (
      await fetch(`${suite.server.collector.url}/v1/export?format=jsonl`, {
        headers: { Authorization: `Bearer ${TOKEN}` },
      })
    ).text();
    const line = exported
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .find((r) => r.id === choice.id);
    expect(line).toMatchObject({ ipPrefix: '127.0.0.0/24', userAgentFamily: expect.stringMatching(/Chrome|Bot/) });
    // The demo turns cookieRefresh on: the collector's answer to the beacon re-set the cookie
    // from the server, with the recorded flag (the script itself cannot read a beacon's answer).
    const refreshed = (await context.cookies()).find((c) => c.name === 'concord_privacy_choices')!;
    expect((await storedChoice(context, 'concord_privacy_choices'))!.recorded).toBe(true);
    expect(refreshed.expires - Date.now() / 1000).toBeGreaterThan(300 * 86400);

    // Next page view: nothing more to send; the inspector shows the record; still one record.
    await page.goto(`${suite.server.origin}/concord-opero/about.html`);
    await expect.poll(() => page.locator('#record-status').textContent()).toBe(`recorded ✓ ${choice.id}`);
    expect((await history(choice.id)).records).toHaveLength(1);
    // The only console error allowed is the demo's missing favicon (a 404 the browser logs).
    expect(failed).toEqual([]);
    expect(
      errors.filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 404')),
    ).toEqual([]);
  });

  it('a visitor the site knows is under 16: the record leaves from that page view, says knownChild, and is no §7102 request', async () => {
    const context = await suite.visitor({ events: false, locale: 'en-US' });
    await context.addInitScript(() => {
      (window as unknown as { privacyChoicesKnownChild: boolean }).privacyChoicesKnownChild = true;
    });
    const page = await context.newPage();
    await page.goto(`${suite.server.origin}/concord-opero/`);
    const choice = await eventually(async () => {
      const stored = await storedChoice(context, 'concord_privacy_choices');
      expect(stored).not.toBeNull();
      return stored!;
    });
    expect(choice).toMatchObject({ knownChild: true, saleOptOut: true, shareOptOut: true });
    const state = await page.evaluate(() =>
      (window as unknown as { PrivacyChoices: { getState(): Record<string, unknown> } }).PrivacyChoices.getState(),
    );
    // The state names the same record as the cookie, on this page view.
    expect(state).toMatchObject({ id: choice.id, knownChild: true, decided: false });
    expect(Date.parse(state.decidedAt as string)).toBe(choice.decidedAt);
    // No click, no second page view: the record still arrives.
    const records = await recordsOnceThereAre(choice.id, 1);
    expect(records[0]).toMatchObject({
      id: choice.id,
      decidedAt: choice.decidedAt,
      source: 'default',
      knownChild: true,
      saleOptOut: true,
      shareOptOut: true,
    });
    const figures = await metrics();
    expect(figures.requests.filter((r) => r.source === 'default')).toEqual([]);
    expect(figures.knownChildOptOuts['opt-out-of-sale']).toBeGreaterThanOrEqual(1);
    expect(figures.knownChildOptOuts['opt-out-of-sharing']).toBeGreaterThanOrEqual(1);
  });

  it('a visitor who accepted, later marked as under 16: a second record of the same id says knownChild and the opt-out', async () => {
    const { context, page } = await suite.visit('/concord-opero/', { events: false, locale: 'en-US' });
    await uiButton(page, 'Accept').click();
    const accepted = (await storedChoice(context, 'concord_privacy_choices'))!;
    await recordsOnceThereAre(accepted.id, 1);
    // The collector's answer re-set the cookie as recorded: this choice is on record.
    await eventually(async () => expect((await storedChoice(context, 'concord_privacy_choices'))!.recorded).toBe(true));
    const before = await knownChildOptOuts();

    // The site learns the visitor is 15 (within the Accept's second, as a quick page may).
    await page.evaluate(() =>
      (window as unknown as { PrivacyChoices: { setKnownChild(known: boolean): void } }).PrivacyChoices.setKnownChild(
        true,
      ),
    );
    const records = await recordsOnceThereAre(accepted.id, 2);
    expect(records[0]).toMatchObject({ decidedAt: accepted.decidedAt, source: 'banner', saleOptOut: false });
    const marked = (await storedChoice(context, 'concord_privacy_choices'))!;
    expect(marked).toMatchObject({ id: accepted.id, knownChild: true, saleOptOut: true, shareOptOut: true });
    expect(marked.decidedAt).toBeGreaterThan(accepted.decidedAt);
    expect(records[1]).toMatchObject({
      id: accepted.id,
      decidedAt: marked.decidedAt,
      source: 'default',
      knownChild: true,
      saleOptOut: true,
      shareOptOut: true,
      categories: { necessary: true, analytics: false, advertising: false },
    });
    const state = await page.evaluate(() =>
      (window as unknown as { PrivacyChoices: { getState(): Record<string, unknown> } }).PrivacyChoices.getState(),
    );
    expect(state).toMatchObject({ id: accepted.id, decided: true, source: 'default', knownChild: true });
    expect(Date.parse(state.decidedAt as string)).toBe(marked.decidedAt);
    // Not a §7102 request: counted under knownChildOptOuts, once for sale and once for sharing.
    expect(await knownChildOptOuts()).toEqual({
      'opt-out-of-sale': before['opt-out-of-sale']! + 1,
      'opt-out-of-sharing': before['opt-out-of-sharing']! + 1,
    });
  });

  it('a mark whose beacon was lost, lifted before the retry: the record still names the known-child rule, no request', async () => {
    const { context, page } = await suite.visit('/concord-opero/', { events: false, locale: 'en-US' });
    await uiButton(page, 'Accept').click();
    const accepted = (await storedChoice(context, 'concord_privacy_choices'))!;
    await recordsOnceThereAre(accepted.id, 1);
    const before = await metrics();
    // The browser takes the mark's beacon but it never arrives (a network that drops it).
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'sendBeacon', { value: () => true, configurable: true });
      const api = (window as unknown as { PrivacyChoices: { setKnownChild(known: boolean): void } }).PrivacyChoices;
      api.setKnownChild(true);
      api.setKnownChild(false); // the page corrects itself: the mark is lifted, the opt-outs stay
    });
    const lifted = (await storedChoice(context, 'concord_privacy_choices'))!;
    expect(lifted).toMatchObject({ id: accepted.id, knownChild: false, saleOptOut: true, recorded: false });
    // The next page view sends the unacknowledged record again, from the cookie.
    await page.reload();
    const records = await recordsOnceThereAre(accepted.id, 2);
    expect(records[1]).toMatchObject({
      decidedAt: lifted.decidedAt,
      source: 'default',
      knownChild: true,
      saleOptOut: true,
      shareOptOut: true,
    });
    const after = await metrics();
    expect(after.knownChildOptOuts).toEqual({
      'opt-out-of-sale': before.knownChildOptOuts['opt-out-of-sale']! + 1,
      'opt-out-of-sharing': before.knownChildOptOuts['opt-out-of-sharing']! + 1,
    });
    expect(after.requests.filter((row) => row.source === 'default')).toEqual([]);
  });

  it('Accept corrected by Decline within one second: two records, the Decline a second later, and it is the one on record', async () => {
    const { context, page } = await suite.visit('/concord-opero/', { events: false, locale: 'en-US' });
    await page.evaluate(() => {
      const api = (window as unknown as { PrivacyChoices: { acceptAll(): void; declineAll(): void } }).PrivacyChoices;
      api.acceptAll();
      api.declineAll();
    });
    const declined = (await storedChoice(context, 'concord_privacy_choices'))!;
    const records = await recordsOnceThereAre(declined.id, 2);
    expect(records[0]).toMatchObject({ id: declined.id, source: 'api', saleOptOut: false });
    expect(records[1]).toMatchObject({
      id: declined.id,
      decidedAt: declined.decidedAt,
      source: 'api',
      saleOptOut: true,
      shareOptOut: true,
      categories: { necessary: true, analytics: false, advertising: false },
    });
    expect(records[1]!.decidedAt as number).toBeGreaterThan(records[0]!.decidedAt as number);
    // The collector's answer marks the choice in force, the Decline, as recorded.
    await eventually(async () =>
      expect(await storedChoice(context, 'concord_privacy_choices')).toMatchObject({
        decidedAt: declined.decidedAt,
        saleOptOut: true,
        recorded: true,
      }),
    );
  });

  it('shows the consent id in the preferences dialog', async () => {
    const { context, page } = await suite.visit('/concord-opero/', { events: false });
    await uiButton(page, 'Decline').click();
    const choice = (await storedChoice(context, 'concord_privacy_choices'))!;
    await page.evaluate(() =>
      (window as unknown as { PrivacyChoices: { open(view: string): void } }).PrivacyChoices.open('preferences'),
    );
    await expect
      .poll(() => page.locator('#privacy-choices-ui .cid').textContent())
      .toBe(`Your consent ID: ${choice.id}`);
  });
});
