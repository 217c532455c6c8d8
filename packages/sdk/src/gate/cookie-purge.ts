// Deletes the cookies of declined categories. document.cookie does not say which Domain and Path
// a cookie was set with, and a delete must repeat both (RFC 6265bis §5.7), so every candidate is
// tried: host-only and each parent domain, on "/" and on every prefix of the current path.
import { toRegExpSafe } from './patterns';

export function purgeCookies(patterns: string[], keep: string[] = []): string[] {
  if (!patterns.length) return [];
  const matchers = patterns.map(toRegExpSafe);
  const names = readCookieNames().filter(
    (name) => keep.indexOf(name) < 0 && matchers.some((m) => (typeof m === 'string' ? m === name : m.test(name))),
  );
  if (!names.length) return names;
  const host = location.hostname;
  const labels = host.split('.');
  const isIp = /^[\d.]+$|:/.test(host);
  const domains: (string | null)[] = [null];
  if (!isIp) for (let i = 0; i < labels.length - 1; i++) domains.push(labels.slice(i).join('.'));
  // Every prefix of the path, with and without its trailing slash ("/shop" and "/shop/").
  const paths = ['/'];
  const segments = location.pathname.split('/');
  for (let i = 2; i <= segments.length; i++) {
    const path = segments.slice(0, i).join('/');
    for (const candidate of [path, path + '/']) if (path && paths.indexOf(candidate) < 0) paths.push(candidate);
  }
  const secure = location.protocol === 'https:' ? ';Secure' : '';
  for (const name of names) {
    for (const domain of domains) {
      for (const path of paths) {
        document.cookie = `${name}=;Max-Age=0;Path=${path}${domain ? `;Domain=${domain}` : ''}${secure}`;
      }
    }
  }
  return names;
}

function readCookieNames(): string[] {
  try {
    return document.cookie.split(';').map((part) => part.split('=')[0].trim()).filter(Boolean);
  } catch {
    return [];
  }
}
