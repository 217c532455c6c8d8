// A decoded choice cookie as the instance holds it (the instance's readStored): the unit tests
// that replay cookies through reconcile and toState build it here, one way.
import type { StoredChoice } from '../../../packages/sdk/src/core/choice-codec';

export function choiceFromCookie(stored: StoredChoice, categories: Record<string, boolean>, layout: string) {
  return {
    saleOptOut: stored.saleOptOut,
    shareOptOut: stored.shareOptOut,
    confirmedOptIn: stored.confirmedOptIn,
    knownChild: stored.knownChild,
    recorded: stored.recorded,
    optOutAt: stored.optOutAt,
    source: stored.source,
    decidedAt: stored.decidedAt,
    id: stored.id,
    decided: !stored.pending,
    revision: stored.revision,
    categories,
    layout,
    fingerprint: stored.fingerprint,
  };
}
