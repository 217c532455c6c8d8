// Property-based fuzzing of the three entry points hostile input reaches first: the consent cookie
// (decodeChoice, then toState on whatever it decoded), the config validator (validateConfig) and
// the defensive config reader of the returning-visitor path (toSettings, which runs on the raw,
// unvalidated JSON of a first visit before the validator has even loaded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChoice, encodeChoice, type StoredChoice } from '../../packages/sdk/src/core/choice-codec';
import { configIssuePaths } from '../../packages/sdk/src/core/config-check';
import { PrivacyChoicesConfigError } from '../../packages/sdk/src/core/config-error';
import { validateConfig } from '../../packages/sdk/src/core/config-schema';
import { reconcile, toState } from '../../packages/sdk/src/core/policy';
import { toSettings } from '../../packages/sdk/src/core/settings';
import type { Config } from '../../packages/sdk/src/core/types';
import { NECESSARY, SOLD_ANALYTICS } from '../support/categories';
import { optedOutChoice } from '../support/stored-choices';
import { storedChoice } from '../../packages/sdk/src/core/stored-choice';

const RUNS = { numRuns: 400 };
const SLOW = 120_000; // property runs: generous under a loaded CI machine

const VALID: StoredChoice = optedOutChoice({
  decidedAt: 1_763_000_000_000,
  bits: 0b101,
  optOutAt: 1_763_000_000_000,
  id: 'k2j3h4g5x1',
  fingerprint: '1x2k3j',
  layout: '4jk2a',
  revision: '2024-10-02',
});

const GOOD_CONFIG = {
  revision: '2024-10-02',
  mode: 'opt-out',
  regions: { default: 'opt-in', US: 'opt-out' },
  region: 'US-CA',
  gpc: 'honor',
  dnt: 'ignore',
  cookie: { name: 'privacy_choices', domain: 'example.com', days: 365 },
  links: { privacyPolicy: 'https://example.com/privacy', doNotSellRequest: 'mailto:privacy@example.com' },
  categories: [
    NECESSARY,
    {
      ...SOLD_ANALYTICS,
      vendors: [{ name: 'Google Analytics', optOutUrl: 'https://tools.google.com/dlpage/gaoptout' }],
    },
    { id: 'advertising', label: 'Advertising', sale: true, share: true, consentMode: ['ad_storage', 'ad_user_data'] },
  ],
  integrations: { googleConsentMode: true, dataLayer: true, gpp: { sections: ['usnat', 'usca'] }, usp: true },
  language: 'auto',
  texts: { en: { bannerTitle: 'Cookies' } },
};

/** Strings from every corner: ASCII, full unicode (lone surrogates included), near-cookie alphabets. */
const anyString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyzZ.-_=%;, '.split('')), maxLength: 120 }),
);

/** A valid cookie with one or more fields replaced by junk or by extreme but well-formed values. */
const mutatedCookie = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.nat({ max: 12 }),
        fc.oneof(
          anyString,
          fc.constantFrom(
            '',
            'zzzzzzzzzz',
            'zzzzzzzzz',
            '0000000000',
            '0',
            'z',
            'zz',
            '10',
            'ffffffff',
            '1z141z3',
            '1z141z4',
          ),
        ),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([edits]) => {
    const parts = encodeChoice(VALID).split('.');
    for (const [index, value] of edits) parts[index] = value;
    return parts.join('.');
  });

const SETTINGS = toSettings(GOOD_CONFIG as Config, 'fp');

