// IAB GPP CMP API v1.1 from the IAB build in a real browser (docs/semantics.md): the
// strings are byte-equal to the reference encoder (vectors A–I below) and decode with
// @iabgpp/cmpapi to the fields the visitor's choice implies; ping answers synchronously;
// addEventListener reports a change in the spec's order; a stub's queued calls and listeners
// are taken over; child frames (same- and cross-origin) reach the API through `__gppLocator`.
import { describe, expect, it } from 'vitest';
import type { VisitorOptions } from '../support/browser';
import { getState, settle, uiButton, waitForReady } from '../support/flow';
import { NECESSARY, OWN_ANALYTICS, SHARED_ADVERTISING } from '../../support/categories';
import {
  CALLER_FRAME,
  childFrame,
  otherOrigin,
  decode,
  frameReplies,
  gppCall,
  gppString,
  iabPage,
  referenceString,
  sellerUsca,
  sellerUsnat,
  waitForIAB,
} from '../support/integrations';
import { BASE_CONFIG } from '../support/pages';
import type { Config } from '../../../packages/sdk/src/core/types';
import { browserSuite } from '../support/suite';

const suite = browserSuite({ routes: { '/vendor/caller.html': CALLER_FRAME } });
const crossOrigin = () => otherOrigin(suite.server);

const USNAT: Config = { ...BASE_CONFIG, integrations: { gpp: true } };
const BOTH: Config = { ...BASE_CONFIG, integrations: { gpp: { sections: ['usnat', 'usca'] } } };
/** interop.io-like: advertising is shared but never sold; analytics is neither. */
const SHARER: Config = {
  ...BASE_CONFIG,
  categories: [NECESSARY, OWN_ANALYTICS, { ...SHARED_ADVERTISING, sale: false }],
  integrations: { gpp: true },
};

// Reference vectors (made with @iabgpp/cmpapi 3.2.0).
const A = 'DBABLA~CVQVAAAAAACA.YA';
const B = 'DBABLA~CVQqAAAAAACA.QA';
const D = 'DBABLA~CRQFAAAAAACA.YA';
const E = 'DBABLA~CRQKAAAAAACA.QA';
const G = 'DBABrw~CVQVAAAAAACA.YA~BUUAAACA.YA';
/** A with Gpc false: a seller's visitor who declined without sending GPC. */
const A_NO_GPC = 'DBABLA~CVQVAAAAAACA.QA';

/** usnat's opt-out fields of a seller's visitor who sent GPC. */
const OPTED_OUT_BY_GPC = { SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: true };

const OPT_OUT_FIELDS = ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut', 'Gpc'];

async function visit(
  path: string,
  config: Config,
  options: VisitorOptions = {},
  extra: { before?: string; head?: string; body?: string } = {},
) {
  suite.server.route(path, iabPage({ config, ...extra }));
  const visit = await suite.visit(path, options);
  await waitForReady(visit.page);
  await waitForIAB(visit.page);
  return visit;
}

/** The GPP string of a page view on which the visitor has not clicked anything (and no page error). */
async function unclickedGppString(path: string, config: Config, options: VisitorOptions = {}) {
  const { page, errors } = await visit(path, config, options);
  const gpp = await gppString(page);
  expect(errors).toEqual([]);
  return gpp;
}

interface Ping {
  gppVersion: string;
  cmpStatus: string;
  cmpDisplayStatus: string;
  signalStatus: string;
  supportedAPIs: string[];
  cmpId: number;
  sectionList: number[];
  applicableSections: number[];
  gppString: string;
  parsedSections: Record<string, unknown>;
}

describe('the reference vectors agree with the reference encoder (sanity of the fixtures)', () => {
  it('A, B, G, and the Decline-without-GPC string re-encode from their fields', () => {
    expect(referenceString({ usnat: sellerUsnat(true, true) })).toBe(A);
    expect(referenceString({ usnat: sellerUsnat(false, false) })).toBe(B);
    expect(referenceString({ usnat: sellerUsnat(true, false) })).toBe(A_NO_GPC);
    expect(referenceString({ usnat: sellerUsnat(true, true), usca: sellerUsca(true, true) })).toBe(G);
  });
});

