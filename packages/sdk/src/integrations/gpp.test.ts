// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"enableIframePageLoading": true}}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gpp } from './gpp';
import { createTestContext, usConfig } from '../../test-support/integration-context';
import type { Config } from '../core/types';

type Answer = [data: any, success: boolean];
const w = window as any;
let teardowns: (() => void)[] = [];

function start(config: Config = usConfig({ integrations: { gpp: true } }), options = {}) {
  const t = createTestContext(config, options);
  const stop = gpp(t.ctx);
  if (stop) teardowns.push(stop);
  return { ...t, stop };
}

/** Calls __gpp and returns every (data, success) its callback got, synchronously. */
function call(command: string, parameter?: unknown): Answer[] {
  const answers: Answer[] = [];
  w.__gpp(command, (data: unknown, success: boolean) => answers.push([data, success]), parameter);
  return answers;
}

afterEach(() => {
  teardowns.forEach((stop) => stop());
  teardowns = [];
  delete w.__gpp;
  delete w.__gpp_msghandler;
  document.body.innerHTML = '';
});

describe('__gpp commands', () => {
  it('is off unless configured', () => {
    expect(gpp(createTestContext(usConfig()).ctx)).toBeUndefined();
    expect(w.__gpp).toBeUndefined();
  });

  it('ping answers synchronously with the PingReturn', () => {
    start();
    const [[data, success]] = call('ping');
    expect(success).toBe(true);
    expect(data).toEqual({
      gppVersion: '1.1',
      cmpStatus: 'loaded',
      cmpDisplayStatus: 'hidden',
      signalStatus: 'ready',
      supportedAPIs: ['7:usnat'],
      cmpId: 1,
      cmpVersion: 1,
      sectionList: [7],
      applicableSections: [7],
      gppString: 'DBABLA~CVQqAAAAAACA.QA',
      parsedSections: { usnat: expect.any(Array) },
    });
  });

  it('ping with usnat and usca, GPC, banner shown', () => {
    start(usConfig({ integrations: { gpp: { sections: ['usnat', 'usca'] } } }), { gpc: true, displayed: true });
    const [[data]] = call('ping');
    expect(data.supportedAPIs).toEqual(['7:usnat', '8:usca']);
    expect(data.sectionList).toEqual([7, 8]);
    expect(data.applicableSections).toEqual([7, 8]);
    expect(data.cmpDisplayStatus).toBe('visible');
    expect(data.gppString).toBe('DBABrw~CVQVAAAAAACA.YA~BUUAAACA.YA');
  });

  it('a caller that edits the ping it got changes neither later pings nor the GPP string', () => {
    const t = start(usConfig({ integrations: { gpp: { sections: ['usnat', 'usca'] } } }));
    const [[first]] = call('ping');
    first.sectionList.reverse();
    first.applicableSections.push(2);
    first.supportedAPIs.length = 0;
    t.act({ type: 'opt-out' });
    const [[data]] = call('ping');
    expect(data.sectionList).toEqual([7, 8]);
    expect(data.applicableSections).toEqual([7, 8]);
    expect(data.supportedAPIs).toEqual(['7:usnat', '8:usca']);
    expect(data.gppString.split('~')[0]).toBe('DBABrw'); // the header: sections 7 and 8, in order
  });

  it('hasSection, getSection (spec form: array of sub-sections), getField', () => {
    start(usConfig({ integrations: { gpp: true } }), { gpc: true });
    expect(call('hasSection', 'usnat')).toEqual([[true, true]]);
    expect(call('hasSection', 'usca')).toEqual([[false, true]]);
    const [[section, ok]] = call('getSection', 'usnat');
    expect(ok).toBe(true);
    expect(section).toHaveLength(2);
    expect(section[0]).toMatchObject({ Version: 2, SharingNotice: 1, SaleOptOut: 1, MspaCoveredTransaction: 2 });
    expect(section[0].SensitiveDataProcessing).toHaveLength(16);
    expect(section[1]).toEqual({ SubsectionType: 1, Gpc: true });
    expect(call('getSection', 'usca')).toEqual([[null, true]]);
    expect(call('getField', 'usnat.SaleOptOut')).toEqual([[1, true]]);
    expect(call('getField', 'usnat.Gpc')).toEqual([[true, true]]);
    expect(call('getField', 'usnat.KnownChildSensitiveDataConsents')).toEqual([[[0, 0, 0], true]]);
    expect(call('getField', 'usnat.Nope')).toEqual([[null, true]]);
    expect(call('getField', 'usnat.constructor')).toEqual([[null, true]]);
    expect(call('getField', 'usca.SaleOptOut')).toEqual([[null, true]]);
  });

  it('unknown commands fail; a missing callback is ignored', () => {
    start();
    expect(call('getGPPData')).toEqual([[null, false]]);
    expect(() => w.__gpp('ping')).not.toThrow();
  });
});

