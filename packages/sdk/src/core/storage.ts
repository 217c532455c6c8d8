// Where the choice lives: the first-party cookie of contract §6, written with js-cookie. When
// cookies are blocked (disabled, sandboxed frame, a write that does not read back) the choice is
// kept in memory for this page view and still applied: nothing throws, nothing is lost on screen.
import Cookies from 'js-cookie';
import type { Settings } from './settings';

export interface ChoiceStorage {
  read(): string | undefined;
  /** Returns false when the browser did not keep the cookie (the value is kept in memory then). */
  write(value: string): boolean;
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
      return !!tryCookies(() => {
        Cookies.set(name, value, attributes);
        return Cookies.get(name) === value;
      });
    },
    clear() {
      memory = undefined;
      tryCookies(() => Cookies.remove(name, attributes));
    },
  };
}
