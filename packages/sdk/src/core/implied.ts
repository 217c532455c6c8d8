// Implied consent (Copper: "If you continue without changing your settings, you are agreeing"):
// the notice remembers, in a session cookie, the page it was shown on; a later page view on
// another page without a choice counts as accepting (source "implied").
import { readCookie, removeCookie, writeCookie } from './cookies';
import { hash } from './hash';

const pageKey = () => hash(location.pathname + location.search);
const seenCookie = (cookieName: string) => cookieName + '_seen';

/** Once the visitor has chosen, the notice's page marker has no further use. */
export const forgetNoticeSeen = (cookieName: string) => removeCookie(seenCookie(cookieName));

/** True when the visitor went on to another page after seeing the notice. Cookies blocked: no
 *  implied consent, the notice simply shows again. */
export function continuedBrowsing(cookieName: string): boolean {
  const name = seenCookie(cookieName);
  const seen = readCookie(name);
  if (seen && seen !== pageKey()) return true; // apply() forgets the marker
  writeCookie(name, pageKey()); // a session cookie
  return false;
}
