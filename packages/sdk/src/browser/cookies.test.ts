import { afterEach, describe, expect, it, vi } from 'vitest';
import { allCookies, readCookie, removeCookie, writeCookie } from './cookies';

const clearAll = () => {
  for (const [name] of allCookies()) removeCookie(name);
};

describe('cookies', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    clearAll();
  });

  it('writes Path=/, SameSite=Lax, Max-Age in days, Domain when given; a session cookie without days', () => {
    const writes: string[] = [];
    vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => void writes.push(value));
    writeCookie('a', '1.b c', { days: 365, domain: 'example.com' });
    writeCookie('s', 'x');
    removeCookie('a', { domain: 'example.com', path: '/shop' });
    expect(writes).toEqual([
      'a=1.b%20c;Path=/;SameSite=Lax;Max-Age=31536000;Domain=example.com',
      's=x;Path=/;SameSite=Lax',
      'a=;Path=/shop;SameSite=Lax;Max-Age=-86400;Domain=example.com',
    ]);
  });

  it('reads back what it wrote, whatever the characters; a removed cookie reads as undefined', () => {
    const value = '1.t8vpc0.3.3.g;=,% "é€/\\';
    writeCookie('privacy_choices', value, { days: 1 });
    expect(readCookie('privacy_choices')).toBe(value);
    removeCookie('privacy_choices');
    expect(readCookie('privacy_choices')).toBeUndefined();
  });

  it('reads values js-cookie wrote (it leaves some characters unencoded), and only the named cookie', () => {
    document.cookie = 'privacy_choices_seen=abc';
    document.cookie = 'privacy_choices=1.r/2:x%2Cy%20z';
    document.cookie = 'other=%E2%82%AC';
    expect(readCookie('privacy_choices')).toBe('1.r/2:x,y z');
    expect(readCookie('other')).toBe('€');
    expect(readCookie('privacy')).toBeUndefined();
    expect(allCookies().map(([name]) => name)).toEqual(['privacy_choices_seen', 'privacy_choices', 'other']);
  });

  it('a cookie with broken percent-encoding is no value, not an error', () => {
    document.cookie = 'privacy_choices=%E2%82';
    expect(readCookie('privacy_choices')).toBeUndefined();
  });

  it('where document.cookie throws (sandboxed frame), reads find nothing and writes do nothing', () => {
    vi.spyOn(document, 'cookie', 'get').mockImplementation(() => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {
      throw new DOMException('sandboxed', 'SecurityError');
    });
    expect(readCookie('privacy_choices')).toBeUndefined();
    expect(allCookies()).toEqual([]);
    expect(() => writeCookie('privacy_choices', 'x', { days: 1 })).not.toThrow();
    expect(() => removeCookie('privacy_choices')).not.toThrow();
  });
});
