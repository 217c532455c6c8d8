// The rules of implied consent (Copper: "If you continue without changing your settings, you are
// agreeing"), without the page: page/implied.ts reads the address and keeps the marker cookie.
// The marker lists the pages that are not "another page": the notice's first page and those
// opened from the SDK's own UI; a page view elsewhere without a choice counts as accepting.
import { hash } from './hash';

/** The session cookie that remembers where the notice was seen. */
export const seenCookieName = (cookieName: string) => cookieName + '_seen';

/** A page in the marker: its path and query, hashed (short, and no URL in a cookie). */
export const pageKey = (url: { pathname: string; search: string }) => hash(url.pathname + url.search);

/** Eight pages at most: the cookie stays small. */
const MAX_MARKED_PAGES = 8;

/** "/privacy/" and "/privacy" are one page. */
const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/$/, '') : path);

/** Whether the page at `here` is one where arriving is not continuing: one of `excluded` (the
 *  same-site paths of the policy pages and `implied.ignorePaths`; "" for a page on another site),
 *  where `/legal/*` stands for any page under /legal/. */
export function isExcludedPath(here: string, excluded: string[]): boolean {
  const current = trimSlash(here);
  return excluded.some((page) => {
    const path = trimSlash(page);
    return path.slice(-1) === '*' ? current.indexOf(path.slice(0, -1)) === 0 : path === current;
  });
}

/** The visitor went on to another page: the marker exists and does not list this one. */
export const continuedPast = (marker: string | undefined, key: string): boolean =>
  !!marker && marker.split(' ').indexOf(key) < 0;

/** The marker with one more page that is not "another page", or undefined when it is full. */
export const withMarkedPage = (marker: string, key: string): string | undefined =>
  marker.split(' ').length < MAX_MARKED_PAGES ? marker + ' ' + key : undefined;
