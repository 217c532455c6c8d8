// Implied consent (Copper: "If you continue without changing your settings, you are agreeing"):
// the notice remembers, in a session cookie, the page it was shown on; a later page view on
// another page without a choice counts as accepting (source "implied").
import Cookies from 'js-cookie';
import { hash } from './hash';

const pageKey = () => hash(location.pathname + location.search);

/** True when the visitor went on to another page after seeing the notice. */
export function continuedBrowsing(cookieName: string): boolean {
  const name = cookieName + '_seen';
  try {
    const seen = Cookies.get(name);
    if (seen && seen !== pageKey()) {
      Cookies.remove(name, { path: '/' });
      return true;
    }
    Cookies.set(name, pageKey(), { path: '/', sameSite: 'Lax' }); // session cookie
  } catch {
    /* cookies blocked: no implied consent, the notice simply shows again */
  }
  return false;
}
