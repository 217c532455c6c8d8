// Safari caps cookies written by scripts at 7 days. When the collector answers on the site's own
// origin and the SDK asks for it (`cookieRefresh: true`), the answer re-sets the choice cookie
// from the server, with the SDK's name and attributes, and with its "recorded" flag set: the
// choice then lives as long as the site configured.
//
// The cookie is only re-set when it holds the very choice of the record (same id and decision
// time), so a request cannot plant another visitor's choice.

/** Flag bit 5 of the cookie's flags field: "this choice reached the collector". */
const RECORDED = 1 << 5;

export interface RefreshRequest {
  name: string;
  days: number;
  domain: string | null;
}

/** The refresh the SDK asked for in the query (cookie, days, domain), or null. */
export function refreshRequest(query: (key: string) => string | undefined): RefreshRequest | null {
  const name = query('cookie');
  if (!name || !/^[A-Za-z0-9_-]{1,64}$/.test(name)) return null;
  const days = Number(query('days') ?? 365);
  if (!Number.isFinite(days) || days <= 0 || days > 400) return null;
  const domain = query('domain') || null;
  if (domain && !/^\.?[A-Za-z0-9.-]{1,253}$/.test(domain)) return null;
  return { name, days, domain };
}

function readCookie(header: string | null | undefined, name: string): string | null {
  for (const part of (header || '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The Set-Cookie header value, or null when the request's cookie is not this record's choice.
 *  Format of the value (packages/sdk/src/core/choice-codec.ts):
 *  1 . decidedAt(s, base 36) . bits . flags . source . optOutAt . id . fingerprint . layout . revision */
export function refreshedCookie(
  cookieHeader: string | null | undefined,
  refresh: RefreshRequest,
  record: { id: string; decidedAt: number },
  secure: boolean,
): string | null {
  const raw = readCookie(cookieHeader, refresh.name);
  if (!raw || raw.length > 600 || !/^[A-Za-z0-9.%_~!*'()-]+$/.test(raw)) return null;
  const parts = raw.split('.');
  if (parts.length < 10 || parts[0] !== '1') return null;
  if (parts[6] !== record.id || parts[1] !== Math.floor(record.decidedAt / 1000).toString(36)) return null;
  const flags = parseInt(parts[3]!, 36);
  if (!/^[0-9a-z]{1,2}$/.test(parts[3]!) || !(flags >= 0)) return null;
  parts[3] = (flags | RECORDED).toString(36);
  return (
    `${refresh.name}=${parts.join('.')};Path=/;SameSite=Lax;Max-Age=${Math.round(refresh.days * 86400)}` +
    (refresh.domain ? `;Domain=${refresh.domain}` : '') +
    (secure ? ';Secure' : '')
  );
}
