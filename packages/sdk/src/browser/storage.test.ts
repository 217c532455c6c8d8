import { afterEach, describe, expect, it, vi } from 'vitest';
import { toSettings } from '../core/settings';
import { removeCookie } from './cookies';
import { createCookieStorage } from './storage';

const settings = toSettings({ categories: [{ id: 'a', label: 'A' }] }, 'fp');

describe('the choice cookie storage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    removeCookie(settings.cookie.name);
  });

  it('keeps what it wrote for a browser that drops the cookie', () => {
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {});
    const storage = createCookieStorage(settings);
    storage.write('1.choice');
    expect(storage.read()).toBe('1.choice');
  });

  it("after another tab's reset (forgotten), the cookie alone answers: the copy is gone", () => {
    const storage = createCookieStorage(settings);
    storage.write('1.choice');
    removeCookie(settings.cookie.name); // the other tab clears it
    expect(storage.read()).toBe('1.choice'); // a plain read cannot tell a reset from a dropped write
    expect(storage.read(true)).toBeUndefined();
    expect(storage.read()).toBeUndefined();
  });

  it("after another tab's reset and a new choice there, that choice", () => {
    const storage = createCookieStorage(settings);
    storage.write('1.old');
    document.cookie = `${settings.cookie.name}=1.new; Path=/`;
    expect(storage.read(true)).toBe('1.new');
  });
});
