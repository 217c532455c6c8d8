// The visitor's privacy state on the server, from the request's Cookie and Sec-GPC headers: the
// same state the browser computes on that page view, so that server-rendered content gated on a
// category matches what the page then shows (no flash of an ad slot the visitor declined).
import { findCookie } from '../core/cookie-format';
import { configFingerprint } from '../core/hash';
import { reconcile, toState, type Signals } from '../core/policy';
import { withRegion } from '../core/region';
import { toSettings } from '../core/settings';
import { storedChoice } from '../core/stored-choice';
import type { Config, State } from '../core/types';

export interface ReadChoiceOptions {
  /** The request's `Sec-GPC` header: "1" is a Global Privacy Control opt-out. */
  gpcHeader?: string | null;
  /** The request's `DNT` header (only honoured with `dnt: "honor"` in the config). */
  dntHeader?: string | null;
  /** The visitor's region (e.g. from regionFromHeaders), used when the config says `region: "auto"`. */
  region?: string | null;
  /** Milliseconds since the epoch; default now. */
  now?: number;
}

const isOn = (value: string | null | undefined) => typeof value === 'string' && value.trim() === '1';

/**
 * The state the browser would compute for this request: `decided`, the categories, the sale and
 * sharing opt-outs (a GPC signal is one, stored or not), `source`, `mode`. `id` is the stored
 * record id, or null where the browser is about to make a new one. Never throws: a missing or
 * damaged cookie is "no choice yet".
 */
export function readChoice(
  cookieHeader: string | null | undefined,
  config: Config,
  options: ReadChoiceOptions = {},
): State {
  const settings = toSettings(
    withRegion(config, () => options.region),
    configFingerprint(config),
  );
  const signals: Signals = { gpc: isOn(options.gpcHeader), dnt: isOn(options.dntHeader) };
  const value = typeof cookieHeader === 'string' ? findCookie(cookieHeader, settings.cookie.name) : undefined;
  const now = options.now == null ? Date.now() : options.now;
  // Whole seconds, as the cookie stores them (as the browser's clock does).
  const { choice } = reconcile(settings, storedChoice(settings, value), signals, Math.floor(now / 1000) * 1000);
  return toState(settings, choice, signals);
}
