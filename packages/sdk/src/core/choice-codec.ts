// The stored choice and its cookie encoding (docs/semantics.md, "The cookie"). One dot-separated line of base-36
// fields, ~60 bytes for any number of categories up to 32:
//   1 . decidedAt . bits . flags . source . optOutAt . id . fingerprint . layout . revision
// The revision goes last so that it may itself contain dots. Anything that does not decode
// exactly is "no choice yet": decode never throws.
import type { Source } from './types';

export const FORMAT_VERSION = '1';

export interface StoredChoice {
  /** Milliseconds since the epoch (stored to the second). */
  decidedAt: number;
  /** Allowed categories as bits in the order of the config's categories. */
  bits: number;
  saleOptOut: boolean;
  shareOptOut: boolean;
  /** The visitor confirmed an opt-in despite a GPC/DNT signal (two-step, CCPA regs §7025(c)(3)). */
  confirmedOptIn: boolean;
  /** An opt-out is recorded but the visitor still has to be asked (opt-in, implied, notice modes). */
  pending: boolean;
  /** The page said the visitor is known to be under 16: sold/shared categories need an explicit opt-in. */
  knownChild: boolean;
  /** This choice (same id and decidedAt) reached the consent-record collector. */
  recorded: boolean;
  /** Made where categories are on unless declined (core/policy.ts). Absent from cookies written
   *  before it existed, which read as made under opt-in, as they were taken then. */
  defaultsOn: boolean;
  optOutAt: number | null;
  source: Source;
  id: string;
  fingerprint: string;
  layout: string;
  revision: string;
}

/** Each source (core/vocabulary.ts) as one letter in the cookie. */
const SOURCE_CODES: Record<Source, string> = {
  banner: 'b',
  preferences: 'p',
  link: 'l',
  api: 'a',
  gpc: 'g',
  dnt: 'd',
  implied: 'i',
  default: 'x',
};
// No prototype: a source field such as "valueOf" or "constructor" must find nothing.
const SOURCE_BY_CODE: Record<string, Source> = Object.create(null);
for (const source of Object.keys(SOURCE_CODES) as Source[]) SOURCE_BY_CODE[SOURCE_CODES[source]] = source;

/** The flags field: one bit per boolean, in this order (bit 0 = saleOptOut). */
const FLAGS = [
  'saleOptOut',
  'shareOptOut',
  'confirmedOptIn',
  'pending',
  'knownChild',
  'recorded',
  'defaultsOn',
] as const;

const B36 = /^[0-9a-z]{1,10}$/;
const toSeconds36 = (ms: number) => Math.floor(ms / 1000).toString(36);
/** Largest time a Date can hold: a later one would make the state's ISO date throw. */
const MAX_MS = 8.64e15;
const fromSeconds36 = (seconds: string) => parseInt(seconds, 36) * 1000;

export function encodeChoice(choice: StoredChoice): string {
  let flags = 0;
  FLAGS.forEach((flag, i) => {
    if (choice[flag]) flags |= 1 << i;
  });
  return [
    FORMAT_VERSION,
    toSeconds36(choice.decidedAt),
    choice.bits.toString(36),
    flags.toString(36),
    SOURCE_CODES[choice.source] || 'x',
    choice.optOutAt == null ? '' : toSeconds36(choice.optOutAt),
    choice.id,
    choice.fingerprint,
    choice.layout,
    choice.revision,
  ].join('.');
}

export function decodeChoice(value: unknown): StoredChoice | null {
  if (typeof value !== 'string' || value.length > 400) return null;
  const parts = value.split('.');
  if (parts.length < 10 || parts[0] !== FORMAT_VERSION) return null;
  const [, decidedSeconds, bits, flags, sourceCode, optOut, id, fingerprint, layout] = parts;
  const revision = parts.slice(9).join('.');
  if (
    !B36.test(decidedSeconds) ||
    !B36.test(bits) ||
    !/^[0-9a-z]{1,2}$/.test(flags) ||
    !SOURCE_BY_CODE[sourceCode] ||
    (optOut !== '' && !B36.test(optOut)) ||
    !/^[0-9a-z]{4,16}$/.test(id) ||
    !B36.test(fingerprint) ||
    !B36.test(layout) ||
    !revision
  )
    return null;
  const flagBits = parseInt(flags, 36);
  const bitValue = parseInt(bits, 36);
  const decidedAt = fromSeconds36(decidedSeconds);
  const optOutAt = optOut === '' ? null : fromSeconds36(optOut);
  if (
    flagBits >= 1 << FLAGS.length ||
    bitValue > 0xffffffff ||
    decidedAt > MAX_MS ||
    (optOutAt != null && optOutAt > MAX_MS)
  )
    return null;
  const choice = {
    decidedAt,
    bits: bitValue,
    optOutAt,
    source: SOURCE_BY_CODE[sourceCode],
    id,
    fingerprint,
    layout,
    revision,
  } as StoredChoice;
  FLAGS.forEach((flag, i) => (choice[flag] = !!(flagBits & (1 << i))));
  return choice;
}

/** A random consent-record id: 10 base-36 characters from the platform's CSPRNG where there is one. */
export function newConsentId(): string {
  let id = '';
  const random =
    typeof crypto !== 'undefined' && crypto.getRandomValues ? crypto.getRandomValues(new Uint8Array(10)) : null;
  for (let i = 0; i < 10; i++) id += (((random ? random[i] : Math.random() * 256) % 36) | 0).toString(36);
  return id;
}
