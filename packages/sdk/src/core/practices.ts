// What a site does with personal information (CCPA "sale", CPRA "sharing") and what the visitor's
// state allows of it: the one place the UI, the footer link, GPP, USP and Consent Mode ask.
import type { Category, Settings } from './settings';
import type { State } from './types';

export type Practice = 'sale' | 'share';

type WithCategories = Pick<Settings, 'categories'>;
/** Settings, or a raw config's categories (config warnings read those). */
type WithFlags = { categories: readonly { sale?: boolean; share?: boolean }[] };

export const doesPractice = (settings: WithFlags, practice: Practice): boolean =>
  settings.categories.some((c) => !!c[practice]);

/** The category is sold or shared (or both). */
export const soldOrShared = (category: { sale?: boolean; share?: boolean }): boolean =>
  !!(category.sale || category.share);

export const sellsOrShares = (settings: WithFlags): boolean => settings.categories.some(soldOrShared);

/** On now: necessary, or allowed and not switched off by an opt-out of sale or sharing. */
export const categoryInForce = (
  c: Category,
  state: Pick<State, 'categories' | 'saleOptOut' | 'shareOptOut'>,
): boolean =>
  c.necessary || (state.categories[c.id] === true && !((c.sale && state.saleOptOut) || (c.share && state.shareOptOut)));

const optedOut = (state: State, practice: Practice) => (practice === 'sale' ? state.saleOptOut : state.shareOptOut);

/** The state lets the site do it: no opt-out of it, and some category that does it is on. */
export const practiceAllowed = (settings: WithCategories, state: State, practice: Practice): boolean =>
  !optedOut(state, practice) && settings.categories.some((c) => c[practice] && categoryInForce(c, state));

/**
 * The US opt-out value that GPP (SaleOptOut, SharingOptOut, TargetedAdvertisingOptOut) and USP
 * report: 0 the site does not do it, 2 the visitor did not opt out and it is allowed now, else 1.
 * "Not allowed" covers a consent not (yet) given in opt-in mode and a known child's missing
 * opt-in: a signal never grants more than the state allows.
 */
export const usOptOutValue = (settings: WithCategories, state: State, practice: Practice): 0 | 1 | 2 =>
  !doesPractice(settings, practice) ? 0 : practiceAllowed(settings, state, practice) ? 2 : 1;

/**
 * The browser's GPC signal is present, the config honours it, and the opt-out it asks for (of sale
 * and sharing) is in force. Not so for a visitor who confirmed an opt-in over the signal and then
 * switched off one practice: that opt-out is their own (docs/semantics.md, "Global Privacy
 * Control"), and saying the signal was honoured would be untrue while the other practice goes on.
 */
export const gpcHonored = (settings: Pick<Settings, 'honorGpc'>, state: State): boolean =>
  state.gpc && settings.honorGpc && state.saleOptOut && state.shareOptOut;

/** Which practices an opt-out covers, as the words should say it: the ones the site does. */
export function practicesOf(settings: WithCategories, sale: boolean, share: boolean): Practice[] {
  const out: Practice[] = [];
  if (sale && doesPractice(settings, 'sale')) out.push('sale');
  if (share && doesPractice(settings, 'share')) out.push('share');
  return out;
}
