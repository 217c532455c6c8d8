import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeChoice, encodeChoice, newConsentId, type StoredChoice } from './choice-codec';

const sample: StoredChoice = {
  decidedAt: 1_763_000_000_000,
  bits: 0b10101,
  saleOptOut: true,
  shareOptOut: false,
  confirmedOptIn: false,
  pending: false,
  knownChild: true,
  recorded: false,
  defaultsOn: true,
  optOutAt: 1_763_000_000_000,
  source: 'banner',
  id: 'k2j3h4g5x1',
  fingerprint: '1x2k3j',
  layout: '4jk2a',
  revision: '2024.10.02',
};

describe('choice cookie codec', () => {
  it('round-trips, revision dots included, in well under 200 bytes', () => {
    const encoded = encodeChoice(sample);
    expect(decodeChoice(encoded)).toEqual(sample);
    expect(encoded.length).toBeLessThan(80);
    expect(encoded).toMatch(/^1\./);
  });

  it('reads a cookie written before defaultsOn existed as made under opt-in, as it was taken then', () => {
    const encoded = encodeChoice(sample);
    const flags = encoded.split('.')[3]!;
    const withoutBit = (parseInt(flags, 36) & ~(1 << 6)).toString(36);
    const older = encoded.replace(`.${flags}.`, `.${withoutBit}.`);
    expect(decodeChoice(older)).toEqual({ ...sample, defaultsOn: false });
  });

  it('treats garbage, foreign formats and tampering as "no choice yet"', () => {
    const garbage = [
      undefined,
      null,
      42,
      '',
      'yes',
      '{"necessary":true}',
      'a'.repeat(5000),
      '2.x.x.x.x.x.x.x.x.r',
      encodeChoice(sample).replace('.b.', '.?.'),
      encodeChoice(sample).split('.').slice(0, 9).join('.'),
      '1.zzzzzzzzzzzz.1.0.b..abcd.1.1.r',
      // A source field that names an Object.prototype member (found by test/unit/fuzz.test.ts).
      ...['valueOf', 'constructor', '__proto__', 'toString'].map((code) =>
        encodeChoice(sample).replace('.b.', `.${code}.`),
      ),
    ];
    for (const value of garbage) expect(decodeChoice(value)).toBeNull();
  });

  it('never throws on any string, and decodes only what it encoded', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        decodeChoice(s);
      }),
    );
    const choice = fc.record({
      decidedAt: fc.integer({ min: 0, max: 4e9 }).map((s) => s * 1000),
      bits: fc.integer({ min: 0, max: 0xffffffff }),
      saleOptOut: fc.boolean(),
      shareOptOut: fc.boolean(),
      confirmedOptIn: fc.boolean(),
      pending: fc.boolean(),
      knownChild: fc.boolean(),
      recorded: fc.boolean(),
      defaultsOn: fc.boolean(),
      optOutAt: fc.option(
        fc.integer({ min: 0, max: 4e9 }).map((s) => s * 1000),
        { nil: null },
      ),
      source: fc.constantFrom('banner', 'preferences', 'link', 'api', 'gpc', 'dnt', 'implied', 'default' as const),
      id: fc.stringMatching(/^[0-9a-z]{4,16}$/),
      fingerprint: fc.stringMatching(/^[0-9a-z]{1,7}$/),
      layout: fc.stringMatching(/^[0-9a-z]{1,7}$/),
      revision: fc.stringMatching(/^[^\s;,]{1,64}$/),
    });
    fc.assert(
      fc.property(choice, (c) => {
        expect(decodeChoice(encodeChoice(c as StoredChoice))).toEqual(c);
      }),
    );
  });

  it('makes random 10-character consent ids', () => {
    const ids = new Set(Array.from({ length: 50 }, newConsentId));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]{10}$/);
  });
});
