// What the server keeps about the sender: the address cut to its network (/24 for IPv4, /48 for
// IPv6: enough to see abuse, not enough to single out a household) and the browser family
// without its version (no device fingerprint).
import { isIPv4, isIPv6 } from 'node:net';

export function truncateIp(address: string | null | undefined): string | null {
  if (!address) return null;
  let ip = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) ip = mapped[1]!;
  if (isIPv4(ip)) return ip.split('.').slice(0, 3).join('.') + '.0/24';
  if (isIPv6(ip)) {
    const groups = expandIPv6(ip.split('%')[0]!);
    return groups
      ? groups
          .slice(0, 3)
          .map((g) => g.replace(/^0+(?=.)/, ''))
          .join(':') + '::/48'
      : null;
  }
  return null;
}

function expandIPv6(ip: string): string[] | null {
  const [head, tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail counts as two groups; only the first three groups matter here.
  const missing = 8 - left.length - right.length;
  if (ip.includes('::') ? missing < 0 : left.length !== 8 && !left[left.length - 1]!.includes('.')) return null;
  return [...left, ...Array(Math.max(0, missing)).fill('0'), ...right];
}

/** Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari". */
const FAMILIES: [RegExp, string][] = [
  [/bot|crawler|spider|crawling|headless/i, 'Bot'],
  [/Edg(e|A|iOS)?\//, 'Edge'],
  [/OPR\/|Opera/, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/Firefox\/|FxiOS\//, 'Firefox'],
  [/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];

export function userAgentFamily(userAgent: string | null | undefined): string {
  if (!userAgent) return 'Other';
  for (const [pattern, family] of FAMILIES) if (pattern.test(userAgent)) return family;
  return 'Other';
}
