// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"enableIframePageLoading": true}}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { usp, uspString } from './usp';
import { createTestContext, usConfig } from '../../test-support/integration-context';
import type { Config } from '../core/types';

const w = window as any;
const config = (extra: Partial<Config> = {}) => usConfig({ integrations: { usp: true }, ...extra });
let stops: (() => void)[] = [];

function getUSPData(version: unknown = 1) {
  const answers: unknown[] = [];
  w.__uspapi('getUSPData', version, (data: unknown, success: boolean) => answers.push([data, success]));
  return answers;
}

afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  document.cookie = 'usprivacy=; Path=/; Max-Age=0';
});

function start(c: Config, options = {}) {
  const t = createTestContext(c, options);
  stops.push(usp(t.ctx)!);
  return t;
}

describe('USP string', () => {
  const of = (c: Config, options = {}, action?: any) => {
    const t = createTestContext(c, options);
    if (action) t.act(action);
    return uspString(t.ctx.settings, t.ctx.getState());
  };
  it('1YNN when not opted out', () => expect(of(config())).toBe('1YNN'));
  it('1YYN after Do Not Sell or Share', () => expect(of(config(), {}, { type: 'opt-out' })).toBe('1YYN'));
  it('1YYN after Decline', () => expect(of(config(), {}, { type: 'decline-all' })).toBe('1YYN'));
  it('1YYN with GPC', () => expect(of(config(), { gpc: true })).toBe('1YYN'));
  it('1YNN with GPC ignored by config', () => expect(of(config({ gpc: 'ignore' }), { gpc: true })).toBe('1YNN'));
  it('1--- when the site neither sells nor shares', () =>
    expect(of({ categories: [{ id: 'a', label: 'A' }], integrations: { usp: true } })).toBe('1---'));
});

describe('__uspapi', () => {
  it('answers getUSPData synchronously and follows changes', () => {
    const t = start(config());
    expect(getUSPData()).toEqual([[{ version: 1, uspString: '1YNN' }, true]]);
    t.act({ type: 'opt-out' });
    expect(getUSPData()).toEqual([[{ version: 1, uspString: '1YYN' }, true]]);
  });

  it('fails unsupported commands and versions', () => {
    start(config());
    const answers: unknown[] = [];
    w.__uspapi('ping', 1, (...a: unknown[]) => answers.push(a));
    expect(answers).toEqual([[null, false]]);
    expect(getUSPData(2)).toEqual([[null, false]]);
  });

  it('writes and updates the usprivacy cookie', () => {
    const t = start(config());
    expect(document.cookie).toContain('usprivacy=1YNN');
    t.act({ type: 'decline-all' });
    expect(document.cookie).toContain('usprivacy=1YYN');
  });

  it('cookie attributes: Path=/, SameSite=Lax, ≤ 400 days, Secure on https', () => {
    const writes: string[] = [];
    const spy = vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => void writes.push(value));
    const url = location.href;
    try {
      start(config({ cookie: { days: 9999, domain: 'example.com' } }));
      w.happyDOM.setURL('https://example.com/page');
      start(config());
    } finally {
      spy.mockRestore();
      w.happyDOM.setURL(url);
    }
    expect(writes).toEqual([
      'usprivacy=1YNN;Path=/;SameSite=Lax;Max-Age=34560000;Domain=example.com',
      'usprivacy=1YNN;Path=/;SameSite=Lax;Max-Age=31622400;Secure',
    ]);
  });

  it('answers __uspapiCall from frames, then removes frame, listener and function on teardown', () => {
    const t = createTestContext(config());
    const stop = usp(t.ctx)!;
    expect(document.getElementsByName('__uspapiLocator')).toHaveLength(1);
    const source = { postMessage: vi.fn() };
    const post = (data: unknown) => window.dispatchEvent(new MessageEvent('message', { data, source: source as any }));
    post({ __uspapiCall: { command: 'getUSPData', version: 1, callId: 'x' } });
    post(JSON.stringify({ __uspapiCall: { command: 'getUSPData', version: 1, callId: 'y' } }));
    expect(source.postMessage.mock.calls).toEqual([
      [{ __uspapiReturn: { returnValue: { version: 1, uspString: '1YNN' }, success: true, callId: 'x' } }, '*'],
      [
        JSON.stringify({
          __uspapiReturn: { returnValue: { version: 1, uspString: '1YNN' }, success: true, callId: 'y' },
        }),
        '*',
      ],
    ]);
    stop();
    expect(w.__uspapi).toBeUndefined();
    expect(document.getElementsByName('__uspapiLocator')).toHaveLength(0);
    post({ __uspapiCall: { command: 'getUSPData', version: 1, callId: 'z' } });
    expect(source.postMessage).toHaveBeenCalledTimes(2);
  });

  it('is off unless configured', () => {
    expect(usp(createTestContext(usConfig()).ctx)).toBeUndefined();
    expect(w.__uspapi).toBeUndefined();
  });
});
