// Where the choice lives: the first-party cookie of contract §6, written with js-cookie. When
// cookies are blocked (disabled, sandboxed frame, a write the browser drops) the choice is kept in
// memory for this page view and still applied: nothing throws, nothing is lost on screen.
// A write is not read back to check it: in Chromium a cookie read just after a write is a
// synchronous round trip to the network process (≈1–5 ms on the click path), and read() already
// falls back to memory when the cookie is not there.
import Cookies from 'js-cookie';
import type { Settings } from './settings';

export interface ChoiceStorage {
  read(): string | undefined;
  /** Also kept in memory, for when the browser does not keep the cookie. */
  write(value: string): void;
  clear(): void;
}

/** Runs a cookie access; document.cookie throws in sandboxed/opaque-origin frames. */
export function tryCookies<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

export function createCookieStorage(settings: Settings): ChoiceStorage {
  const name = settings.cookie.name;
  const attributes: Cookies.CookieAttributes = {
    path: '/',
    sameSite: 'Lax',
    secure: typeof location !== 'undefined' && location.protocol === 'https:',
    expires: settings.cookie.days,
    domain: settings.cookie.domain, // js-cookie leaves out an undefined attribute
  };
  let memory: string | undefined;
  return {
    read() {
      const value = tryCookies(() => Cookies.get(name));
      return value !== undefined ? value : memory;
    },
    write(value) {
      memory = value;
      tryCookies(() => Cookies.set(name, value, attributes));
    },
    clear() {
      memory = undefined;
      tryCookies(() => Cookies.remove(name, attributes));
    },
  };
}
