// Implied consent (Copper: "If you continue without changing your settings, you are agreeing"):
// the notice remembers, in a session cookie, the page it was shown on; a later page view on
// another page without a choice counts as accepting (source "implied").
import Cookies from 'js-cookie';
import { hash } from './hash';
import { tryCookies } from './storage';

const pageKey = () => hash(location.pathname + location.search);
const seenCookie = (cookieName: string) => cookieName + '_seen';

/** Once the visitor has chosen, the notice's page marker has no further use. */
export function forgetNoticeSeen(cookieName: string) {
  tryCookies(() => Cookies.remove(seenCookie(cookieName), { path: '/' }));
}

/** True when the visitor went on to another page after seeing the notice. Cookies blocked: no
 *  implied consent, the notice simply shows again. */
export function continuedBrowsing(cookieName: string): boolean {
  const name = seenCookie(cookieName);
  return !!tryCookies(() => {
    const seen = Cookies.get(name);
    if (seen && seen !== pageKey()) return true; // apply() forgets the marker
    Cookies.set(name, pageKey(), { path: '/', sameSite: 'Lax' }); // session cookie
  });
}