describe('fuzz: decodeChoice (the consent cookie is attacker-controlled input)', { timeout: SLOW }, () => {
  const checkDecoded = (value: string) => {
    let decoded: StoredChoice | null = null;
    expect(() => (decoded = decodeChoice(value))).not.toThrow();
    if (decoded === null) return;
    const d = decoded as StoredChoice;
    // What decodes must be usable by the runtime: a decoded choice feeds reconcile and toState
    // (what the instance does synchronously at boot). "Anything that does not decode is no
    // choice yet, never an exception" — so anything that does decode must not
    // throw later either.
    const stored = storedChoice(SETTINGS, value);
    const none = { gpc: false, dnt: false };
    expect(() => toState(SETTINGS, reconcile(SETTINGS, stored, none, Date.now()).choice, none)).not.toThrow();
    // ...well-formed (times a Date can hold)...
    expect(Number.isSafeInteger(d.decidedAt) && Math.abs(d.decidedAt) <= 8.64e15).toBe(true);
    expect(d.optOutAt === null || (Number.isSafeInteger(d.optOutAt) && d.optOutAt <= 8.64e15)).toBe(true);
    expect(d.bits).toBeGreaterThanOrEqual(0);
    expect(d.bits).toBeLessThanOrEqual(0xffffffff);
    expect(typeof d.revision).toBe('string');
    // ...and stable under re-encoding.
    expect(decodeChoice(encodeChoice(d))).toEqual(d);
  };

  it('never throws on arbitrary strings, unicode and lone surrogates', () => {
    fc.assert(
      fc.property(anyString, (value) => checkDecoded(value)),
      { numRuns: 2000 },
    );
  });

  it('never throws on non-string input (fc.anything)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => decodeChoice(value)).not.toThrow();
        expect(decodeChoice(value)).toBeNull();
      }),
      RUNS,
    );
  });

  it('rejects huge values quickly (4 kB cookie, 1 MB string)', () => {
    for (const value of [
      '1.' + 'a'.repeat(4000),
      encodeChoice(VALID) + '.' + 'x'.repeat(4000),
      '.'.repeat(1 << 20),
      'x'.repeat(1 << 20),
    ]) {
      const start = performance.now();
      expect(decodeChoice(value)).toBeNull();
      expect(performance.now() - start).toBeLessThan(50);
    }
  });

  it('never throws on a valid cookie with fields mutated, and what decodes is usable by toState', () => {
    fc.assert(
      fc.property(mutatedCookie, (value) => checkDecoded(value)),
      { numRuns: 3000 },
    );
  });

  it('regression: a well-formed cookie with an out-of-range decidedAt ("zzzzzzzzz" seconds) is no choice, not a RangeError', () => {
    // 36^9 s ≈ 1e17 ms > the 8.64e15 ms a Date can hold: new Date(…).toISOString() throws.
    const parts = encodeChoice(VALID).split('.');
    parts[1] = 'zzzzzzzzz';
    checkDecoded(parts.join('.'));
  });
});

// ---------------------------------------------------------------------------------------------

function expectOnlyConfigErrors(input: unknown) {
  let thrown: unknown = null;
  try {
    validateConfig(input);
  } catch (error) {
    thrown = error;
  }
  if (thrown === null) return 'valid';
  expect(thrown).toBeInstanceOf(PrivacyChoicesConfigError);
  const issues = (thrown as PrivacyChoicesConfigError).issues;
  expect(Array.isArray(issues)).toBe(true);
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(typeof issue.path).toBe('string');
    expect(typeof issue.message).toBe('string');
    expect(issue.message.length).toBeGreaterThan(0);
  }
  expect((thrown as Error).message).toMatch(/^privacy-choices: invalid config:/);
  return 'invalid';
}

type Path = (string | number)[];

/** Every path into a JSON value (objects and arrays), root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (!value || typeof value !== 'object') return [];
  const out: Path[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  for (const [key, child] of entries) {
    out.push([...prefix, key]);
    out.push(...pathsOf(child, [...prefix, key]));
  }
  return out;
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.oneof(
      fc.anything(),
      fc.jsonValue(),
      fc.constantFrom(null, '', 'javascript:alert(1)', 500, -1, 1.5, [], {}, 'sael', true),
    ),
  }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('sael', 'sahre', '__proto__', 'constructor', 'toString', 'valueOf', 'necesary'),
    ),
    value: fc.jsonValue(),
  }),
);

function applyMutation(config: unknown, path: Path, m: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(config));
  let target = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (m.kind === 'set') target[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(target)) target.splice(last as number, 1);
    else delete target[last];
  } else {
    const node = target[last];
    if (node && typeof node === 'object' && !Array.isArray(node))
      Object.defineProperty(node, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const PATHS = pathsOf(GOOD_CONFIG);

/** A value as the whole config, as the valid config's one category and as its categories. */
const inConfigPlaces = (value: unknown) => [
  value,
  { ...GOOD_CONFIG, categories: [value] },
  { ...GOOD_CONFIG, categories: value },
];

/** The valid config with 1–3 random edits anywhere in the tree. */
const mutatedConfig = fc
  .array(fc.tuple(fc.constantFrom(...PATHS), mutation), { minLength: 1, maxLength: 3 })
  .map((edits) => {
    let config: unknown = GOOD_CONFIG;
    for (const [path, m] of edits) {
      try {
        config = applyMutation(config, path, m);
      } catch {
        /* path no longer exists after an earlier edit */
      }
    }
    return config;
  });

