// The config schema (README "Configuration"), in zod/mini. Strict objects everywhere, `texts` included, so
// a typo is an error that names its key path. Defaults are not applied here but in settings.ts,
// which the returning-visitor path needs without zod.
import * as z from 'zod/mini';
import type { Config } from './types';
import { PrivacyChoicesConfigError, type ConfigIssue } from './config-error';
import {
  CATEGORY_ID,
  COOKIE_DOMAIN,
  COOKIE_NAME,
  IGNORE_PATH,
  isCookiePattern,
  isSafeUrl,
  LANGUAGE,
  RECORDS_ENDPOINT,
  REGION_KEY,
  REVISION,
} from './config-check';
import { textKeys } from './texts';
import * as vocabulary from './vocabulary';

const url = () =>
  z.string().check(
    z.refine(isSafeUrl, {
      message: 'expected an http(s):, mailto:, tel: or relative URL',
    }),
  );
const text = (max = 2000) => z.string().check(z.minLength(1), z.maxLength(max));
const flag = () => z.optional(z.boolean());

const cookiePattern = z
  .string()
  .check(z.refine(isCookiePattern, { message: 'expected a cookie name or a /regular expression/' }));

const category = z.strictObject({
  id: z.string().check(z.regex(CATEGORY_ID, 'expected 1–40 letters, digits, "_" or "-"')),
  label: text(200),
  description: z.optional(text()),
  necessary: flag(),
  sale: flag(),
  share: flag(),
  cookies: z.optional(z.array(cookiePattern)),
  consentMode: z.optional(z.array(z.enum(vocabulary.CONSENT_MODE_KEYS))),
  vendors: z.optional(
    z.array(z.strictObject({ name: text(200), optOutUrl: z.optional(url()), privacyUrl: z.optional(url()) })),
  ),
});

const schema = z.strictObject({
  $schema: z.optional(z.string()),
  revision: z.optional(z.string().check(z.regex(REVISION, 'expected 1–64 characters without spaces, ";" or ","'))),
  mode: z.optional(z.enum(vocabulary.MODES)),
  regions: z.optional(
    z.record(
      z.string().check(z.regex(REGION_KEY, 'expected "default" or a region code like "US" or "US-CA"')),
      z.enum(vocabulary.MODES),
    ),
  ),
  region: z.optional(z.string().check(z.maxLength(10))),
  gpc: z.optional(z.enum(vocabulary.HONOR)),
  dnt: z.optional(z.enum(vocabulary.HONOR)),
  cookie: z.optional(
    z.strictObject({
      name: z.optional(z.string().check(z.regex(COOKIE_NAME, 'expected a cookie name of letters, digits, "_" or "-"'))),
      domain: z.optional(z.string().check(z.regex(COOKIE_DOMAIN, 'expected a domain name like "example.com"'))),
      days: z.optional(
        z
          .number()
          .check(z.int(), z.minimum(1), z.maximum(400, 'expected at most 400 days (browsers cap cookies at 400 days)')),
      ),
    }),
  ),
  links: z.optional(
    z.strictObject({
      privacyPolicy: z.optional(url()),
      cookiePolicy: z.optional(url()),
      doNotSellRequest: z.optional(url()),
      footerLink: z.optional(z.enum(vocabulary.FOOTER_LINKS)),
    }),
  ),
  categories: z.array(category).check(z.minLength(1), z.maxLength(32)),
  integrations: z.optional(
    z.strictObject({
      googleConsentMode: z.optional(
        z.union([
          z.boolean(),
          z.strictObject({
            waitForUpdate: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(60000))),
            adsDataRedaction: flag(),
            urlPassthrough: flag(),
          }),
        ]),
      ),
      dataLayer: flag(),
      gpp: z.optional(
        z.union([
          z.boolean(),
          z.strictObject({
            sections: z.optional(z.array(z.enum(vocabulary.GPP_SECTIONS)).check(z.minLength(1))),
            mspa: z.optional(z.strictObject({ covered: z.boolean(), mode: z.optional(z.enum(vocabulary.MSPA_MODES)) })),
          }),
        ]),
      ),
      usp: flag(),
      records: z.optional(
        z.strictObject({
          endpoint: z.string().check(
            z.minLength(1),
            z.refine((value) => RECORDS_ENDPOINT.test(value), { message: 'expected an http(s): or relative URL' }),
          ),
          cookieRefresh: flag(),
        }),
      ),
    }),
  ),
  language: z.optional(z.string().check(z.regex(LANGUAGE, 'expected "auto" or a language tag like "en" or "fr-CA"'))),
  // Per language tag, the text keys of core/texts.ts (all optional): a typo is an unknown key.
  texts: z.optional(
    z.record(z.string(), z.strictObject(Object.fromEntries(textKeys().map((key) => [key, z.optional(z.string())])))),
  ),
  implied: z.optional(
    z.strictObject({
      ignorePaths: z.optional(
        z
          .array(z.string().check(z.regex(IGNORE_PATH, 'expected a path starting with "/", optionally ending in "*"')))
          .check(z.maxLength(50)),
      ),
    }),
  ),
  theme: z.optional(
    z.strictObject({
      colorScheme: z.optional(z.enum(vocabulary.COLOR_SCHEMES)),
      layout: z.optional(z.enum(vocabulary.LAYOUTS)),
    }),
  ),
});

export const configSchema = schema;

export function toRegExp(pattern: string): RegExp | null {
  const m = /^\/(.*)\/([a-z]*)$/.exec(pattern);
  return m ? new RegExp(m[1], m[2]) : null;
}

const formatPath = (path: PropertyKey[]) =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/** Rules that span keys: what one category may be, and that ids are unique. */
function crossChecks(config: Config): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  config.categories.forEach((c, i) => {
    if (seen.has(c.id)) issues.push({ path: `categories[${i}].id`, message: `duplicate category id "${c.id}"` });
    seen.add(c.id);
    if (c.necessary && (c.sale || c.share)) {
      issues.push({
        path: `categories[${i}].${c.sale ? 'sale' : 'share'}`,
        message: 'a necessary category cannot be sold or shared',
      });
    }
  });
  return issues;
}

/** Validates a config; throws PrivacyChoicesConfigError listing every problem with its key path. */
export function validateConfig(input: unknown): Config {
  const result = z.safeParse(schema, input);
  const issues: ConfigIssue[] = result.success
    ? crossChecks(result.data as Config)
    : result.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: describeIssue(issue),
      }));
  if (issues.length) throw new PrivacyChoicesConfigError(issues);
  return input as Config;
}

// zod/mini ships without its message locale (bytes), so issues without a message of ours are
// described here from their code.
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'expected true, false or an options object';
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? 'at least' : 'at most';
      const limit = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const plural = Number(limit) === 1 ? '' : 's';
      const unit = issue.origin === 'array' ? ` item${plural}` : issue.origin === 'string' ? ` character${plural}` : '';
      return `expected ${bound} ${String(limit)}${unit}`;
    }
    case 'invalid_key':
      return issue.issues[0] ? describeIssue(issue.issues[0] as z.core.$ZodIssue) : 'invalid key';
    default:
      return 'invalid value';
  }
}