describe('events', () => {
  it('addEventListener answers at once, then in spec order on a change; removeEventListener stops it', () => {
    const t = start(usConfig({ integrations: { gpp: true } }), { displayed: true });
    const events: any[] = [];
    w.__gpp('addEventListener', (data: any, success: boolean) => events.push({ ...data, success }));
    expect(events).toEqual([
      {
        eventName: 'listenerRegistered',
        listenerId: 1,
        data: true,
        pingData: expect.objectContaining({ signalStatus: 'ready' }),
        success: true,
      },
    ]);

    // The banner closes with "Decline": the UI hides, then the state changes.
    t.setDisplayed(false);
    t.act({ type: 'decline-all' });
    expect(events.slice(1).map((e) => [e.eventName, e.data, e.listenerId])).toEqual([
      ['cmpDisplayStatus', 'hidden', 1],
      ['signalStatus', 'not ready', 1],
      ['sectionChange', 'usnat', 1],
      ['signalStatus', 'ready', 1],
    ]);
    // pingData of "not ready" still shows the old string; the final one the new string.
    expect(events[2].pingData).toMatchObject({ signalStatus: 'not ready', gppString: 'DBABLA~CVQqAAAAAACA.QA' });
    expect(events[4].pingData).toMatchObject({ signalStatus: 'ready', gppString: 'DBABLA~CVQVAAAAAACA.QA' });

    expect(call('removeEventListener', 1)).toEqual([
      [{ eventName: 'listenerRemoved', listenerId: 1, data: true, pingData: expect.any(Object) }, true],
    ]);
    expect(call('removeEventListener', 1)[0][0].data).toBe(false);
    const before = events.length;
    t.act({ type: 'accept-all' });
    expect(events.length).toBe(before);
  });

  it('display change inside a state change comes between "not ready" and sectionChange', () => {
    const t = start(usConfig({ integrations: { gpp: true } }));
    const names: string[] = [];
    w.__gpp('addEventListener', (e: any) => names.push(e.eventName + ':' + e.data));
    t.ctx.isDisplayed = () => true; // the UI reports it without its own event yet
    t.act({ type: 'opt-out' });
    expect(names.slice(1)).toEqual([
      'signalStatus:not ready',
      'cmpDisplayStatus:visible',
      'sectionChange:usnat',
      'signalStatus:ready',
    ]);
  });

  it('a change that leaves the string as it is fires nothing; display changes alone fire cmpDisplayStatus', () => {
    const t = start();
    const names: string[] = [];
    w.__gpp('addEventListener', (e: any) => names.push(e.eventName + ':' + e.data));
    t.setState({ source: 'api' });
    t.setDisplayed(true);
    t.setDisplayed(true);
    t.setDisplayed(false);
    expect(names.slice(1)).toEqual(['cmpDisplayStatus:visible', 'cmpDisplayStatus:hidden']);
  });

  it('one throwing listener does not stop the others', () => {
    vi.useFakeTimers();
    try {
      const t = start();
      const got: string[] = [];
      w.__gpp('addEventListener', (e: any) => {
        if (e.eventName !== 'listenerRegistered') throw new Error('vendor bug');
      });
      w.__gpp('addEventListener', (e: any) => got.push(e.eventName));
      t.act({ type: 'opt-out' });
      expect(got).toEqual(['listenerRegistered', 'signalStatus', 'sectionChange', 'signalStatus']);
      expect(() => vi.runAllTimers()).toThrow('vendor bug');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('taking over from a stub', () => {
  it('runs calls queued on __gpp.queue in order and hands stub listeners the load events', () => {
    const order: string[] = [];
    const stubListener = vi.fn();
    const stub: any = () => undefined;
    stub.queue = [
      ['getField', (data: unknown) => order.push('getField:' + data), 'usnat.SaleOptOut'],
      ['hasSection', (data: unknown) => order.push('hasSection:' + data), 'usnat'],
      ['addEventListener', (data: any) => order.push(data.eventName + ':' + data.listenerId)],
      ['ping', (data: any) => order.push('ping:' + data.cmpStatus)],
    ];
    stub.events = [{ id: 1, callback: stubListener, parameter: null }];
    stub.lastId = 1;
    w.__gpp = stub;
    start(usConfig({ integrations: { gpp: true } }), { gpc: true });
    expect(order).toEqual(['getField:1', 'hasSection:true', 'listenerRegistered:2', 'ping:loaded']);
    expect(stubListener.mock.calls.map(([e]) => [e.eventName, e.data, e.listenerId])).toEqual([
      ['cmpStatus', 'loaded', 1],
      ['sectionChange', 'usnat', 1],
      ['signalStatus', 'ready', 1],
    ]);
    // The adopted listener stays registered under its id.
    expect(call('removeEventListener', 1)[0][0].data).toBe(true);
  });

  it('takes over the IAB stub: its listeners (ids kept, next id after lastId) and its queue', () => {
    // Behaves like the IAB sample stub: queue/events/lastId live on the function, created on the
    // first call; it answers ping/addEventListener itself and queues what it cannot answer.
    w.__gpp = (...args: any[]) => {
      const self = w.__gpp;
      self.queue = self.queue || [];
      self.events = self.events || [];
      if (!args.length || args[0] === 'queue') return self.queue;
      if (args[0] === 'events') return self.events;
      if (args[0] === 'addEventListener') {
        self.lastId = (self.lastId || 0) + 1;
        const id = self.lastId;
        self.events.push({ id, callback: args[1], parameter: args[2] });
        args[1]({ eventName: 'listenerRegistered', listenerId: id, data: true, pingData: { cmpStatus: 'stub' } }, true);
      } else self.queue.push(args);
    };
    const seen: string[] = [];
    w.__gpp('addEventListener', (e: any) => seen.push(e.eventName + ':' + e.data + ':' + e.listenerId));
    w.__gpp('addEventListener', () => undefined);
    w.__gpp('removeEventListener', () => undefined, 2); // queued by this stub; runs after take-over
    w.__gpp('usnat.custom', (data: unknown, ok: boolean) => seen.push('custom:' + data + ':' + ok));
    w.__gpp_msghandler = () => undefined;
    start(usConfig({ integrations: { gpp: true } }), { displayed: true });
    expect(seen).toEqual([
      'listenerRegistered:true:1',
      'cmpStatus:loaded:1',
      'cmpDisplayStatus:visible:1',
      'sectionChange:usnat:1',
      'signalStatus:ready:1',
      'custom:null:false',
    ]);
    expect(call('addEventListener')[0][0].listenerId).toBe(3);
    expect(call('removeEventListener', 2)[0][0].data).toBe(false); // removed from the queue already
  });

  it('a page value that is no stub is replaced', () => {
    w.__gpp = 'nonsense';
    start();
    expect(call('ping')[0][1]).toBe(true);
  });
});

describe('frames', () => {
  function post(data: unknown) {
    const source = { postMessage: vi.fn() };
    window.dispatchEvent(new MessageEvent('message', { data, source: source as any }));
    return source.postMessage.mock.calls;
  }

  it('adds the __gppLocator frame, answers __gppCall (object and JSON string), removes it all on teardown', () => {
    const { stop } = start();
    const frame = document.getElementsByName('__gppLocator')[0] as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.style.display).toBe('none');
    expect(frame.getAttribute('sandbox')).toBe(''); // no script, so no JavaScript realm of its own

    const [[reply, target]] = post({
      __gppCall: { command: 'getField', parameter: 'usnat.SaleOptOut', version: '1.1', callId: 7 },
    });
    expect(reply).toEqual({ __gppReturn: { returnValue: 2, success: true, callId: 7 } });
    expect(target).toBe('*');

    const [[json]] = post(JSON.stringify({ __gppCall: { command: 'ping', version: '1.1', callId: 'a' } }));
    expect(typeof json).toBe('string');
    expect(JSON.parse(json).__gppReturn).toMatchObject({
      success: true,
      callId: 'a',
      returnValue: { gppVersion: '1.1' },
    });

    expect(post('not json {')).toEqual([]);
    expect(post({ other: 1 })).toEqual([]);

    stop!();
    expect(document.getElementsByName('__gppLocator')).toHaveLength(0);
    expect(w.__gpp).toBeUndefined();
    expect(post({ __gppCall: { command: 'ping', callId: 1 } })).toEqual([]);
  });

  it('addEventListener over postMessage keeps answering with the same callId', () => {
    const t = start();
    const source = { postMessage: vi.fn() };
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { __gppCall: { command: 'addEventListener', version: '1.1', callId: 3 } },
        source: source as any,
      }),
    );
    t.act({ type: 'opt-out' });
    const returns = source.postMessage.mock.calls.map(([m]) => [
      m.__gppReturn.callId,
      m.__gppReturn.returnValue.eventName,
    ]);
    expect(returns).toEqual([
      [3, 'listenerRegistered'],
      [3, 'signalStatus'],
      [3, 'sectionChange'],
      [3, 'signalStatus'],
    ]);
  });

  it('keeps an existing locator frame and lets an IAB stub handler answer frames (no double replies)', () => {
    const existing = document.createElement('iframe');
    existing.name = '__gppLocator';
    document.body.appendChild(existing);
    w.__gpp_msghandler = () => undefined;
    const { stop } = start();
    expect(document.getElementsByName('__gppLocator')).toHaveLength(1);
    const source = { postMessage: vi.fn() };
    window.dispatchEvent(
      new MessageEvent('message', { data: { __gppCall: { command: 'ping', callId: 1 } }, source: source as any }),
    );
    expect(source.postMessage).not.toHaveBeenCalled();
    stop!();
    expect(existing.isConnected).toBe(true);
  });

  it('without a body yet, the frame goes on the root element', () => {
    const body = document.body;
    body.remove();
    try {
      const { stop } = start();
      expect(document.documentElement.querySelector('iframe[name="__gppLocator"]')!.parentNode).toBe(
        document.documentElement,
      );
      stop!();
      expect(document.getElementsByName('__gppLocator')).toHaveLength(0);
    } finally {
      document.documentElement.appendChild(body);
    }
  });
});
