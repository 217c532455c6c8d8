// Consent records from a real instance (memory storage): one record per stored choice, sent after
// the cookie write in a task of its own; beacon first, then confirmed by a fetch on the next page
// view, which sets the cookie's `recorded` flag.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeChoice } from '../core/choice-codec';
import { configFingerprint } from '../core/hash';
import { toSettings } from '../core/settings';
import type { ChoiceStorage } from '../core/consent-store';
import type { Config } from '../core/types';
import { createInstance } from '../instance';
import { records } from './records';
import { usConfig } from '../../test-support/integration-context';
import { memoryStorage } from '../../test-support/memory-storage';

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);

function pageView(config: Config, storage: ChoiceStorage, { gpc = false, knownChild = false, at = NOW } = {}) {
  return createInstance({
    settings: toSettings(config, configFingerprint(config)),
    validated: true,
    loadUI: () => {},
    integrations: [records],
    storage,
    signals: { gpc, dnt: false, knownChild },
    now: () => at,
  });
}

const recordsConfig = (
  records: Config['integrations'] extends infer I ? (I extends { records?: infer R } ? R : never) : never,
) => usConfig({ region: 'US-CA', language: 'en-US', integrations: { records } });

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('consent records', () => {
  let beacon: ReturnType<typeof vi.fn>;
  let fetchMock: ReturnType<typeof vi.fn>;
  /** Every body sent so far: beacons first, then fetches. */
  const bodies = () => [
    ...beacon.mock.calls.map((call) => JSON.parse(call[1] as string)),
    ...fetchMock.mock.calls.map((call) => JSON.parse((call[1] as RequestInit).body as string)),
  ];

  beforeEach(() => {
    beacon = vi.fn(() => true);
    fetchMock = vi.fn(async () => new Response('{"ok":true}', { status: 201 }));
    Object.defineProperty(navigator, 'sendBeacon', { value: beacon, configurable: true, writable: true });
    vi.stubGlobal('fetch', fetchMock);
    history.replaceState(null, '', '/shop/checkout?email=a@b.example#top');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    delete (navigator as unknown as { sendBeacon?: unknown }).sendBeacon;
  });

  it('sends one record per stored choice by beacon, after the cookie write and never inside the click', async () => {
    const storage = memoryStorage();
    const instance = pageView(recordsConfig({ endpoint: '/v1/records' }), storage);
    await tick();
    expect(beacon).not.toHaveBeenCalled(); // nothing stored yet
    instance.declineAll();
    expect(storage.value).toBeTruthy();
    expect(beacon).not.toHaveBeenCalled(); // the click does not wait for it
    await tick();
    expect(beacon).toHaveBeenCalledTimes(1);
    const [url, body] = beacon.mock.calls[0]!;
    expect(url).toBe('/v1/records');
    const state = instance.getState();
    expect(JSON.parse(body as string)).toEqual({
      id: state.id,
      decidedAt: NOW,
      revision: '1',
      mode: 'opt-out',
      source: 'api',
      categories: { necessary: true, analytics: false, advertising: false },
      saleOptOut: true,
      shareOptOut: true,
      gpc: false,
      knownChild: false,
      fingerprint: configFingerprint(recordsConfig({ endpoint: '/v1/records' })),
      region: 'US-CA',
      language: 'en-us',
      page: location.origin + '/shop/checkout',
    });
    expect(fetchMock).not.toHaveBeenCalled();
    // A beacon cannot tell whether it arrived: not marked yet.
    expect(decodeChoice(storage.value)!.recorded).toBe(false);
    instance.destroy();
  });

  it('confirms on the next page view with fetch, which marks the cookie recorded; then sends nothing', async () => {
    const storage = memoryStorage();
    const config = recordsConfig({ endpoint: 'https://collector.example/v1/records' });
    const first = pageView(config, storage);
    first.declineAll();
    await tick();
    first.destroy();
    const sentBody = beacon.mock.calls[0]![1];
    const second = pageView(config, storage);
    await tick();
    await tick();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]! as [string, RequestInit];
    expect(url).toBe('https://collector.example/v1/records');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, body: sentBody });
    expect(decodeChoice(storage.value)!.recorded).toBe(true);
    second.destroy();
    const third = pageView(config, storage);
    await tick();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(beacon).toHaveBeenCalledTimes(1);
    // A new choice is a new record, not yet recorded.
    third.acceptAll({ confirmOptIn: true });
    expect(decodeChoice(storage.value)!.recorded).toBe(false);
    await tick();
    expect(beacon).toHaveBeenCalledTimes(2);
    third.destroy();
  });

  it('two decisions in one second are two records: the Decline is a second later than the Accept, never taken for it', async () => {
    const storage = memoryStorage();
    const config = recordsConfig({ endpoint: '/v1/records' });
    const first = pageView(config, storage);
    first.acceptAll();
    await tick();
    first.declineAll(); // a correction, within the same second
    await tick();
    const { id } = first.getState();
    expect(bodies().map((b) => [b.id, b.decidedAt, b.saleOptOut])).toEqual([
      [id, NOW, false],
      [id, NOW + 1000, true],
    ]);
    expect(first.getState().decidedAt).toBe(new Date(NOW + 1000).toISOString());
    first.destroy();
    // The next page view confirms the choice in force, the Decline, and marks only that one.
    const second = pageView(config, storage);
    await tick();
    await tick();
    expect(JSON.parse((fetchMock.mock.calls[0]![1] as RequestInit).body as string)).toMatchObject({
      decidedAt: NOW + 1000,
      saleOptOut: true,
    });
    expect(decodeChoice(storage.value)).toMatchObject({ decidedAt: NOW + 1000, recorded: true, saleOptOut: true });
    second.destroy();
  });

  it('retries a failed send on the next page view', async () => {
    const storage = memoryStorage();
    const config = recordsConfig({ endpoint: '/v1/records' });
    beacon.mockReturnValue(false); // the browser refused the beacon: fetch at once
    fetchMock.mockResolvedValueOnce(new Response('{}', { status: 503 }));
    const first = pageView(config, storage);
    first.optOutOfSaleAndSharing();
    await tick();
    await tick();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(decodeChoice(storage.value)!.recorded).toBe(false);
    first.destroy();
    fetchMock.mockRejectedValueOnce(new TypeError('offline'));
    const second = pageView(config, storage);
    await tick();
    await tick();
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(decodeChoice(storage.value)!.recorded).toBe(false);
    second.destroy();
    const third = pageView(config, storage);
    await tick();
    await tick();
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(decodeChoice(storage.value)!.recorded).toBe(true);
    third.destroy();
  });

  it('records a GPC opt-out stored at start (source gpc)', async () => {
    const storage = memoryStorage();
    const instance = pageView(recordsConfig({ endpoint: '/v1/records' }), storage, { gpc: true });
    await tick();
    const bodies = [...beacon.mock.calls, ...fetchMock.mock.calls].map((call) =>
      JSON.parse((call[1] as { body?: string }).body ?? (call[1] as string)),
    );
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ source: 'gpc', gpc: true, saleOptOut: true, id: instance.getState().id });
    instance.destroy();
  });

  it('says when sale and sharing are off by the known-child rule (source default), at once, and keeps saying it after a Decline', async () => {
    const storage = memoryStorage();
    const config = recordsConfig({ endpoint: '/v1/records' });
    // Marked at start: the choice is stored and its record leaves at once; the next page view
    // confirms it with a fetch (a beacon cannot tell whether the collector stored it).
    const first = pageView(config, storage, { knownChild: true });
    const marked = {
      id: first.getState().id,
      decidedAt: NOW,
      source: 'default',
      knownChild: true,
      saleOptOut: true,
      shareOptOut: true,
    };
    await tick();
    expect(beacon).toHaveBeenCalledTimes(1);
    expect(JSON.parse(beacon.mock.calls[0]![1] as string)).toMatchObject(marked);
    first.destroy();
    const second = pageView(config, storage, { knownChild: true });
    await tick();
    await tick();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [, init] = fetchMock.mock.calls[0]! as [string, RequestInit];
    expect(JSON.parse(init.body as string)).toMatchObject(marked);
    second.destroy();
    // The child's own Decline, later, is a request; the record still says who made it.
    const third = pageView(config, storage, { knownChild: true, at: NOW + 60_000 });
    third.declineAll();
    await tick();
    expect(beacon).toHaveBeenCalledTimes(2);
    expect(JSON.parse(beacon.mock.calls[1]![1] as string)).toMatchObject({
      decidedAt: NOW + 60_000,
      source: 'api',
      knownChild: true,
    });
    third.destroy();
  });

  it('a known-child mark on a recorded choice is a record of its own (same id, later time, source default); lifting it sends none', async () => {
    const storage = memoryStorage();
    const config = recordsConfig({ endpoint: '/v1/records' });
    // Accepted and recorded (the next page view's fetch confirms it).
    const first = pageView(config, storage);
    first.acceptAll();
    await tick();
    first.destroy();
    const second = pageView(config, storage);
    await tick();
    await tick();
    expect(decodeChoice(storage.value)!.recorded).toBe(true);
    const { id } = second.getState();
    expect(bodies()).toHaveLength(2); // the beacon and its confirmation: one record
    // The site learns the visitor is 15, in the same second as the Accept.
    second.setKnownChild(true);
    expect(decodeChoice(storage.value)).toMatchObject({ id, decidedAt: NOW + 1000, recorded: false, knownChild: true });
    await tick();
    const marked = {
      id,
      decidedAt: NOW + 1000,
      source: 'default',
      knownChild: true,
      saleOptOut: true,
      shareOptOut: true,
      categories: { necessary: true, analytics: false, advertising: false }, // both are sold
    };
    expect(bodies()).toHaveLength(3);
    expect(bodies()[1]).toMatchObject(marked);
    // Lifting the mark lifts no opt-out: nothing in force changes, so no new record.
    second.setKnownChild(false);
    expect(second.getState()).toMatchObject({ knownChild: false, saleOptOut: true, shareOptOut: true });
    await tick();
    expect(bodies()).toHaveLength(3);
    second.destroy();
    // The next page view confirms the mark's record (same id and time), which the beacon could not.
    const third = pageView(config, storage, { at: NOW + 60_000 });
    await tick();
    await tick();
    expect(bodies()).toHaveLength(4);
    // Had the beacon been lost, this would be the only record of the mark: it still names the
    // known-child rule (lifted since), or the collector would count a request nobody made.
    expect(bodies()[3]).toMatchObject({
      id,
      decidedAt: NOW + 1000,
      source: 'default',
      knownChild: true,
      saleOptOut: true,
    });
    expect(decodeChoice(storage.value)).toMatchObject({ decidedAt: NOW + 1000, recorded: true });
    third.destroy();
  });

  it('a returning visitor marked at start: the recorded Accept gets a record of the mark, from that page view', async () => {
    const storage = memoryStorage();
    const config = recordsConfig({ endpoint: '/v1/records' });
    const first = pageView(config, storage);
    first.acceptAll();
    const { id } = first.getState();
    first.destroy();
    const second = pageView(config, storage); // confirms the Accept
    await tick();
    await tick();
    second.destroy();
    expect(decodeChoice(storage.value)!.recorded).toBe(true);
    const third = pageView(config, storage, { knownChild: true, at: NOW + 3_600_000 });
    expect(third.getState()).toMatchObject({ id, source: 'default', knownChild: true, saleOptOut: true });
    await tick();
    expect(bodies()).toHaveLength(3); // Accept's beacon and confirmation, then the mark's record
    expect(bodies()[2]).toMatchObject({
      id,
      decidedAt: NOW + 3_600_000,
      source: 'default',
      knownChild: true,
      saleOptOut: true,
      shareOptOut: true,
    });
    third.destroy();
  });

  it('asks the collector to re-set the cookie when cookieRefresh is on', async () => {
    const storage = memoryStorage();
    const config = usConfig({
      cookie: { name: 'pc', days: 180, domain: 'shop.example' },
      integrations: { records: { endpoint: '/v1/records', cookieRefresh: true } },
    });
    const instance = pageView(config, storage);
    instance.declineAll();
    await tick();
    expect(beacon.mock.calls[0]![0]).toBe('/v1/records?cookie=pc&days=180&domain=shop.example');
    instance.destroy();
  });

  it('does nothing without integrations.records', async () => {
    const storage = memoryStorage();
    const instance = pageView(usConfig(), storage);
    instance.declineAll();
    await tick();
    expect(beacon).not.toHaveBeenCalled();
    expect(fetchMock).not.toHaveBeenCalled();
    instance.destroy();
  });
});