describe('__gpp ping', () => {
  it('answers synchronously: v1.1, loaded, ready, cmpId 1, supportedAPIs ["7:usnat"], the string (vector B)', async () => {
    const { page, errors } = await visit('/gpp/ping', USNAT);
    const answer = await gppCall<Ping>(page, 'ping');
    expect(answer).toMatchObject({ sync: true, calls: 1, success: true });
    expect(answer.data).toMatchObject({
      gppVersion: '1.1',
      cmpStatus: 'loaded',
      signalStatus: 'ready',
      cmpId: 1,
      supportedAPIs: ['7:usnat'],
      sectionList: [7],
      applicableSections: [7],
      gppString: B,
    });
    // The banner is on screen (first visit).
    await expect.poll(async () => (await gppCall<Ping>(page, 'ping')).data.cmpDisplayStatus).toBe('visible');
    expect(await page.evaluate(() => typeof (window as unknown as { __gpp: unknown }).__gpp)).toBe('function');
    expect(errors).toEqual([]);
  });

  it('with usnat + usca: supportedAPIs ["7:usnat","8:usca"], both sections in the string', async () => {
    const { page, errors } = await visit('/gpp/ping-both', BOTH);
    const answer = await gppCall<Ping>(page, 'ping');
    expect(answer.sync).toBe(true);
    expect(answer.data).toMatchObject({
      gppVersion: '1.1',
      cmpStatus: 'loaded',
      signalStatus: 'ready',
      cmpId: 1,
      supportedAPIs: ['7:usnat', '8:usca'],
      sectionList: [7, 8],
    });
    // Not opted out, no GPC: what the reference encoder makes of it.
    const expected = referenceString({ usnat: sellerUsnat(false, false), usca: sellerUsca(false, false) });
    expect(expected.startsWith('DBABrw~' + B.split('~')[1] + '~')).toBe(true);
    expect(answer.data.gppString).toBe(expected);
    const decoded = decode(answer.data.gppString, 'usca', ['SaleOptOut', 'SharingOptOut', 'Gpc']);
    expect(decoded).toEqual({ ids: [7, 8], values: { SaleOptOut: 2, SharingOptOut: 2, Gpc: false } });
    expect(errors).toEqual([]);
  });
});

describe("__gpp answers are the caller's own", () => {
  it('a caller that edits the ping it got changes neither later pings nor the GPP string', async () => {
    const { page, errors } = await visit('/gpp/ping-edited', BOTH);
    await page.evaluate(() =>
      (window as unknown as { __gpp: (command: string, callback: (data: Ping) => void) => void }).__gpp(
        'ping',
        (data) => {
          data.sectionList.reverse();
          data.applicableSections.push(2);
          data.supportedAPIs.length = 0;
        },
      ),
    );
    await uiButton(page, 'Decline').click();
    await expect.poll(async () => (await getState(page)).decided).toBe(true);
    const { data } = await gppCall<Ping>(page, 'ping');
    expect(data).toMatchObject({
      supportedAPIs: ['7:usnat', '8:usca'],
      sectionList: [7, 8],
      applicableSections: [7, 8],
    });
    expect(data.gppString).toBe(referenceString({ usnat: sellerUsnat(true, false), usca: sellerUsca(true, false) }));
    expect(decode(data.gppString, 'usca', ['SaleOptOut'])).toEqual({ ids: [7, 8], values: { SaleOptOut: 1 } });
    expect(errors).toEqual([]);
  });
});

