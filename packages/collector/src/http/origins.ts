// CORS for the browser endpoints. Only the origins the operator lists (ALLOWED_ORIGINS), and the
// collector's own origin, may send records: a record from any other page is refused with 403
// before it is read, since CORS alone would only hide the answer from that page.

export type OriginCheck = { allowed: true; header: string | null } | { allowed: false };

export function checkOrigin(origin: string | null, ownOrigin: string, allowed: string[] | '*'): OriginCheck {
  if (!origin) return { allowed: true, header: null }; // not a browser's cross-site request
  if (allowed === '*') return { allowed: true, header: '*' };
  if (origin === ownOrigin || allowed.includes(origin)) return { allowed: true, header: origin };
  return { allowed: false };
}
