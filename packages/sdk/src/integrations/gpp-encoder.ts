// IAB GPP string encoder for what this SDK emits: the header, the usnat (v2) and usca (v1) core
// sub-sections and their GPC sub-section. Pure functions; output is byte-equal to the reference
// encoder @iabgpp/cmpapi 3.2.0 (the IAB GPP specification; test vectors in gpp-encoder.test.ts). There is no decoder: the API answers
// getSection/getField from the field objects it encoded.

/** One sub-section: field name → value, as the spec names them (the getSection format). */
export type Subsection = Record<string, number | number[] | boolean>;
/** A section as the CMP API hands it out: the core sub-section, then optional ones (GPC). */
export type ParsedSection = Subsection[];

export const SECTION_IDS: Record<string, number> = { usnat: 7, usca: 8 };

// Core field names in encoding order. Version is Int(6); every other field is Int(2) or a list
// of Int(2) (N-Bitfield(2,k)). The names are public API (getField), so they cannot be minified.
const TAIL =
  ' SensitiveDataProcessing KnownChildSensitiveDataConsents PersonalDataConsents MspaCoveredTransaction MspaOptOutOptionMode MspaServiceProviderMode';
export const CORE_FIELDS: Record<string, string[]> = {
  usnat: (
    'Version SharingNotice SaleOptOutNotice SharingOptOutNotice TargetedAdvertisingOptOutNotice SensitiveDataProcessingOptOutNotice SensitiveDataLimitUseNotice SaleOptOut SharingOptOut TargetedAdvertisingOptOut' +
    TAIL
  ).split(' '),
  usca: (
    'Version SaleOptOutNotice SharingOptOutNotice SensitiveDataLimitUseNotice SaleOptOut SharingOptOut' + TAIL
  ).split(' '),
};

const int = (value: number, bits: number) => value.toString(2).padStart(bits, '0');

/** Fibonacci (Zeckendorf) code, least significant term first, closed by an extra 1. */
function fibonacci(n: number): string {
  const terms: number[] = [];
  for (let a = 1, b = 2; a <= n; [a, b] = [b, a + b]) terms.push(a);
  let code = '1';
  for (let i = terms.length; i--; ) {
    const on = terms[i] <= n;
    if (on) n -= terms[i];
    code = +on + code;
  }
  return code;
}

/** Bits to base64url. Padded like the reference encoder (to a multiple of 8, then of 6), not
 *  only to 6 as the spec text says: decoders accept both, fixtures need the library's form. */
export function base64(bits: string): string {
  while (bits.length % 8) bits += '0';
  while (bits.length % 6) bits += '0';
  return bits.replace(
    /.{6}/g,
    (six) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[parseInt(six, 2)],
  );
}

/** Header: Type 3, Version 1, then the section ids as a Fibonacci range (runs of consecutive
 *  ids become one range entry, offsets relative to the previous id). `ids` sorted ascending. */
export function header(ids: number[]): string {
  let bits = '';
  let count = 0;
  let last = 0;
  for (let i = 0; i < ids.length; count++) {
    const start = ids[i];
    while (ids[i + 1] === ids[i] + 1) i++;
    const end = ids[i++];
    bits += start === end ? '0' + fibonacci(start - last) : '1' + fibonacci(start - last) + fibonacci(end - start);
    last = end;
  }
  return base64(int(3, 6) + int(1, 6) + int(count, 12) + bits);
}

/** A section's encoding: the core, then each further sub-section after a "." (only the GPC
 *  one exists for usnat/usca: SubsectionType Int(2) = 1, Gpc Boolean). */
export function encodeSection(section: string, parsed: ParsedSection): string {
  return parsed
    .map((sub, i) =>
      base64(
        i
          ? int(sub.SubsectionType as number, 2) + (sub.Gpc ? '1' : '0')
          : CORE_FIELDS[section]
              .map((name, j) =>
                ([] as number[])
                  .concat(sub[name] as number)
                  .map((v) => int(v, j ? 2 : 6))
                  .join(''),
              )
              .join(''),
      ),
    )
    .join('.');
}

/** The full GPP string from [section id, encoded section] pairs, in any order. */
export function gppString(sections: [number, string][]): string {
  const sorted = sections.slice().sort((a, b) => a[0] - b[0]);
  return [header(sorted.map((s) => s[0]))].concat(sorted.map((s) => s[1])).join('~');
}
