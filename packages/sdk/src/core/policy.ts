// The semantics of a choice, as pure functions: what Accept, Decline, "Do Not Sell or Share",
// a GPC/DNT signal and a revision change do to the categories. No DOM, no storage: the instance
// feeds these with the stored choice, the signals and the clock, and persists what comes back.
import { sellsOrShares, soldOrShared } from './practices';
import type { Settings } from './settings';
import type { Source, State } from './types';

export interface Signals {
  gpc: boolean;
  dnt: boolean;
  /** The page knows the visitor is under 16 (`window.privacyChoicesKnownChild`, setKnownChild). */
  knownChild?: boolean;
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
  /** Its categories were set where they are on unless declined (opt-out, implied, notice mode):
   *  not consent an opt-in mode can rely on (docs/semantics.md, "Travel"). */
  defaultsOn: boolean;
  optOutAt: number | null;
  source: Source;
  decidedAt: number | null;
  id: string | null;
  revision: string;
}

/**
 * A visitor's action. `confirmOptIn`: the visitor confirmed, in a second step, that sale or
 * sharing may resume (CCPA regs §7028). `keepOptOut`: apply the rest of the action and keep every
 * opt-out in force without asking ("Keep my opt-out", the implied-consent notice's OK).
 */
export type Action =
  | { type: 'accept-all'; confirmOptIn?: boolean; keepOptOut?: boolean }
  | { type: 'decline-all' }
  | { type: 'opt-out' }
  | { type: 'set'; choices: Record<string, boolean>; confirmOptIn?: boolean; keepOptOut?: boolean }
  | { type: 'dismiss' };

/** CCPA: no request to opt back in within 12 months of an opt-out (Civ. Code §1798.135(c)(4),
 *  CCPA regs §7026(k)); months in the calendar's sense. */
export const OPT_OUT_QUIET_MONTHS = 12;