describe('fuzz: validateConfig only ever throws PrivacyChoicesConfigError with key paths', { timeout: SLOW }, () => {
  it('the unmutated config is valid (control)', () => {
    expect(expectOnlyConfigErrors(GOOD_CONFIG)).toBe('valid');
  });

  it('fc.anything()', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
        }),
        (value) => {
          expectOnlyConfigErrors(value);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('fc.jsonValue() as the whole config, and as every category', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const config of inConfigPlaces(value)) expectOnlyConfigErrors(config);
      }),
      RUNS,
    );
  });

  it('mutated valid configs (1–3 random edits anywhere in the tree)', () => {
    fc.assert(
      fc.property(mutatedConfig, (config) => {
        const outcome = expectOnlyConfigErrors(config);
        // Whatever the validator accepts, the runtime must be able to read.
        if (outcome === 'valid') expect(() => toSettings(config as Config, 'fp')).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });

  it('a typo names its key path ("sael" in categories[1])', () => {
    const bad = JSON.parse(JSON.stringify(GOOD_CONFIG));
    bad.categories[1].sael = true;
    try {
      validateConfig(bad);
      expect.unreachable('must throw');
    } catch (error) {
      expect((error as PrivacyChoicesConfigError).issues.map((i) => i.path)).toContain('categories[1]');
      expect((error as Error).message).toMatch(/sael/);
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** JSON values whose keys are often the config's own names or Object.prototype's. */
const KEY = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'categories',
      'id',
      'label',
      'necessary',
      'sale',
      'share',
      'cookies',
      'vendors',
      'consentMode',
      'regions',
      'region',
      'mode',
      'revision',
      'cookie',
      'name',
      'days',
      'domain',
      'links',
      'footerLink',
      'integrations',
      'gpp',
      'googleConsentMode',
      'sections',
      'mspa',
      'covered',
      'language',
      'texts',
      'default',
      'US',
      'description',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('toString', 'valueOf', '__proto__', 'constructor', 'hasOwnProperty') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, false, 0, -1, 500, 1e308, '', 'opt-out', 'opt-in', 'x', 'US-CA'),
    fc.string({ maxLength: 8 }),
    fc.double(),
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(KEY, tie('json'), { maxKeys: 6 }),
  ),
}));
/** Parse through JSON, as the script tag does: `__proto__` becomes an own key, as in the page. */
const parsedJson = json.map((value) => JSON.parse(JSON.stringify(value) ?? 'null'));

describe('fuzz: toSettings never throws on arbitrary JSON (the unvalidated first-visit path)', {
  timeout: SLOW,
}, () => {
  const check = (value: unknown) => {
    // script.ts: toSettings((raw.value || {}) as Config, hash(raw.text))
    const settings = toSettings((value || {}) as Config, 'fp');
    expect(Array.isArray(settings.categories)).toBe(true);
    expect(typeof settings.layout).toBe('string');
    expect(typeof settings.cookie.name).toBe('string');
  };

  it('fc.jsonValue()', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => check(value)),
      { numRuns: 1000 },
    );
  });

  it("JSON objects keyed with the config's names and with Object.prototype's", () => {
    fc.assert(
      fc.property(parsedJson, (value) => check(value)),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.dictionary(KEY, parsedJson, { maxKeys: 8 }), (value) => check(value)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.array(fc.dictionary(KEY, parsedJson, { maxKeys: 6 }), { maxLength: 4 }), (categories) =>
        check({ ...GOOD_CONFIG, categories }),
      ),
      { numRuns: 2000 },
    );
  });

  it('regression: a category id that is an object with a non-callable "toString" (valid JSON) does not throw', () => {
    // JSON.parse('{"categories":[{"id":{"toString":1},"label":"x"}]}') — String(c.id) throws a TypeError.
    check(JSON.parse('{"categories":[{"id":{"toString":1},"label":"x"}]}'));
    check(JSON.parse('{"categories":[{"id":"a","label":{"valueOf":{},"toString":[]}}]}'));
    check(JSON.parse('{"revision":{"toString":0},"categories":[{"id":"a","label":"A"}]}'));
  });
});

// ---------------------------------------------------------------------------------------------
// The zod-free check that a visitor's browser runs instead of the schema: a config it passes is
// never validated in the browser, so it must not pass anything the schema rejects. Flagging
// something the schema accepts would only cost a needless validator download, but it is held to
// the same answer too.

function agrees(config: unknown) {
  const schemaSays = expectOnlyConfigErrors(config);
  const paths = configIssuePaths(config);
  expect(paths.length === 0 ? 'valid' : 'invalid', JSON.stringify(config)?.slice(0, 400)).toBe(schemaSays);
  return schemaSays;
}

