// The provider's link between one privacy-choices instance and React: an external store for
// useSyncExternalStore. Its snapshot is the state object itself, replaced on every change, so
// React sees a new value exactly when the state changed (getState() returns a fresh copy each
// call, which React would take for a change on every render).
import { toState } from '../core/policy';
import { withRegion } from '../core/region';
import { toSettings } from '../core/settings';
import type { Config, PrivacyChoices, State } from '../core/types';

export interface ChoicesStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): State;
  /** The instance once the provider has made it (after mount), else null. */
  instance(): PrivacyChoices | null;
  /** Follows an instance's state until the returned function is called. */
  attach(instance: PrivacyChoices): () => void;
  /** The instance could not be made (an invalid config): nothing beyond necessary is allowed. */
  fail(): void;
}

/** What is known before the instance runs: the server's state, or the config's defaults with no
 *  stored choice (what a first visit shows, and what the server renders without readChoice). */
function stateBeforeMount(config: Config, initialState: State | undefined): State {
  if (initialState) return initialState;
  return toState(
    toSettings(
      withRegion(config, () => null),
      '',
    ),
    null,
    { gpc: false, dnt: false },
  );
}

export function createChoicesStore(config: Config, initialState?: State): ChoicesStore {
  let snapshot = stateBeforeMount(config, initialState);
  let current: PrivacyChoices | null = null;
  const listeners = new Set<() => void>();
  const publish = (state: State) => {
    snapshot = state;
    listeners.forEach((listener) => listener());
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    instance: () => current,
    attach(instance) {
      current = instance;
      const stop = instance.onChange(publish);
      publish(instance.getState());
      return () => {
        stop();
        if (current === instance) current = null;
      };
    },
    fail() {
      const categories: Record<string, boolean> = {};
      for (const id of Object.keys(snapshot.categories)) categories[id] = false;
      for (const c of Array.isArray(config.categories) ? config.categories : [])
        if (c && c.necessary) categories[c.id] = true;
      publish({ ...snapshot, categories });
    },
  };
}
