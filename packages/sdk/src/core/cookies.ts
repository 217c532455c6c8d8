// First-party cookies through document.cookie: the one place that reads, writes and deletes them
// (the choice, the implied-consent marker, the `usprivacy` string, the purge of declined ones).
// Values are percent-encoded on write and decoded on read, which also reads the cookies that
// js-cookie wrote in earlier versions. document.cookie throws in sandboxed and opaque-origin
// frames: every access here then does nothing, and a read finds nothing.

export interface CookieAttributes {
  /** Lifetime in days; none makes a session cookie, 0 or less deletes. */
  days?: number;
  domain?: string;
  /** Defaults to "/": the choice holds for the whole site. */
  path?: string;
  /** Defaults to whether the page is on https. */
  secure?: boolean;
}

/** Runs a cookie access, or returns undefined when the page may not use cookies. */
export function tryCookies<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** The names and raw values of every cookie the page can see, in document.cookie's order; or of
 *  a `Cookie` request header, which has the same form (the server entry reads the choice so). */
export function allCookies(all = tryCookies(() => document.cookie) || ''): [name: string, value: string][] {
  const cookies: [string, string][] = [];
  for (const part of all.split(';')) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (name) cookies.push([name, eq < 0 ? '' : part.slice(eq + 1)]);
  }
  return cookies;
}

/** The first cookie of that name (the most specific path comes first), decoded; undefined when
 *  there is none or its encoding is broken (a foreign or damaged cookie is no value). */
export function readCookie(name: string, header?: string): string | undefined {
  for (const [key, value] of allCookies(header)) {
    if (key !== name) continue;
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
}

export function writeCookie(name: string, value: string, attributes: CookieAttributes = {}) {
  const { days, domain, path = '/', secure = location.protocol == 'https:' } = attributes;
  tryCookies(
    () =>
      (document.cookie =
        name + '=' + encodeURIComponent(value) + ';Path=' + path + ';SameSite=Lax' +
        (days != null ? ';Max-Age=' + Math.round(days * 86400) : '') +
        (domain ? ';Domain=' + domain : '') +
        (secure ? ';Secure' : '')),
  );
}

/** Deletes: a Max-Age ≤ 0 expires the cookie at once (RFC 6265 §5.2.2); negative, because some
 *  DOM emulators (happy-dom) keep a cookie whose Max-Age is exactly 0. */
export const removeCookie = (name: string, attributes: CookieAttributes = {}) =>
  writeCookie(name, '', { ...attributes, days: -1 });