describe('fuzz: configIssuePaths (zod-free) agrees with the schema', { timeout: SLOW }, () => {
  it('on the valid control config and on a minimal one', () => {
    expect(agrees(GOOD_CONFIG)).toBe('valid');
    expect(agrees({ categories: [{ id: 'necessary', label: 'Necessary', necessary: true }] })).toBe('valid');
  });

  it('on mutated valid configs (1–3 random edits anywhere in the tree)', () => {
    let invalid = 0;
    fc.assert(
      fc.property(mutatedConfig, (config) => {
        if (agrees(config) === 'invalid') invalid++;
      }),
      { numRuns: 3000 },
    );
    expect(invalid).toBeGreaterThan(1000); // the property saw many invalid configs, not only valid ones
  });

  it('on fc.jsonValue() as the whole config, as a category and as the categories', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const config of inConfigPlaces(value)) agrees(config);
        agrees({ ...GOOD_CONFIG, integrations: value });
      }),
      RUNS,
    );
  });

  it('on hand-picked edge cases of each rule', () => {
    const cat = (extra: object) => ({ ...GOOD_CONFIG, categories: [{ id: 'a', label: 'A', ...extra }] });
    const cases: unknown[] = [
      null,
      [],
      'x',
      {},
      { categories: [] },
      { categories: Array.from({ length: 33 }, (_, i) => ({ id: 'c' + i, label: 'C' })) },
      cat({ label: '' }),
      cat({ label: 'x'.repeat(201) }),
      cat({ description: '' }),
      cat({ id: 'a b' }),
      cat({ id: 'x'.repeat(41) }),
      cat({ cookies: ['/(/'] }),
      cat({ cookies: ['a=b'] }),
      cat({ cookies: ['/^_ga/i'] }),
      cat({ consentMode: ['ad_storage', 'nope'] }),
      cat({ necessary: true, share: true }),
      cat({ vendors: [{ name: 'V', optOutUrl: 'javascript:alert(1)' }] }),
      cat({ vendors: [{ name: 'V', privacyUrl: ' java\tscript:x' }] }),
      cat({ vendors: [{ optOutUrl: '/x' }] }),
      { ...GOOD_CONFIG, categories: [GOOD_CONFIG.categories[0], GOOD_CONFIG.categories[0]] },
      { ...GOOD_CONFIG, cookie: { days: 400 } },
      { ...GOOD_CONFIG, cookie: { days: 401 } },
      { ...GOOD_CONFIG, cookie: { days: 1.5 } },
      { ...GOOD_CONFIG, cookie: { domain: '.example.com' } },
      { ...GOOD_CONFIG, cookie: { domain: 'exa mple.com' } },
      { ...GOOD_CONFIG, regions: { 'us-ca': 'opt-out' } },
      { ...GOOD_CONFIG, regions: { USA: 'opt-out' } },
      { ...GOOD_CONFIG, region: 'x'.repeat(11) },
      { ...GOOD_CONFIG, revision: 'a;b' },
      { ...GOOD_CONFIG, language: 'fr-CA' },
      { ...GOOD_CONFIG, language: 'f' },
      { ...GOOD_CONFIG, links: { footerLink: 'nope' } },
      { ...GOOD_CONFIG, texts: { en: { a: 1 } } },
      { ...GOOD_CONFIG, integrations: { googleConsentMode: { waitForUpdate: 60001 } } },
      { ...GOOD_CONFIG, integrations: { gpp: { sections: [] } } },
      { ...GOOD_CONFIG, integrations: { gpp: { mspa: { mode: 'opt-out' } } } },
      { ...GOOD_CONFIG, integrations: { gpp: { mspa: { covered: true, mode: 'service-provider' } } } },
      { ...GOOD_CONFIG, records: { endpoint: '/x' } },
      { ...GOOD_CONFIG, $schema: './schema.json' },
      { ...GOOD_CONFIG, mode: undefined },
    ];
    for (const config of cases) agrees(config);
  });

  it('names the bad key paths the schema names', () => {
    const bad = JSON.parse(JSON.stringify(GOOD_CONFIG));
    bad.categories[1].sael = true;
    bad.cookie.days = 0;
    bad.integrations.gpp = { sections: ['usny'] };
    expect(configIssuePaths(bad).sort()).toEqual(['categories[1]', 'cookie.days', 'integrations.gpp.sections[0]']);
  });
});