/** The same time `months` calendar months later (UTC); a day the month lacks rolls forward. */
export function monthsLater(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

export function defaultCategories(settings: Settings): Record<string, boolean> {
  const on = settings.mode !== 'opt-in';
  const categories: Record<string, boolean> = {};
  for (const c of settings.categories) categories[c.id] = c.necessary || on;
  return categories;
}

export function bitsOf(settings: Settings, categories: Record<string, boolean>): number {
  let bits = 0;
  settings.categories.forEach((c, i) => {
    if (categories[c.id]) bits += 2 ** i;
  });
  return bits;
}

export function categoriesOf(settings: Settings, bits: number): Record<string, boolean> {
  const categories: Record<string, boolean> = {};
  settings.categories.forEach((c, i) => {
    categories[c.id] = c.necessary || Math.floor(bits / 2 ** i) % 2 === 1;
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
    defaultsOn: settings.mode !== 'opt-in',
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
    // Opt-in mode relies only on choices made under opt-in: one made where categories were on by
    // default (the visitor then in the US, now in the EEA) is asked again, as after a new revision.
    const travelled = stored.defaultsOn && settings.mode === 'opt-in';
    const current = stored.revision === settings.revision && stored.layout === settings.layout && !travelled;
    const optedOut = stored.saleOptOut || stored.shareOptOut;
    // The 12-month wait is about asking to opt back in to sale. Opt-in mode asks for consent again
    // all the same (the opt-outs stay, and lifting one still takes the confirm step): a consent
    // given under the old revision must not stand because the visitor also sent GPC.
    const recentOptOut =
      settings.mode !== 'opt-in' &&
      optedOut &&
      stored.optOutAt != null &&
      now < monthsLater(stored.optOutAt, OPT_OUT_QUIET_MONTHS);
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
          defaultsOn: settings.mode !== 'opt-in',
        };
    changed = !current;
  }
  const signal = activeSignal(settings, signals);
  if (signal && !(choice && choice.confirmedOptIn) && !(choice && choice.saleOptOut && choice.shareOptOut)) {
    choice = choice || emptyChoice(settings);
    optOut(choice, signal, decisionTime(choice, now));
    // In opt-out mode the signal is the whole answer (frictionless: no banner in response).
    // Elsewhere the banner asks about consent anyway, with the opt-out already in force.
    if (settings.mode === 'opt-out') choice.decided = true;
    changed = true;
  }
  if (signals.knownChild && !(choice && choice.knownChild)) {
    choice = markKnownChild(settings, choice || emptyChoice(settings), now);
    changed = true;
  }
  return { choice: choice && enforceOptOuts(settings, choice), changed };
}

/**
 * A visitor known to be under 16: their data may not be sold or shared without an affirmative
 * opt-in (Civ. Code §1798.120(c)). Recorded as an opt-out of both, which only the two-step
 * confirmation lifts; the mark stays with the choice so that a later opt-in is not undone.
 * An opt-out the mark applies is the business's decision (source `default`), and like a later
 * Decline it keeps the consent id and gets a new decidedAt: a record of its own, not yet recorded
 * (the collector keeps one record per (id, decidedAt)). A mark that finds both opt-outs in force
 * changes nothing in force: the visitor's own request stays the record of it.
 */
export function markKnownChild(settings: Settings, choice: Choice, now: number): Choice {
  if (choice.knownChild) return choice;
  const next = { ...choice, knownChild: true };
  if (!(choice.saleOptOut && choice.shareOptOut)) {
    optOut(next, 'default', decisionTime(choice, now));
    next.recorded = false;
  }
  return enforceOptOuts(settings, next);
}

/** When a decision that replaces `previous` is made: now (whole seconds), or a second after
 *  `previous` when that is this very second or one already moved ahead. A consent record is named
 *  by (id, decidedAt): a Decline in the Accept's second would otherwise share its name, be taken
 *  for recorded, and never reach the collector. A clock set back by more than a minute is not
 *  chased (the collector refuses times more than a day ahead). */
function decisionTime(previous: Choice, now: number): number {
  const last = previous.decidedAt || 0;
  return last >= now && last < now + 60_000 ? last + 1000 : now;
}

/** An opt-out of sale and sharing, a decision of its own (made by `source` at `at`): it restarts
 *  the 12-month clock. */
function optOut(choice: Choice, source: Source, at: number) {
  choice.saleOptOut = choice.shareOptOut = true;
  choice.confirmedOptIn = false;
  choice.source = source;
  choice.optOutAt = choice.decidedAt = at;
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
  if (action.type === 'accept-all') return sellsOrShares(settings);
  if (action.type === 'set') {
    return settings.categories.some(
      (c) => soldOrShared(c) && action.choices[c.id] === true && !choice.categories[c.id],
    );
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
  const at = decisionTime(prev, now);
  const next: Choice = {
    ...prev,
    categories: { ...prev.categories },
    decided: true,
    source,
    decidedAt: at,
    revision: settings.revision,
    defaultsOn: settings.mode !== 'opt-in',
  };
  const optIn = (action.type === 'accept-all' || action.type === 'set') && !!action.confirmOptIn && !action.keepOptOut;
  const setAll = (value: (c: Settings['categories'][number]) => boolean) => {
    for (const c of settings.categories) next.categories[c.id] = c.necessary || value(c);
  };
  switch (action.type) {
    case 'accept-all':
      setAll(() => true);
      if (optIn || !(prev.saleOptOut || prev.shareOptOut)) liftOptOuts(next, settings, signals);
      break;
    case 'decline-all':
      setAll(() => false);
      // "Reject all" under opt-in withholds consent; it is not a CCPA opt-out to confirm later.
      if (settings.mode !== 'opt-in') optOut(next, source, at);
      break;
    case 'opt-out':
      setAll((c) => !soldOrShared(c) && next.categories[c.id] !== false);
      optOut(next, source, at);
      break;
    case 'set':
      for (const id of Object.keys(action.choices)) next.categories[id] = !!action.choices[id];
      setAll((c) => next.categories[c.id] === true);
      if (optIn && (prev.saleOptOut || prev.shareOptOut)) liftOptOuts(next, settings, signals);
      recordOptOuts(next, settings, at);
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

/**
 * After per-category toggles: every opt-out counts, however it is made. Switching off every sold
 * category is an opt-out of sale, every shared one an opt-out of sharing; one already in force
 * stays (only a confirmed opt-in lifts it, above). A new one restarts the 12-month clock. Under
 * opt-in (GDPR) a category left off is consent not given, not an opt-out.
 */
function recordOptOuts(next: Choice, settings: Settings, now: number) {
  if (settings.mode === 'opt-in') return;
  const allOff = (practice: 'sale' | 'share') => {
    const doing = settings.categories.filter((c) => c[practice]);
    return doing.length > 0 && doing.every((c) => !next.categories[c.id]);
  };
  const sale = next.saleOptOut || allOff('sale');
  const share = next.shareOptOut || allOff('share');
  if ((sale && !next.saleOptOut) || (share && !next.shareOptOut)) {
    next.optOutAt = now;
    next.confirmedOptIn = false;
  }
  next.saleOptOut = sale;
  next.shareOptOut = share;
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
    knownChild: c.knownChild,
  };
}
