// The semantics of a choice, as pure functions: what Accept, Decline, "Do Not Sell or Share",
// a GPC/DNT signal and a revision change do to the categories. No DOM, no storage: the instance
// feeds these with the stored choice, the signals and the clock, and persists what comes back.
import type { Settings } from './settings';
import type { Source, State } from './types';

export interface Signals {
  gpc: boolean;
  dnt: boolean;
}

/** The visitor's choice as the runtime holds it (the cookie holds the same, as bits). */
export interface Choice {
  categories: Record<string, boolean>;
  decided: boolean;
  saleOptOut: boolean;
  shareOptOut: boolean;
  confirmedOptIn: boolean;
  /** The visitor is known to be under 16 (setKnownChild): sold/shared categories need an opt-in. */
  knownChild: boolean;
  /** This choice (same id and decidedAt) reached the consent-record collector. */
  recorded: boolean;
  optOutAt: number | null;
  source: Source;
  decidedAt: number | null;
  id: string | null;
  revision: string;
}

export type Action =
  | { type: 'accept-all'; confirmOptIn?: boolean }
  | { type: 'decline-all' }
  | { type: 'opt-out' }
  | { type: 'set'; choices: Record<string, boolean>; confirmOptIn?: boolean }
  | { type: 'dismiss' };

/** CCPA: no request to opt back in within 12 months of an opt-out (Civ. Code §1798.135(c)(4)). */
export const OPT_OUT_QUIET_MS = 365 * 24 * 3600 * 1000;

export function defaultCategories(settings: Settings): Record<string, boolean> {
  const on = settings.mode !== 'opt-in';
  const categories: Record<string, boolean> = {};
  for (const c of settings.categories) categories[c.id] = c.necessary || on;
  return categories;
}

export function bitsOf(settings: Settings, categories: Record<string, boolean>): number {
  let bits = 0;
  settings.categories.forEach((c, i) => {
    if (categories[c.id]) bits += Math.pow(2, i);
  });
  return bits;
}

export function categoriesOf(settings: Settings, bits: number): Record<string, boolean> {
  const categories: Record<string, boolean> = {};
  settings.categories.forEach((c, i) => {
    categories[c.id] = c.necessary || Math.floor(bits / Math.pow(2, i)) % 2 === 1;
  });
  return categories;
}

export function emptyChoice(settings: Settings): Choice {
  return {
    categories: defaultCategories(settings),
    decided: false,
    saleOptOut: false,
    shareOptOut: false,
    confirmedOptIn: false,
    knownChild: false,
    recorded: false,
    optOutAt: null,
    source: 'default',
    decidedAt: null,
    id: null,
    revision: settings.revision,
  };
}

/** Which signal, if any, this page view must honour as an opt-out of sale and sharing. */
export function activeSignal(settings: Settings, signals: Signals): 'gpc' | 'dnt' | null {
  if (settings.honorGpc && signals.gpc) return 'gpc';
  if (settings.honorDnt && signals.dnt) return 'dnt';
  return null;
}

/**
 * The choice in force on this page view, from what was stored (already decoded and matched to
 * this config) and the signals. `changed` says it differs from what is stored and must be written.
 */
export function reconcile(
  settings: Settings,
  stored: (Choice & { layout?: string }) | null,
  signals: Signals,
  now: number,
): { choice: Choice | null; changed: boolean } {
  let choice: Choice | null = null;
  let changed = false;
  if (stored) {
    const current = stored.revision === settings.revision && stored.layout === settings.layout;
    const optedOut = stored.saleOptOut || stored.shareOptOut;
    const recentOptOut = optedOut && stored.optOutAt != null && now - stored.optOutAt < OPT_OUT_QUIET_MS;
    const sameLayout = stored.layout === settings.layout;
    choice = current
      ? { ...stored }
      : {
          ...stored,
          // A new revision asks again, but never undoes an opt-out, and does not ask an
          // opted-out visitor to opt back in within 12 months. Until the visitor answers, a
          // category is on only if both the mode's default and the earlier answer allow it: an
          // old decline stands, an old consent (opt-in) no longer does.
          categories: !sameLayout
            ? defaultCategories(settings)
            : recentOptOut
              ? stored.categories
              : both(defaultCategories(settings), stored.categories),
          decided: recentOptOut,
          // Consent given over a signal belonged to the old revision: the signal applies again.
          confirmedOptIn: false,
          revision: settings.revision,
        };
    changed = !current;
  }
  const signal = activeSignal(settings, signals);
  if (signal && !(choice && choice.confirmedOptIn) && !(choice && choice.saleOptOut && choice.shareOptOut)) {
    choice = choice || emptyChoice(settings);
    choice.saleOptOut = choice.shareOptOut = true;
    choice.optOutAt = now;
    choice.decidedAt = now;
    choice.source = signal;
    // In opt-out mode the signal is the whole answer (frictionless: no banner in response).
    // Elsewhere the banner asks about consent anyway, with the opt-out already in force.
    if (settings.mode === 'opt-out') choice.decided = true;
    changed = true;
  }
  return { choice: choice && enforceOptOuts(settings, choice), changed };
}

