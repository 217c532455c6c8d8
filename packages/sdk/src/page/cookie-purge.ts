// Deletes the cookies of declined categories. document.cookie does not say which Domain and Path
// a cookie was set with, and a delete must repeat both (RFC 6265bis §5.7), so every candidate is
// tried: host-only and each parent domain, on "/" and on every prefix of the current path.
import { allCookies, removeCookie } from '../browser/cookies';
import { toRegExpSafe } from './patterns';

/** Deletes every cookie a pattern matches, except those named in `keep` (the choice's own). */
export function purgeCookies(patterns: string[], keep: string[]) {
  if (!patterns.length) return;
  const matchers = patterns.map(toRegExpSafe);
  const names = allCookies()
    .map(([name]) => name)
    .filter(
      (name) => keep.indexOf(name) < 0 && matchers.some((m) => (typeof m === 'string' ? m === name : m.test(name))),
    );
  if (!names.length) return;
  const host = location.hostname;
  const labels = host.split('.');
  const domains = [''];
  if (!/^[\d.]+$|:/.test(host)) for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  // Every prefix of the path, with and without its trailing slash ("/shop" and "/shop/").
  const paths = ['/'];
  let path = '';
  for (const segment of location.pathname.split('/').slice(1)) {
    path += '/' + segment;
    for (const candidate of [path, path + '/']) if (paths.indexOf(candidate) < 0) paths.push(candidate);
  }
  const secure = location.protocol === 'https:';
  for (const name of names) {
    for (const domain of domains) for (const prefix of paths) removeCookie(name, { domain, path: prefix, secure });
  }
}