describe('GPP strings (byte-equal to the reference encoder, decoded with @iabgpp/cmpapi)', () => {
  it('seller, no GPC: vector B before any choice; Decline → opted out with Gpc false', async () => {
    const { page, errors } = await visit('/gpp/decline', USNAT);
    expect(await gppString(page)).toBe(B);
    expect(decode(B, 'usnat', OPT_OUT_FIELDS).values).toEqual({
      SaleOptOut: 2,
      SharingOptOut: 2,
      TargetedAdvertisingOptOut: 2,
      Gpc: false,
    });

    await uiButton(page, 'Decline').click();
    await expect.poll(() => gppString(page)).toBe(A_NO_GPC);
    expect(decode(A_NO_GPC, 'usnat', OPT_OUT_FIELDS)).toEqual({
      ids: [7],
      values: { SaleOptOut: 1, SharingOptOut: 1, TargetedAdvertisingOptOut: 1, Gpc: false },
    });
    // A returning page view builds the same string synchronously from the stored choice.
    await page.reload();
    await waitForReady(page);
    expect(await gppString(page)).toBe(A_NO_GPC);
    expect(errors).toEqual([]);
  });

  it('seller, "Do Not Sell or Share" → the same opted-out string as Decline', async () => {
    const { page, errors } = await visit('/gpp/dnss', USNAT);
    await uiButton(page, 'Do Not Sell or Share My Personal Information').click();
    await expect.poll(() => gppString(page)).toBe(A_NO_GPC);
    expect(errors).toEqual([]);
  });

  it('seller, GPC visitor: exactly vector A, no click', async () => {
    const gpp = await unclickedGppString('/gpp/gpc', USNAT, { gpc: true });
    expect(gpp).toBe(A);
    expect(decode(gpp, 'usnat', OPT_OUT_FIELDS).values).toEqual(OPTED_OUT_BY_GPC);
  });

  it('seller with usnat + usca, GPC visitor: exactly vector G', async () => {
    const gpp = await unclickedGppString('/gpp/gpc-both', BOTH, { gpc: true });
    expect(gpp).toBe(G);
    expect(decode(gpp, 'usca', ['SaleOptOut', 'SharingOptOut', 'Gpc'])).toEqual({
      ids: [7, 8],
      values: { SaleOptOut: 1, SharingOptOut: 1, Gpc: true },
    });
    expect(decode(gpp, 'usnat', OPT_OUT_FIELDS).values).toEqual(OPTED_OUT_BY_GPC);
  });

  it('sharer that never sells (interop.io-like), GPC visitor: exactly vector D', async () => {
    const gpp = await unclickedGppString('/gpp/sharer-gpc', SHARER, { gpc: true });
    expect(gpp).toBe(D);
    expect(decode(gpp, 'usnat', ['SaleOptOutNotice', ...OPT_OUT_FIELDS]).values).toEqual({
      SaleOptOutNotice: 0,
      SaleOptOut: 0,
      SharingOptOut: 1,
      TargetedAdvertisingOptOut: 1,
      Gpc: true,
    });
  });

  it('sharer that never sells, no GPC, no choice: exactly vector E', async () => {
    const gpp = await unclickedGppString('/gpp/sharer', SHARER);
    expect(gpp).toBe(E);
    expect(decode(gpp, 'usnat', OPT_OUT_FIELDS).values).toEqual({
      SaleOptOut: 0,
      SharingOptOut: 2,
      TargetedAdvertisingOptOut: 2,
      Gpc: false,
    });
  });
});