function both(a: Record<string, boolean>, b: Record<string, boolean>): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const id of Object.keys(a)) out[id] = a[id] && b[id] !== false;
  return out;
}

/** Sold categories stay off while sale is opted out, shared ones while sharing is. */
function enforceOptOuts(settings: Settings, choice: Choice): Choice {
  const categories = { ...choice.categories };
  for (const c of settings.categories) {
    if (c.necessary) categories[c.id] = true;
    else if ((c.sale && choice.saleOptOut) || (c.share && choice.shareOptOut)) categories[c.id] = false;
  }
  return { ...choice, categories };
}

/** Does this action turn on a sold or shared category while an opt-out is in force? */
export function needsOptInConfirmation(settings: Settings, choice: Choice | null, action: Action): boolean {
  if (!choice || !(choice.saleOptOut || choice.shareOptOut)) return false;
  if (action.type === 'accept-all') return settings.categories.some((c) => c.sale || c.share);
  if (action.type === 'set') {
    return settings.categories.some((c) => (c.sale || c.share) && action.choices[c.id] === true && !choice.categories[c.id]);
  }
  return false;
}

export function applyAction(
  settings: Settings,
  previous: Choice | null,
  action: Action,
  source: Source,
  signals: Signals,
  now: number,
): Choice {
  const prev = previous || emptyChoice(settings);
  const next: Choice = { ...prev, categories: { ...prev.categories }, decided: true, source, decidedAt: now, revision: settings.revision };
  const optIn = !!(action.type === 'accept-all' || action.type === 'set') && !!action.confirmOptIn;
  const setAll = (value: (c: Settings['categories'][number]) => boolean) => {
    for (const c of settings.categories) next.categories[c.id] = c.necessary || value(c);
  };
  const optOut = () => {
    if (!(prev.saleOptOut && prev.shareOptOut)) next.optOutAt = now;
    next.saleOptOut = next.shareOptOut = true;
    next.confirmedOptIn = false;
  };
  switch (action.type) {
    case 'accept-all':
      setAll(() => true);
      if (optIn || !(prev.saleOptOut || prev.shareOptOut)) liftOptOuts(next, settings, signals);
      break;
    case 'decline-all':
      setAll(() => false);
      // "Reject all" under opt-in withholds consent; it is not a CCPA opt-out to confirm later.
      if (settings.mode !== 'opt-in') optOut();
      break;
    case 'opt-out':
      setAll((c) => !(c.sale || c.share) && next.categories[c.id] !== false);
      optOut();
      break;
    case 'set':
      for (const id of Object.keys(action.choices)) next.categories[id] = !!action.choices[id];
      setAll((c) => next.categories[c.id] === true);
      updateOptOutFlags(next, prev, settings, signals, optIn, now);
      break;
    case 'dismiss':
      break;
  }
  return enforceOptOuts(settings, next);
}

function liftOptOuts(next: Choice, settings: Settings, signals: Signals) {
  next.saleOptOut = next.shareOptOut = false;
  // Consent given over a live signal is remembered, so the next page view does not re-apply it.
  next.confirmedOptIn = !!activeSignal(settings, signals);
}

/** After per-category toggles: opted out of sale iff every sold category is off (same for sharing). */
function updateOptOutFlags(next: Choice, prev: Choice, settings: Settings, signals: Signals, optIn: boolean, now: number) {
  const optedOut = prev.saleOptOut || prev.shareOptOut;
  if (optedOut && !optIn) return; // an opt-out is only lifted by a confirmed opt-in
  // Under opt-in (GDPR) a category left off is consent not given, not a CCPA opt-out.
  if (settings.mode === 'opt-in') {
    if (optedOut) liftOptOuts(next, settings, signals);
    return;
  }
  const sold = settings.categories.filter((c) => c.sale);
  const shared = settings.categories.filter((c) => c.share);
  const saleOff = sold.length > 0 && sold.every((c) => !next.categories[c.id]);
  const shareOff = shared.length > 0 && shared.every((c) => !next.categories[c.id]);
  if (optedOut) liftOptOuts(next, settings, signals);
  next.saleOptOut = saleOff;
  next.shareOptOut = shareOff;
  if ((saleOff || shareOff) && !(prev.saleOptOut || prev.shareOptOut)) next.optOutAt = now;
  if (saleOff || shareOff) next.confirmedOptIn = false;
}

export function toState(settings: Settings, choice: Choice | null, signals: Signals): State {
  const c = choice || emptyChoice(settings);
  return {
    decided: c.decided,
    categories: { ...c.categories },
    saleOptOut: c.saleOptOut,
    shareOptOut: c.shareOptOut,
    gpc: signals.gpc,
    source: c.source,
    decidedAt: c.decidedAt == null ? null : new Date(c.decidedAt).toISOString(),
    revision: settings.revision,
    id: c.id,
    mode: settings.mode,
  };
}
