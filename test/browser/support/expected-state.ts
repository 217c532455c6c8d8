// Named expectations of the SDK's state for `toMatchObject`, so that a test states only what its
// case adds. The categories are those of BASE_CONFIG (support/pages.ts) and of the demo policies:
// analytics is sold, advertising is sold or shared.
import type { State } from '../../../packages/sdk/src/core/types';

/** Fields of the state a case expects; its categories are merged into the named ones. */
export type ExpectedState = Partial<Omit<State, 'categories'>> & { categories?: Record<string, boolean> };

/** Opted out of sale and sharing (Decline, GPC, DNT, the opt-out link): analytics and advertising off. */
export function optedOut({ categories, ...fields }: ExpectedState = {}) {
  return {
    saleOptOut: true,
    shareOptOut: true,
    ...fields,
    categories: { analytics: false, advertising: false, ...categories },
  };
}

/** Only the necessary category on: opt-in before a choice, or after "Reject all". */
export function necessaryOnly({ categories, ...fields }: ExpectedState = {}) {
  return { ...fields, categories: { necessary: true, analytics: false, advertising: false, ...categories } };
}

/** Decided by the visitor's GPC signal, without a banner or a click. */
export function decidedByGpc(fields: ExpectedState) {
  return { decided: true, source: 'gpc', gpc: true, ...fields };
}
