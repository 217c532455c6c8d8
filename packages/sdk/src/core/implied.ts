// Implied consent (Copper: "If you continue without changing your settings, you are agreeing"):
// the notice remembers, in a session cookie, the page it was shown on; a later page view on
// another page without a choice counts as accepting (source "implied").
// Opening a page in order to decide is not continuing: the policy pages the config links to, the
// paths it lists in `implied.ignorePaths`, and any link followed from the SDK's own UI.
import { readCookie, removeCookie, writeCookie } from './cookies';
import { hash } from './hash';
import { UI_HOST_ID } from './runtime';
import type { Settings } from './settings';

const pageKey = (url: { pathname: string; search: string }) => hash(url.pathname + url.search);
const seenCookie = (cookieName: string) => cookieName + '_seen';
/** "/privacy/" and "/privacy" are one page. */
const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

/** Once the visitor has chosen, the notice's page marker has no further use. */
export const forgetNoticeSeen = (cookieName: string) => removeCookie(seenCookie(cookieName));

/** The policy pages the notice links to, or a path the site listed (`/legal/*`: any page under
 *  /legal/): arriving there is not continuing. */
function isIgnoredPage(settings: Settings): boolean {
  const here = trimSlash(location.pathname);
  const { privacyPolicy, cookiePolicy } = settings.links;
  return [privacyPolicy, cookiePolicy].concat(settings.impliedIgnorePaths).some((page) => {
    const url = page && sameSiteUrl(page);
    const path = url ? trimSlash(url.pathname) : '';
    return path.slice(-1) == '*' ? here.indexOf(path.slice(0, -1)) == 0 : path == here;
  });
}

function sameSiteUrl(href: string): URL | null {
  try {
    const url = new URL(href, location.href);
    return url.origin == location.origin ? url : null;
  } catch {
    return null;
  }
}

/** True when the visitor went on to another page after seeing the notice. Cookies blocked: no
 *  implied consent, the notice simply shows again. The marker lists the pages that are not
 *  "another page": the notice's first page and those opened from the SDK's UI. An ignored page
 *  neither counts nor joins the list. */
export function continuedBrowsing(settings: Settings): boolean {
  if (isIgnoredPage(settings)) return false;
  const name = seenCookie(settings.cookie.name);
  const seen = readCookie(name);
  if (!seen) writeCookie(name, pageKey(location)); // a session cookie
  return !!seen && seen.split(' ').indexOf(pageKey(location)) < 0; // apply() forgets the marker
}

/** While the notice waits: a same-site link followed from the SDK's own UI adds the page it
 *  leads to to the marker, so that arriving there is not continuing. Returns the teardown. */
export function watchNoticeLinks(cookieName: string): () => void {
  const name = seenCookie(cookieName);
  const onClick = (event: Event) => {
    // Seen from the document, a click inside the UI targets its host; the shadow root is open,
    // so the composed path starts at the element clicked.
    const clicked = event.composedPath()[0] as Element;
    const link = event.target == document.getElementById(UI_HOST_ID) && clicked.closest && clicked.closest('a');
    const seen = readCookie(name);
    const url = link && seen && sameSiteUrl(link.href);
    // Eight pages at most: the cookie stays small.
    if (url && seen.split(' ').length < 8) writeCookie(name, seen + ' ' + pageKey(url));
  };
  document.addEventListener('click', onClick, true);
  return () => document.removeEventListener('click', onClick, true);
}
