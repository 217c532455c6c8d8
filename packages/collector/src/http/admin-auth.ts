// Admin endpoints take `Authorization: Bearer <ADMIN_TOKEN>`. Compared in constant time (through
// fixed-length digests), so the answer's timing says nothing about the token.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

export function isAdmin(authorization: string | null | undefined, token: string | null): boolean {
  if (!token || !authorization) return false;
  const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
  return !!match && timingSafeEqual(digest(match[1]!), digest(token));
}
