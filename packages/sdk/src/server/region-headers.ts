// The visitor's region from the geo headers that edge networks add to each request, as the
// config's region codes: ISO 3166-1 country, then "-" and the ISO 3166-2 subdivision ("US-CA").

/** A Fetch `Headers` object, or a plain record such as Node's `IncomingMessage.headers`. */
export type HeadersLike = { get(name: string): string | null } | Record<string, string | string[] | undefined | null>;

/** Country and subdivision header names, per provider, in the order they are tried. */
const GEO_HEADERS: readonly (readonly [country: string, subdivision: string])[] = [
  ['cf-ipcountry', 'cf-region-code'], // Cloudflare (the region needs "Add visitor location headers")
  ['x-vercel-ip-country', 'x-vercel-ip-country-region'], // Vercel
  ['cloudfront-viewer-country', 'cloudfront-viewer-country-region'], // Amazon CloudFront
];

// Cloudflare sends "XX" for an unknown country and "T1" for Tor: neither is a region.
const COUNTRY = /^[A-Z]{2}$/;
const UNKNOWN_COUNTRY = 'XX';
const SUBDIVISION = /^[A-Z0-9]{1,3}$/;

function header(headers: HeadersLike, name: string): string {
  let value: unknown;
  if (typeof (headers as { get?: unknown }).get === 'function') {
    value = (headers as { get(name: string): string | null }).get(name);
  } else {
    const record = headers as Record<string, unknown>;
    value = record[name];
    if (value === undefined) {
      for (const key of Object.keys(record)) if (key.toLowerCase() === name) value = record[key];
    }
  }
  if (Array.isArray(value)) value = value[0];
  return typeof value === 'string' ? value.trim().toUpperCase() : '';
}

/**
 * "US-CA" from Cloudflare's CF-IPCountry + cf-region-code, Vercel's x-vercel-ip-country +
 * x-vercel-ip-country-region, or CloudFront's CloudFront-Viewer-Country + -Country-Region;
 * the country alone when no subdivision is sent; undefined when no provider names a country.
 */
export function regionFromHeaders(headers: HeadersLike | null | undefined): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  for (const [countryHeader, subdivisionHeader] of GEO_HEADERS) {
    const country = header(headers, countryHeader);
    if (!COUNTRY.test(country) || country === UNKNOWN_COUNTRY) continue;
    // Some send the full ISO 3166-2 code ("US-CA"), most only its second part ("CA").
    let subdivision = header(headers, subdivisionHeader);
    if (subdivision.startsWith(country + '-')) subdivision = subdivision.slice(country.length + 1);
    return SUBDIVISION.test(subdivision) ? `${country}-${subdivision}` : country;
  }
  return undefined;
}
