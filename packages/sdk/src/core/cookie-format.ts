// The text form of cookies, with no browser involved: a `Cookie` header or document.cookie read
// into names and values, and one `Set-Cookie`-style line written for document.cookie. Values are
// percent-encoded on write and decoded on read, which also reads the cookies that js-cookie wrote
// in earlier versions. The browser's side is browser/cookies.ts; the server's, server/read-choice.ts.

export interface CookieAttributes {
  /** Lifetime in days; none makes a session cookie, 0 or less deletes. */
  days?: number;
  domain?: string;
  /** Defaults to "/": the choice holds for the whole site. */
  path?: string;
  secure?: boolean;
}

/** The names and raw values of every cookie in a `Cookie` header or document.cookie (same form),
 *  in their order. */
export function parseCookies(header: string): [name: string, value: string][] {
  const cookies: [string, string][] = [];
  for (const part of header.split(';')) {
    const equals = part.indexOf('=');
    const name = (equals < 0 ? part : part.slice(0, equals)).trim();
    if (name) cookies.push([name, equals < 0 ? '' : part.slice(equals + 1)]);
  }
  return cookies;
}

/** The first cookie of that name (the most specific path comes first), decoded; undefined when
 *  there is none or its encoding is broken (a foreign or damaged cookie is no value). */
export function findCookie(header: string, name: string): string | undefined {
  for (const [key, value] of parseCookies(header)) {
    if (key !== name) continue;
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** One cookie as document.cookie takes it: SameSite=Lax, Path "/" unless told otherwise. */
export function serializeCookie(name: string, value: string, attributes: CookieAttributes): string {
  const { days, domain, path = '/', secure } = attributes;
  return (
    name +
    '=' +
    encodeURIComponent(value) +
    ';Path=' +
    path +
    ';SameSite=Lax' +
    (days != null ? ';Max-Age=' + Math.round(days * 86400) : '') +
    (domain ? ';Domain=' + domain : '') +
    (secure ? ';Secure' : '')
  );
}
