// What a browser may send: the fields of the SDK's getState() plus fingerprint, region, language
// and page (README "Consent records"). Strict: an unknown field is an error, so nothing the
// operator did not plan to keep is stored by accident.
import { z } from 'zod';

/** The source of what the visitor did not choose: the SDK's defaults, and an opt-out the business
 *  applied itself (the known-child rule: records/metrics.ts). */
export const BUSINESS_SOURCE = 'default';
/** What made the recorded choice (the SDK's State.source). */
export const SOURCES = ['banner', 'preferences', 'link', 'api', 'gpc', 'dnt', 'implied', BUSINESS_SOURCE] as const;
export const MODES = ['opt-in', 'opt-out', 'implied', 'notice'] as const;

/** A choice's cookie lives at most 400 days: an older unsent record cannot exist. */
export const MAX_RECORD_AGE_MS = 400 * 24 * 3600 * 1000;
/** Clocks drift; a decision a day "in the future" is still plausible. */
export const MAX_CLOCK_SKEW_MS = 24 * 3600 * 1000;

const CATEGORY_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A page address without query string or fragment: those may hold personal data. */
const page = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        !url.search &&
        !url.hash &&
        !value.includes('?') &&
        !value.includes('#')
      );
    } catch {
      return false;
    }
  }, 'an http(s) address without query string or fragment');

export function recordSchema(now: () => number = Date.now) {
  return z.strictObject({
    id: z.string().regex(/^[0-9a-z]{4,16}$/, 'a consent id of 4-16 characters [0-9a-z]'),
    decidedAt: z
      .number()
      .int()
      .refine((ms) => {
        const t = now();
        return ms >= t - MAX_RECORD_AGE_MS && ms <= t + MAX_CLOCK_SKEW_MS;
      }, 'epoch milliseconds within the last 400 days'),
    revision: z.string().min(1).max(64),
    fingerprint: z.string().regex(/^[0-9a-z]{1,16}$/, 'the config fingerprint ([0-9a-z], up to 16)'),
    mode: z.enum(MODES),
    region: z
      .string()
      .max(32)
      .regex(/^[A-Za-z0-9-]*$/, 'a region code such as US-CA')
      .nullable(),
    source: z.enum(SOURCES),
    categories: z
      .record(z.string().regex(CATEGORY_ID, 'a category id'), z.boolean())
      .refine((value) => Object.keys(value).length <= 32, 'at most 32 categories'),
    saleOptOut: z.boolean(),
    shareOptOut: z.boolean(),
    gpc: z.boolean(),
    /** The site marked the visitor as under 16 (SDK setKnownChild): sale and sharing are off by
     *  that rule, not by a request. Optional: an SDK that predates it does not send it. */
    knownChild: z.boolean().optional(),
    language: z
      .string()
      .max(35)
      .regex(/^[A-Za-z0-9-]*$/, 'a language tag such as en-US'),
    page,
  });
}

export type RecordBody = z.infer<ReturnType<typeof recordSchema>>;

/** The first problem, as the JSON error the API answers: the field's dotted path and why. */
export function describeIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  const field = issue?.path.length
    ? issue.path.map(String).join('.')
    : (issue as { keys?: string[] } | undefined)?.keys?.join(',') || 'body';
  return { field, message: issue ? issue.message : 'invalid' };
}
