// Implied consent on the page: the notice remembers, in a session cookie, the page it was shown
// on, once it is on screen (a notice never displayed implies nothing); a later page view on
// another page without a choice counts as accepting (source "implied").
// Opening a page in order to decide is not continuing: the policy pages the config links to, the
// paths it lists in `implied.ignorePaths`, and any link followed from the SDK's own UI. The rules
// themselves are core/implied.ts. Only forgetNoticeSeen runs in the main file: the rest is what
// the page asks for in implied mode while the visitor has not chosen, and the script tag loads it
// as a chunk (entries/implied-chunk.ts) so that every other page pays nothing for it.
import { readCookie, removeCookie, writeCookie } from '../browser/cookies';
import { continuedPast, isExcludedPath, pageKey, seenCookieName, withMarkedPage } from '../core/implied';
import type { IntegrationContext } from '../core/runtime';
import type { Settings } from '../core/settings';
import { UI_HOST_ID } from './ui-seam';

/** What the implied-mode chunk provides; the npm entry imports the same functions. */
export interface ImpliedModule {
  continuedBrowsing(settings: Settings): boolean;
  watchNotice(settings: Settings, display: DisplaySignal): () => void;
}

/** The UI host's display state (IntegrationContext): the notice is on screen or not. */
type DisplaySignal = Pick<IntegrationContext, 'isDisplayed' | 'onDisplayChange'>;

/** Loads the implied-consent rules on demand (a script element; the npm entry has them bundled). */
export type ImpliedLoader = (done: (implied: ImpliedModule) => void, fail: (error: unknown) => void) => void;

/** Once the visitor has chosen, the notice's page marker has no further use. */
export const forgetNoticeSeen = (cookieName: string) => removeCookie(seenCookieName(cookieName));

function sameSiteUrl(href: string): URL | null {
  try {
    const url = new URL(href, location.href);
    return url.origin === location.origin ? url : null;
  } catch {
    return null;
  }
}

/** The policy pages the notice links to, or a path the site listed: arriving there is not continuing. */
function isIgnoredPage(settings: Settings): boolean {
  const { privacyPolicy, cookiePolicy } = settings.links;
  const pages = [privacyPolicy, cookiePolicy].concat(settings.impliedIgnorePaths).map((page) => {
    const url = page && sameSiteUrl(page);
    return url ? url.pathname : '';
  });
  return isExcludedPath(location.pathname, pages);
}

/** True when the visitor went on to another page after the notice was shown. Cookies blocked:
 *  no implied consent, the notice simply shows again. An ignored page never counts. The marker is
 *  forgotten once the visitor chooses (forgetNoticeSeen, from the store's apply()). */
export function continuedBrowsing(settings: Settings): boolean {
  if (isIgnoredPage(settings)) return false;
  return continuedPast(readCookie(seenCookieName(settings.cookie.name)), pageKey(location));
}

/** The notice is on screen: this page is where it was seen, unless it is an ignored page (it
 *  neither counts nor joins the marker). Only a notice actually shown makes going on "continuing". */
function markNoticeShown(settings: Settings) {
  const name = seenCookieName(settings.cookie.name);
  if (!isIgnoredPage(settings) && !readCookie(name)) writeCookie(name, pageKey(location)); // a session cookie
}

/** While the notice waits: the page is marked once the notice is displayed, and a same-site link
 *  followed from the SDK's own UI adds the page it leads to, so that arriving there is not
 *  continuing. Returns the teardown. */
export function watchNotice(settings: Settings, display: DisplaySignal): () => void {
  const name = seenCookieName(settings.cookie.name);
  const shown = (displayed: boolean) => displayed && markNoticeShown(settings);
  shown(display.isDisplayed());
  const offDisplay = display.onDisplayChange(shown);
  const onClick = (event: Event) => {
    // Seen from the document, a click inside the UI targets its host; the shadow root is open,
    // so the composed path starts at the element clicked.
    const clicked = event.composedPath()[0] as Element;
    const link = event.target === document.getElementById(UI_HOST_ID) && clicked.closest && clicked.closest('a');
    const marker = readCookie(name);
    const url = link && marker && sameSiteUrl(link.href);
    const marked = url && withMarkedPage(marker, pageKey(url));
    if (marked) writeCookie(name, marked);
  };
  document.addEventListener('click', onClick, true);
  return () => {
    offDisplay();
    document.removeEventListener('click', onClick, true);
  };
}
