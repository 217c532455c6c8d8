import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GppModel, HeaderV1 } from '@iabgpp/cmpapi';
import { CORE_FIELDS, encodeSection, gppString, header, type ParsedSection, type Subsection } from './gpp-encoder';

/** A core sub-section object from its values in encoding order. */
const core = (section: string, values: (number | number[])[]): Subsection =>
  Object.fromEntries(CORE_FIELDS[section].map((name, i) => [name, values[i]]));

const zeros = (n: number) => Array(n).fill(0);
const gpc = (value: boolean) => ({ SubsectionType: 1, Gpc: value });

// usnat v2 core in encoding order: Version, SharingNotice, SaleOptOutNotice, SharingOptOutNotice,
// TargetedAdvertisingOptOutNotice, SDPOptOutNotice, LimitUseNotice, SaleOptOut, SharingOptOut,
// TargetedAdvertisingOptOut, SDP[16], KnownChild[3], PDC, MspaCovered, OptOutMode, SPMode.
const usnat = (n: number[], optOut: number[], mspa = [2, 0, 0]) =>
  core('usnat', [2, ...n, 0, 0, ...optOut, zeros(16), zeros(3), 0, ...mspa]);
// usca v1: Version, SaleOptOutNotice, SharingOptOutNotice, LimitUseNotice, SaleOptOut,
// SharingOptOut, SDP[9], KnownChild[2], PDC, MspaCovered, OptOutMode, SPMode.
const usca = (n: number[], optOut: number[]) => core('usca', [1, ...n, 0, ...optOut, zeros(9), zeros(2), 0, 2, 0, 0]);

const full = (sections: Record<string, ParsedSection>) =>
  gppString(Object.keys(sections).map((name) => [name === 'usnat' ? 7 : 8, encodeSection(name, sections[name])]));

const A: ParsedSection = [usnat([1, 1, 1, 1], [1, 1, 1]), gpc(true)];
const F: ParsedSection = [usca([1, 1], [1, 1]), gpc(true)];

describe('test vectors A–I (IAB GPP specification)', () => {
  it('A: seller, opted out, GPC', () => expect(full({ usnat: A })).toBe('DBABLA~CVQVAAAAAACA.YA'));
  it('B: seller, not opted out', () =>
    expect(full({ usnat: [usnat([1, 1, 1, 1], [2, 2, 2]), gpc(false)] })).toBe('DBABLA~CVQqAAAAAACA.QA'));
  it('C: B without the GPC sub-section', () =>
    expect(full({ usnat: [usnat([1, 1, 1, 1], [2, 2, 2])] })).toBe('DBABLA~CVQqAAAAAACA'));
  it('D: sharer that never sells, opted out', () =>
    expect(full({ usnat: [usnat([1, 0, 1, 1], [0, 1, 1]), gpc(true)] })).toBe('DBABLA~CRQFAAAAAACA.YA'));
  it('E: D not opted out', () =>
    expect(full({ usnat: [usnat([1, 0, 1, 1], [0, 2, 2]), gpc(false)] })).toBe('DBABLA~CRQKAAAAAACA.QA'));
  it('F: usca opted out', () => expect(full({ usca: F })).toBe('DBABBg~BUUAAACA.YA'));
  it('G: usnat + usca', () => expect(full({ usca: F, usnat: A })).toBe('DBABrw~CVQVAAAAAACA.YA~BUUAAACA.YA'));
  it('H: a pre-encoded uspv1 section', () => expect(gppString([[6, '1YYN']])).toBe('DBABTA~1YYN'));
  it('I: every field at the reference default', () =>
    expect(full({ usnat: [usnat([0, 0, 0, 0], [0, 0, 0], [1, 0, 0]), gpc(false)] })).toBe('DBABLA~CAAAAAAAAABA.QA'));
  it('A core bits', () => {
    const bits = '000010 010101 010000 010101 000000 000000 000000 000000 000000 000000 000010 000000';
    expect(encodeSection('usnat', [A[0]])).toBe(
      bits
        .split(' ')
        .map((six) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[parseInt(six, 2)])
        .join(''),
    );
  });
});

describe('header (IAB GPP specification, header table: library padding)', () => {
  it.each([
    [[2], 'DBABMA'],
    [[2, 6], 'DBACNYA'],
    [[5, 6], 'DBABjw'],
    [[6], 'DBABTA'],
    [[7], 'DBABLA'],
    [[8], 'DBABBg'],
    [[7, 8], 'DBABrw'],
  ])('%j → %s', (ids, expected) => expect(header(ids)).toBe(expected));

  it('matches the reference for any id set', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { minLength: 0, maxLength: 8 }), (ids) => {
        const sorted = ids.slice().sort((a, b) => a - b);
        const reference = new HeaderV1();
        reference.setFieldValue('SectionIds', sorted);
        expect(header(sorted)).toBe(reference.encode());
      }),
    );
  });
});

// Random field values within the ranges each field allows, checked both ways against the
// reference: it decodes our string to the same fields, and encodes the same fields to our string.
const two = fc.integer({ min: 0, max: 2 });
const sectionArb = (name: 'usnat' | 'usca') => {
  const names = CORE_FIELDS[name];
  const lists: Record<string, number> =
    name === 'usnat'
      ? { SensitiveDataProcessing: 16, KnownChildSensitiveDataConsents: 3 }
      : { SensitiveDataProcessing: 9, KnownChildSensitiveDataConsents: 2 };
  return fc
    .record({
      values: fc.tuple(
        ...names
          .slice(1)
          .map((field) =>
            lists[field]
              ? fc.array(two, { minLength: lists[field], maxLength: lists[field] })
              : field === 'MspaCoveredTransaction'
                ? fc.integer({ min: 1, max: 2 })
                : two,
          ),
      ),
      gpc: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map(({ values, gpc: g }) => {
      const parsed: ParsedSection = [core(name, [name === 'usnat' ? 2 : 1, ...(values as (number | number[])[])])];
      if (g !== undefined) parsed.push(gpc(g));
      return parsed;
    });
};

describe('round trip with @iabgpp/cmpapi', () => {
  it('usnat and usca, with and without GPC', () => {
    fc.assert(
      fc.property(
        fc.option(sectionArb('usnat'), { nil: undefined }),
        fc.option(sectionArb('usca'), { nil: undefined }),
        (n, c) => {
          fc.pre(!!n || !!c);
          const sections: Record<string, ParsedSection> = {};
          if (n) sections.usnat = n;
          if (c) sections.usca = c;
          const ours = full(sections);

          const decoded = new GppModel(ours);
          const reference = new GppModel();
          for (const name in sections) {
            const [fields, sub] = sections[name];
            for (const field in fields) {
              expect(decoded.getFieldValue(name, field)).toEqual(fields[field]);
              reference.setFieldValue(name, field, fields[field]);
            }
            expect(decoded.getFieldValue(name, 'GpcSegmentIncluded')).toBe(!!sub);
            reference.setFieldValue(name, 'GpcSegmentIncluded', !!sub);
            if (sub) {
              expect(decoded.getFieldValue(name, 'Gpc')).toBe(sub.Gpc);
              reference.setFieldValue(name, 'Gpc', sub.Gpc);
            }
          }
          expect(decoded.getSectionIds()).toEqual(
            Object.keys(sections)
              .map((s) => (s === 'usnat' ? 7 : 8))
              .sort(),
          );
          expect(reference.encode()).toBe(ours);
        },
      ),
      { numRuns: 300 },
    );
  });
});
