// Stored choices (core/choice-codec.ts) as the tests write them into a cookie: every field set,
// so a test names only what its case is about.
import type { StoredChoice } from '../../packages/sdk/src/core/choice-codec';

const DECIDED_AT = Date.UTC(2026, 0, 1, 12);

/** A choice made on the banner with both opt-outs in force (Decline under a US mode). */
export const optedOutChoice = (patch: Partial<StoredChoice> = {}): StoredChoice => ({
  decidedAt: DECIDED_AT,
  bits: 1,
  saleOptOut: true,
  shareOptOut: true,
  confirmedOptIn: false,
  pending: false,
  knownChild: false,
  recorded: false,
  defaultsOn: true,
  optOutAt: DECIDED_AT,
  source: 'banner',
  id: 'abcdefghij',
  fingerprint: 'x',
  layout: 'x',
  revision: '1',
  ...patch,
});