describe('__gpp commands and events', () => {
  it('addEventListener: listenerRegistered, then on Decline "not ready" → sectionChange usnat → "ready"; removeEventListener stops them', async () => {
    const { page, errors } = await visit('/gpp/events', USNAT);
    await expect.poll(async () => (await gppCall<Ping>(page, 'ping')).data.cmpDisplayStatus).toBe('visible');
    const registered = await page.evaluate(() => {
      const w = window as unknown as { __gpp: (...a: unknown[]) => void; __gppEvents: unknown[] };
      w.__gppEvents = [];
      let sync = false;
      let returned = false;
      w.__gpp(
        'addEventListener',
        (
          event: {
            eventName: string;
            data: unknown;
            listenerId: number;
            pingData: { signalStatus: string; gppString: string };
          },
          success: boolean,
        ) => {
          if (!returned) sync = true;
          w.__gppEvents.push({
            eventName: event.eventName,
            data: event.data,
            listenerId: event.listenerId,
            success,
            signalStatus: event.pingData.signalStatus,
            gppString: event.pingData.gppString,
          });
        },
      );
      returned = true;
      return sync;
    });
    expect(registered).toBe(true);
    const events = () =>
      page.evaluate(
        () =>
          (window as unknown as { __gppEvents: { eventName: string; data: unknown; listenerId: number }[] })
            .__gppEvents,
      );
    const [first] = await events();
    expect(first).toMatchObject({
      eventName: 'listenerRegistered',
      data: true,
      success: true,
      signalStatus: 'ready',
      gppString: B,
    });
    expect(typeof first.listenerId).toBe('number');

    await uiButton(page, 'Decline').click();
    await expect.poll(async () => (await events()).map((e) => e.eventName)).toContain('sectionChange');
    await settle(page);
    const all = await events();
    // Every event goes to this listener.
    for (const e of all) expect(e.listenerId).toBe(first.listenerId);
    const after = all.slice(1);
    // Without cmpDisplayStatus: exactly the change bracket.
    expect(after.filter((e) => e.eventName !== 'cmpDisplayStatus').map((e) => [e.eventName, e.data])).toEqual([
      ['signalStatus', 'not ready'],
      ['sectionChange', 'usnat'],
      ['signalStatus', 'ready'],
    ]);
    // The banner closed, so a cmpDisplayStatus "hidden" belongs to the chain, in the spec's order
    // (GPP CMP API "Event Order Example 1"): signalStatus is "first (if applicable) and last in a
    // chain of events", so: not ready → cmpDisplayStatus hidden → sectionChange → ready.
    expect((await gppCall<Ping>(page, 'ping')).data.cmpDisplayStatus).toBe('hidden');
    expect(after.map((e) => `${e.eventName}:${e.data}`)).toEqual([
      'signalStatus:not ready',
      'cmpDisplayStatus:hidden',
      'sectionChange:usnat',
      'signalStatus:ready',
    ]);
    // The final event carries the new string, ready.
    expect(all[all.length - 1]).toMatchObject({
      eventName: 'signalStatus',
      data: 'ready',
      signalStatus: 'ready',
      gppString: A_NO_GPC,
    });

    const removed = await gppCall<{ eventName: string; data: boolean }>(page, 'removeEventListener', first.listenerId);
    expect(removed).toMatchObject({ sync: true, success: true, data: { eventName: 'listenerRemoved', data: true } });
    const count = (await events()).length;
    await page.evaluate(() => (window as unknown as { PrivacyChoices: { reset(): void } }).PrivacyChoices.reset());
    await expect.poll(() => gppString(page)).toBe(B);
    await settle(page);
    expect((await events()).length).toBe(count);
    expect(errors).toEqual([]);
  });

  it('getField usnat.SaleOptOut 2 → 1 after Decline; hasSection usnat true, tcfeuv2 false; getSection per spec', async () => {
    const { page, errors } = await visit('/gpp/fields', USNAT);
    expect(await gppCall(page, 'getField', 'usnat.SaleOptOut')).toMatchObject({ sync: true, success: true, data: 2 });
    expect(await gppCall(page, 'getField', 'usnat.Gpc')).toMatchObject({ success: true, data: false });
    expect(await gppCall(page, 'hasSection', 'usnat')).toMatchObject({ sync: true, success: true, data: true });
    expect(await gppCall(page, 'hasSection', 'tcfeuv2')).toMatchObject({ sync: true, data: false });
    expect(await gppCall(page, 'hasSection', 'usca')).toMatchObject({ data: false });
    expect((await gppCall(page, 'getField', 'tcfeuv2.PurposeConsents')).data).toBeNull();
    // getSection: an array of sub-sections (spec), the core then the GPC sub-section.
    const section = (await gppCall<Record<string, unknown>[]>(page, 'getSection', 'usnat')).data;
    expect(Array.isArray(section)).toBe(true);
    expect(section[0]).toMatchObject({ Version: 2, SaleOptOut: 2, SharingOptOut: 2, MspaCoveredTransaction: 2 });
    expect(section[1]).toEqual({ SubsectionType: 1, Gpc: false });

    await uiButton(page, 'Decline').click();
    await expect.poll(async () => (await gppCall(page, 'getField', 'usnat.SaleOptOut')).data).toBe(1);
    expect((await gppCall(page, 'getField', 'usnat.SharingOptOut')).data).toBe(1);
    expect((await gppCall(page, 'getField', 'usnat.TargetedAdvertisingOptOut')).data).toBe(1);
    expect((await getState(page)).saleOptOut).toBe(true);
    expect(errors).toEqual([]);
  });

  it('an unknown command fails through the callback, synchronously', async () => {
    const { page, errors } = await visit('/gpp/unknown', USNAT);
    expect(await gppCall(page, 'getGPPData')).toMatchObject({ sync: true, calls: 1, success: false });
    expect(errors).toEqual([]);
  });
});

