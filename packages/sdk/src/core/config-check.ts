// A small, zod-free check of a config against the same rules as the schema (config-schema.ts),
// for a visitor's browser: it lists the key paths that are off and nothing more. A config it
// passes is one the schema accepts, so no validator is downloaded for it; one it flags is then
// explained by the schema (the validator chunk, or `privacy-choices/validate`), which words every
// problem. The rule constants live here and the lists of names in core/vocabulary.ts; the schema
// imports both: one home for each.
// test/unit/fuzz.test.ts pins the agreement with the schema on thousands of mutated configs.
import { textKeys } from './texts';
import * as vocabulary from './vocabulary';

export const CATEGORY_ID = /^[A-Za-z0-9_-]{1,40}$/;
export const REVISION = /^[^\s;,]{1,64}$/;
export const REGION_KEY = /^(default|[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?)$/;
export const COOKIE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
export const COOKIE_DOMAIN = /^\.?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;
export const LANGUAGE = /^(auto|[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/;
/** Implied mode: a path where arriving never counts as continuing, or a prefix ending in "*". */
export const IGNORE_PATH = /^\/[^\s*]*\*?$/;
/** The consent-record collector: http(s) or relative (a beacon cannot go anywhere else). */
export const RECORDS_ENDPOINT = /^(?:https?:|[/.?]|[^:]*$)/i;
/** http(s), mailto, tel or a relative URL; never javascript:, data: or any other scheme. */
const SAFE_URL = /^(?:(?:https?|mailto|tel):|[/#?.]|[^:]*$)/i;

export const isSafeUrl = (value: string): boolean => SAFE_URL.test(value.replace(/[\u0000-\u0020]/g, ''));

/** A cookie name, or a `/regular expression/flags` that compiles. */
export function isCookiePattern(value: string): boolean {
  const m = /^\/(.*)\/([a-z]*)$/.exec(value);
  if (!m) return /^[^\s;,=]+$/.test(value);
  try {
    return !!new RegExp(m[1], m[2]);
  } catch {
    return false;
  }
}

/** True when the value is fine. A container that is fine as a container reports its own
 *  children's paths and returns true; the caller reports the path of a value that returns false. */
type Check = (value: unknown, path: string, bad: string[]) => boolean;

// Object.hasOwn is ES2022; the browser build targets ES2019 (tsconfig.base.json).
const own = Object.prototype.hasOwnProperty;

const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (!value || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};
const string =
  (pattern?: RegExp, max = 1e9, min = 0): Check =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max && (!pattern || pattern.test(v));
const text = (max = 2000) => string(undefined, max, 1);
const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.indexOf(v) >= 0;
const flag = oneOf([true, false]);
const integer =
  (min: number, max: number): Check =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const url: Check = (v) => typeof v === 'string' && isSafeUrl(v);
const either =
  (a: Check, b: Check): Check =>
  (v, path, bad) =>
    a(v, path, bad) || b(v, path, bad);

const list =
  (item: Check, min = 0, max = 1e9): Check =>
  (v, path, bad) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i], `${path}[${i}]`, bad)) bad.push(`${path}[${i}]`);
    return true;
  };

/** An object with exactly these keys (every one optional unless `required`). */
const shape =
  (keys: Record<string, Check>, required: string[] = []): Check =>
  (v, path, bad) => {
    if (!isPlain(v)) return false;
    const at = (key: string) => (path ? path + '.' + key : key);
    for (const key of required) if (v[key] === undefined) bad.push(at(key));
    for (const key of Object.keys(v)) {
      if (!own.call(keys, key)) bad.push(path);
      else if (v[key] !== undefined && !keys[key](v[key], at(key), bad)) bad.push(at(key));
    }
    return true;
  };

const record =
  (key: Check, value: Check): Check =>
  (v, path, bad) => {
    if (!isPlain(v)) return false;
    // Like the schema's records, a "__proto__" key (JSON.parse makes it an own key) is skipped.
    for (const k of Object.keys(v))
      if (k !== '__proto__' && (!key(k, path, bad) || !value(v[k], path + '.' + k, bad))) bad.push(path + '.' + k);
    return true;
  };

/** One language's texts: every key of core/texts.ts, each a string; an unknown key is an error. */
function textsShape(): Check {
  const keys: Record<string, Check> = {};
  for (const key of textKeys()) keys[key] = string();
  return shape(keys);
}

const category = shape(
  {
    id: string(CATEGORY_ID),
    label: text(200),
    description: text(),
    necessary: flag,
    sale: flag,
    share: flag,
    cookies: list((v) => typeof v === 'string' && isCookiePattern(v)),
    consentMode: list(oneOf(vocabulary.CONSENT_MODE_KEYS)),
    vendors: list(shape({ name: text(200), optOutUrl: url, privacyUrl: url }, ['name'])),
  },
  ['id', 'label'],
);

const config = shape(
  {
    $schema: string(),
    revision: string(REVISION),
    mode: oneOf(vocabulary.MODES),
    regions: record(string(REGION_KEY), oneOf(vocabulary.MODES)),
    region: string(undefined, 10),
    gpc: oneOf(vocabulary.HONOR),
    dnt: oneOf(vocabulary.HONOR),
    cookie: shape({ name: string(COOKIE_NAME), domain: string(COOKIE_DOMAIN), days: integer(1, 400) }),
    links: shape({
      privacyPolicy: url,
      cookiePolicy: url,
      doNotSellRequest: url,
      footerLink: oneOf(vocabulary.FOOTER_LINKS),
    }),
    categories: list(category, 1, 32),
    integrations: shape({
      googleConsentMode: either(
        flag,
        shape({ waitForUpdate: integer(0, 60000), adsDataRedaction: flag, urlPassthrough: flag }),
      ),
      dataLayer: flag,
      gpp: either(
        flag,
        shape({
          sections: list(oneOf(vocabulary.GPP_SECTIONS), 1),
          mspa: shape({ covered: flag, mode: oneOf(vocabulary.MSPA_MODES) }, ['covered']),
        }),
      ),
      usp: flag,
      records: shape({ endpoint: string(RECORDS_ENDPOINT, 1e9, 1), cookieRefresh: flag }, ['endpoint']),
    }),
    language: string(LANGUAGE),
    texts: record(string(), textsShape()),
    implied: shape({ ignorePaths: list(string(IGNORE_PATH), 0, 50) }),
    theme: shape({ colorScheme: oneOf(vocabulary.COLOR_SCHEMES), layout: oneOf(vocabulary.LAYOUTS) }),
  },
  ['categories'],
);

/** The key paths at which the config breaks the schema's rules; none for a valid config. */
export function configIssuePaths(value: unknown): string[] {
  const bad: string[] = [];
  try {
    if (!config(value, '', bad)) return ['(config)'];
    const categories = (value as { categories?: unknown }).categories;
    if (bad.length || !Array.isArray(categories)) return bad;
    // Rules that span keys: ids are unique; a necessary category is neither sold nor shared.
    const seen: string[] = [];
    categories.forEach((c, i) => {
      if (seen.indexOf(c.id) >= 0) bad.push(`categories[${i}].id`);
      seen.push(c.id);
      if (c.necessary && (c.sale || c.share)) bad.push(`categories[${i}].${c.sale ? 'sale' : 'share'}`);
    });
  } catch {
    // A getter or proxy that throws: something is off; the schema will say what.
    return ['(config)'];
  }
  return bad;
}
