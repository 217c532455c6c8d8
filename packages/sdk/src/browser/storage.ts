// Where the choice lives: the first-party cookie of contract §6. When cookies are blocked
// (disabled, sandboxed frame, a write the browser drops) the choice is kept in memory for this
// page view and still applied: nothing throws, nothing is lost on screen.
// A write is not read back to check it: in Chromium a cookie read just after a write is a
// synchronous round trip to the network process (≈1–5 ms on the click path), and read() already
// falls back to memory when the cookie is not there.
import { readCookie, removeCookie, writeCookie, type CookieAttributes } from '../core/cookies';
import type { Settings } from '../core/settings';

export interface ChoiceStorage {
  read(): string | undefined;
  /** Also kept in memory, for when the browser does not keep the cookie. */
  write(value: string): void;
  clear(): void;
}

export function createCookieStorage(settings: Settings): ChoiceStorage {
  const { name, days, domain } = settings.cookie;
  // Decided once, at start: the page's first read of `location` costs 0.1-0.2 ms, which a click should not pay.
  const attributes: CookieAttributes = { days, domain, secure: location.protocol == 'https:' };
  let memory: string | undefined;
  return {
    read() {
      const value = readCookie(name);
      return value !== undefined ? value : memory;
    },
    write(value) {
      memory = value;
      writeCookie(name, value, attributes);
    },
    clear() {
      memory = undefined;
      removeCookie(name, attributes);
    },
  };
}
