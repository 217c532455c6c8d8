// Where the choice lives: the first-party cookie (docs/semantics.md, "The cookie"). When cookies are blocked
// (disabled, sandboxed frame, a write the browser drops) the choice is kept in memory for this
// page view and still applied: nothing throws, nothing is lost on screen.
// A write is not read back to check it: in Chromium a cookie read just after a write is a
// synchronous round trip to the network process (bench/changes.md), and read() already
// falls back to memory when the cookie is not there.
import { readCookie, removeCookie, writeCookie, type CookieAttributes } from './cookies';
import type { ChoiceStorage } from '../core/consent-store';
import type { Settings } from '../core/settings';

export function createCookieStorage(settings: Settings): ChoiceStorage {
  const { name, days, domain } = settings.cookie;
  // Decided once, at start: the page's first read of `location` is slow, and a click should not pay it.
  const attributes: CookieAttributes = { days, domain, secure: location.protocol === 'https:' };
  let memory: string | undefined;
  return {
    read(forgotten) {
      const value = readCookie(name);
      // Another tab's reset: what the cookie holds now is all there is.
      if (forgotten) memory = value;
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