describe('taking over from a __gpp stub', () => {
  // An IAB-style stub: queues every call (as the Arguments object) on __gpp.queue, registers
  // listeners on __gpp.events and answers them "listenerRegistered" with stub ping data.
  const STUB = `<script>
  (function () {
    var stub = function () {
      var args = arguments;
      if (!args.length) return stub.queue;
      if (args[0] === 'addEventListener' && typeof args[1] === 'function') {
        var id = ++stub.lastId;
        stub.events.push({ id: id, callback: args[1], parameter: args[2] });
        args[1]({ eventName: 'listenerRegistered', listenerId: id, data: true, pingData: {
          gppVersion: '1.1', cmpStatus: 'stub', cmpDisplayStatus: 'hidden', signalStatus: 'not ready', supportedAPIs: [],
          cmpId: 0, sectionList: [], applicableSections: [-1], gppString: '', parsedSections: {} } }, true);
        return;
      }
      stub.queue.push(args);
    };
    stub.queue = []; stub.events = []; stub.lastId = 0;
    window.__gpp = window.__stub = stub;
  })();
  window.__log = [];
  __gpp('addEventListener', function (e, ok) {
    __log.push({ eventName: e.eventName, data: e.data, listenerId: e.listenerId, cmpStatus: e.pingData.cmpStatus });
  });
  __gpp('ping', function (d, ok) { __log.push({ queued: 'ping', ok: ok, data: JSON.parse(JSON.stringify(d)) }); });
  __gpp('getField', function (d, ok) { __log.push({ queued: 'getField', ok: ok, data: d }); }, 'usnat.SaleOptOut');
  window.__queuedBefore = __gpp.queue.length;
  </script>`;
  const AFTER = `<script>window.__answeredAtLoad = __log.filter(function (e) { return e.queued; }).length;</script>`;

  it('answers the queued ping and getField (in order, once its chunk is in), and the stub’s listener hears the CMP', async () => {
    const { page, errors } = await visit('/gpp/stub', USNAT, {}, { before: STUB, head: AFTER });
    const result = await page.evaluate(() => {
      const w = window as unknown as {
        __gpp: unknown;
        __stub: unknown;
        __queuedBefore: number;
        __answeredAtLoad: number;
        __log: Record<string, unknown>[];
      };
      return {
        replaced: typeof w.__gpp === 'function' && w.__gpp !== w.__stub,
        queuedBefore: w.__queuedBefore,
        answeredAtLoad: w.__answeredAtLoad,
        log: w.__log,
      };
    });
    expect(result.replaced).toBe(true);
    expect(result.queuedBefore).toBe(2);
    expect(result.answeredAtLoad).toBe(0); // the GPP code is a chunk: the page's stub keeps queueing until it arrives
    const queued = result.log.filter((e) => e.queued);
    expect(queued.map((e) => e.queued)).toEqual(['ping', 'getField']);
    expect(queued[0]).toMatchObject({
      ok: true,
      data: { gppVersion: '1.1', cmpStatus: 'loaded', signalStatus: 'ready', gppString: B, supportedAPIs: ['7:usnat'] },
    });
    expect(queued[1]).toMatchObject({ ok: true, data: 2 });
    // The stub's listener (id 1): registered by the stub, then the CMP's cmpStatus "loaded" and "ready".
    const heard = result.log.filter((e) => e.eventName);
    expect(heard[0]).toMatchObject({ eventName: 'listenerRegistered', listenerId: 1, cmpStatus: 'stub' });
    expect(heard).toContainEqual(expect.objectContaining({ eventName: 'cmpStatus', data: 'loaded', listenerId: 1 }));
    expect(heard).toContainEqual(expect.objectContaining({ eventName: 'signalStatus', data: 'ready', listenerId: 1 }));

    // It keeps hearing changes; a new listener gets a fresh id.
    const next = await gppCall<{ listenerId: number }>(page, 'addEventListener');
    expect(next.data.listenerId).toBeGreaterThan(1);
    await uiButton(page, 'Decline').click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __log: { eventName?: string; data?: unknown }[] }).__log.some(
            (e) => e.eventName === 'sectionChange' && e.data === 'usnat',
          ),
        ),
      )
      .toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('child frames through __gppLocator', () => {
  const framed = (src: string) => `<iframe id="vendor" src="${src}" title="vendor"></iframe>`;

  async function pingFromFrame(path: string, frameOrigin: string) {
    const { page, errors } = await visit(path, USNAT, {}, { body: framed(frameOrigin + '/vendor/caller.html') });
    expect(await page.evaluate(() => document.getElementsByName('__gppLocator').length)).toBe(1);
    const frame = await childFrame(page, '/vendor/caller.html');
    expect(
      await frame.evaluate(
        () => (window as unknown as { __locate(n: string): unknown }).__locate('__gppLocator') === window.parent,
      ),
    ).toBe(true);
    // Object form.
    expect(
      await frame.evaluate(() =>
        (window as unknown as { __call(a: string, c: unknown, s?: boolean): boolean }).__call('__gpp', {
          command: 'ping',
          version: '1.1',
          callId: 1,
        }),
      ),
    ).toBe(true);
    await expect.poll(async () => (await frameReplies(frame)).length).toBe(1);
    const [reply] = await frameReplies(frame);
    expect(reply.type).toBe('object');
    expect(reply.data).toMatchObject({
      __gppReturn: { success: true, callId: 1, returnValue: { gppVersion: '1.1', cmpStatus: 'loaded', gppString: B } },
    });
    // JSON-string form: answered as a JSON string.
    await frame.evaluate(() =>
      (window as unknown as { __call(a: string, c: unknown, s?: boolean): boolean }).__call(
        '__gpp',
        { command: 'getField', parameter: 'usnat.SaleOptOut', version: '1.1', callId: 'two' },
        true,
      ),
    );
    await expect.poll(async () => (await frameReplies(frame)).length).toBe(2);
    const second = (await frameReplies(frame))[1];
    expect(second.type).toBe('string');
    expect(JSON.parse(second.data as string)).toEqual({
      __gppReturn: { returnValue: 2, success: true, callId: 'two' },
    });
    // Only one answer per call.
    await settle(page);
    expect(await frameReplies(frame)).toHaveLength(2);
    return { page, frame, errors };
  }

  it('a same-origin frame: ping (object) and getField (JSON string) are answered with their callId', async () => {
    const { errors } = await pingFromFrame('/gpp/frame-same', suite.server.origin);
    expect(errors).toEqual([]);
  });

  it('a cross-origin frame (localhost vs 127.0.0.1) gets the same answers', async () => {
    const { page, frame, errors } = await pingFromFrame('/gpp/frame-cross', crossOrigin());
    expect(new URL(frame.url()).origin).toBe(crossOrigin());
    expect(new URL(page.url()).origin).not.toBe(crossOrigin());
    expect(errors).toEqual([]);
  });

  it('a framed addEventListener keeps receiving events (one postMessage per callback call)', async () => {
    const { page, errors } = await visit(
      '/gpp/frame-events',
      USNAT,
      {},
      { body: framed(crossOrigin() + '/vendor/caller.html') },
    );
    const frame = await childFrame(page, '/vendor/caller.html');
    await frame.evaluate(() =>
      (window as unknown as { __call(a: string, c: unknown): boolean }).__call('__gpp', {
        command: 'addEventListener',
        version: '1.1',
        callId: 7,
      }),
    );
    await expect.poll(async () => (await frameReplies(frame)).length).toBeGreaterThan(0);
    expect((await frameReplies(frame))[0].data).toMatchObject({
      __gppReturn: { success: true, callId: 7, returnValue: { eventName: 'listenerRegistered' } },
    });
    await uiButton(page, 'Decline').click();
    await expect
      .poll(async () =>
        (await frameReplies(frame)).map(
          (r) => (r.data as { __gppReturn: { returnValue: { eventName: string } } }).__gppReturn.returnValue.eventName,
        ),
      )
      .toContain('sectionChange');
    for (const r of await frameReplies(frame))
      expect((r.data as { __gppReturn: { callId: unknown } }).__gppReturn.callId).toBe(7);
    expect(errors).toEqual([]);
  });
});
