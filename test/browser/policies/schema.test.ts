// The five demo configs are valid for the SDK (its zod schema plus cross-key checks) and fit the
// generated JSON Schema (packages/sdk/dist/privacy-choices.schema.json, which their "$schema"
// points at). No JSON Schema validator is installed, so the JSON Schema is checked structurally,
// and the configs are walked against it with a minimal checker for the keywords it uses.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../../../packages/sdk/src/core/config-schema';
import { PrivacyChoicesConfigError } from '../../../packages/sdk/src/core/config-error';
import { textKeys } from '../../../packages/sdk/src/core/texts';
import { loadPolicy, POLICIES } from './helpers';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCHEMA_FILE = resolve(ROOT, 'packages/sdk/dist/privacy-choices.schema.json');
const CONFIG_KEYS = [
  '$schema',
  'revision',
  'mode',
  'regions',
  'region',
  'gpc',
  'dnt',
  'cookie',
  'links',
  'categories',
  'integrations',
  'language',
  'texts',
  'implied',
  'theme',
];

type Schema = Record<string, any>;
let schema: Schema;

beforeAll(() => {
  // Always regenerate: the test checks the generator as it is now, not a stale file.
  execFileSync(process.execPath, [resolve(ROOT, 'scripts/build-schema.mjs')], { cwd: ROOT, stdio: 'pipe' });
  schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
}, 180_000);

/** The subset of JSON Schema 2020-12 the generated file uses. Returns "path: problem" strings. */
function check(value: unknown, s: Schema, path = '$'): string[] {
  if (s.anyOf) {
    const results = (s.anyOf as Schema[]).map((alt) => check(value, alt, path));
    return results.some((r) => r.length === 0)
      ? []
      : [`${path}: matches no alternative (${results.map((r) => r[0]).join(' | ')})`];
  }
  const problems: string[] = [];
  const type = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : Number.isInteger(value) && s.type === 'integer'
        ? 'integer'
        : typeof value;
  if (s.type && s.type !== type && !(s.type === 'number' && type === 'number'))
    return [`${path}: expected ${s.type}, got ${type}`];
  if (s.enum && !s.enum.includes(value))
    problems.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(s.enum)}`);
  if (typeof value === 'string') {
    if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) problems.push(`${path}: does not match ${s.pattern}`);
    if (s.minLength != null && value.length < s.minLength) problems.push(`${path}: shorter than ${s.minLength}`);
    if (s.maxLength != null && value.length > s.maxLength) problems.push(`${path}: longer than ${s.maxLength}`);
  }
  if (typeof value === 'number') {
    if (s.minimum != null && value < s.minimum) problems.push(`${path}: below ${s.minimum}`);
    if (s.maximum != null && value > s.maximum) problems.push(`${path}: above ${s.maximum}`);
  }
  if (Array.isArray(value)) {
    if (s.minItems != null && value.length < s.minItems) problems.push(`${path}: fewer than ${s.minItems} items`);
    if (s.maxItems != null && value.length > s.maxItems) problems.push(`${path}: more than ${s.maxItems} items`);
    if (s.items) value.forEach((item, i) => problems.push(...check(item, s.items, `${path}[${i}]`)));
  }
  if (type === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of s.required || []) if (!(key in obj)) problems.push(`${path}: missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (s.propertyNames) problems.push(...check(key, s.propertyNames, `${path}.${key} (name)`));
      if (s.properties && key in s.properties) problems.push(...check(v, s.properties[key], `${path}.${key}`));
      else if (s.additionalProperties === false) problems.push(`${path}: unknown key "${key}"`);
      else if (s.additionalProperties && typeof s.additionalProperties === 'object')
        problems.push(...check(v, s.additionalProperties, `${path}.${key}`));
    }
  }
  return problems;
}

describe('policy configs', () => {
  it.each(POLICIES)('%s is valid for the SDK validator (zod schema + cross-key checks)', (name) => {
    const config = loadPolicy(name);
    expect(() => validateConfig(config)).not.toThrow();
    expect(config.$schema).toBe('../../sdk/dist/privacy-choices.schema.json');
    // ../../sdk/dist from packages/demo/policies is where the generator writes.
    expect(resolve(ROOT, 'packages/demo/policies', dirname(config.$schema!))).toBe(dirname(SCHEMA_FILE));
  });

  it.each(POLICIES)('%s fits the generated JSON Schema', (name) => {
    expect(check(loadPolicy(name), schema)).toEqual([]);
  });

  it.each(POLICIES)('%s: googleConsentMode and dataLayer on; necessary category present and never sold', (name) => {
    const config = loadPolicy(name);
    expect(config.integrations).toMatchObject({ googleConsentMode: true, dataLayer: true });
    const necessary = config.categories.find((c) => c.necessary);
    expect(necessary?.id).toBe('necessary');
    expect(necessary?.sale || necessary?.share || false).toBe(false);
  });
});

describe('generated JSON Schema', () => {
  it('is draft 2020-12, closed at the top level, and lists every config key', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual([...CONFIG_KEYS].sort());
    expect(schema.required).toEqual(['categories']);
    expect(schema.description).toMatch(/not in this file|cannot express/i);
  });

  it('closes nested objects too (typos are errors), texts included', () => {
    const category = schema.properties.categories.items;
    expect(category.additionalProperties).toBe(false);
    expect(Object.keys(category.properties).sort()).toEqual(
      ['id', 'label', 'description', 'necessary', 'sale', 'share', 'cookies', 'consentMode', 'vendors'].sort(),
    );
    expect(category.required).toEqual(expect.arrayContaining(['id', 'label']));
    expect(category.properties.vendors.items.additionalProperties).toBe(false);
    expect(schema.properties.cookie.additionalProperties).toBe(false);
    expect(schema.properties.links.additionalProperties).toBe(false);
    expect(schema.properties.integrations.additionalProperties).toBe(false);
    const texts = schema.properties.texts.additionalProperties;
    expect(texts).toMatchObject({ type: 'object', additionalProperties: false });
    expect(Object.keys(texts.properties).sort()).toEqual(textKeys().sort());
    expect(schema.properties.mode.enum).toEqual(['opt-in', 'opt-out', 'implied', 'notice']);
    expect(schema.properties.cookie.properties.days.maximum).toBe(400);
  });

  it('the structural checker rejects what the schema forbids (a sanity check of the checker)', () => {
    const config = loadPolicy('concord-opero') as unknown as Record<string, any>;
    expect(check({ ...config, dnt: 'maybe' }, schema)).toEqual([expect.stringContaining('$.dnt')]);
    expect(check({ ...config, categorys: [] }, schema)).toEqual(['$: unknown key "categorys"']);
  });
});

describe('typos are rejected', () => {
  it('a config with a typo key is rejected by zod, naming the key', () => {
    const config = loadPolicy('concord-opero') as unknown as Record<string, any>;
    const typo = { ...config, integrations: { ...config.integrations, googleConsentMod: true } };
    let error: unknown;
    try {
      validateConfig(typo);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PrivacyChoicesConfigError);
    expect(String((error as Error).message)).toContain('integrations');
    expect(String((error as Error).message)).toContain('googleConsentMod');
    expect(check(typo, schema)).toEqual(['$.integrations: unknown key "googleConsentMod"']);
  });

  it('a typo inside a category is rejected too', () => {
    const config = loadPolicy('interop-io');
    const typo = { ...config, categories: config.categories.map((c, i) => (i === 2 ? { ...c, shared: true } : c)) };
    expect(() => validateConfig(typo)).toThrow(/categories\[2\]/);
  });
});
