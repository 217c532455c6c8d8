// First-party cookies through document.cookie: the one place that reads, writes and deletes them
// (the choice, the implied-consent marker, the `usprivacy` string, the purge of declined ones).
// Their text form is core/cookie-format.ts. document.cookie throws in sandboxed and opaque-origin
// frames: every access here then does nothing, and a read finds nothing.
import { findCookie, parseCookies, serializeCookie, type CookieAttributes } from '../core/cookie-format';

export type { CookieAttributes } from '../core/cookie-format';

/** Runs a cookie access, or returns undefined when the page may not use cookies. */
export function tryCookies<T>(access: () => T): T | undefined {
  try {
    return access();
  } catch {
    return undefined;
  }
}

const pageCookies = () => tryCookies(() => document.cookie) || '';

/** The names and raw values of every cookie the page can see, in document.cookie's order. */
export const allCookies = () => parseCookies(pageCookies());

export const readCookie = (name: string): string | undefined => findCookie(pageCookies(), name);

/** `secure` defaults to whether the page is on https. */
export function writeCookie(name: string, value: string, attributes: CookieAttributes = {}) {
  const secure = attributes.secure != null ? attributes.secure : location.protocol === 'https:';
  tryCookies(() => (document.cookie = serializeCookie(name, value, { ...attributes, secure })));
}

/** Deletes: a Max-Age ≤ 0 expires the cookie at once (RFC 6265 §5.2.2); negative, because some
 *  DOM emulators (happy-dom) keep a cookie whose Max-Age is exactly 0. */
export const removeCookie = (name: string, attributes: CookieAttributes = {}) =>
  writeCookie(name, '', { ...attributes, days: -1 });
