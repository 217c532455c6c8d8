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

export function cookieAttributes(settings: Settings, days: number = settings.cookie.days): Cookies.CookieAttributes {
  return {
    path: '/',
    sameSite: 'Lax' as const,
    secure: typeof location !== 'undefined' && location.protocol === 'https:',
    expires: days,
    ...(settings.cookie.domain ? { domain: settings.cookie.domain } : {}),
  };
}

export function createCookieStorage(settings: Settings): ChoiceStorage {
  const name = settings.cookie.name;
  let memory: string | undefined;
  const safe = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback; // document.cookie throws in sandboxed/opaque-origin frames
    }
  };
  return {
    read: () => safe(() => Cookies.get(name), undefined) ?? memory,
    write(value) {
      memory = value;
      return safe(() => {
        Cookies.set(name, value, cookieAttributes(settings));
        return Cookies.get(name) === value;
      }, false);
    },
    clear() {
      memory = undefined;
      safe(() => Cookies.remove(name, cookieAttributes(settings)), undefined);
    },
  };
}
