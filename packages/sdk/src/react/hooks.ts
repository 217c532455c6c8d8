// The hooks: the visitor's state and the actions, through useSyncExternalStore.
import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { AcceptOptions, PrivacyChoices, State, View } from '../core/types';
import type { ChoicesStore } from './choices-store';
import { ChoicesContext } from './provider';

function useStore(hook: string): ChoicesStore {
  const store = useContext(ChoicesContext);
  if (!store) throw new Error(`privacy-choices: ${hook}() must be used inside <PrivacyChoicesProvider>`);
  return store;
}

export interface PrivacyChoicesApi {
  state: State;
  /** The instance runs (false during server rendering and before the provider has mounted). */
  ready: boolean;
  /** The instance itself, or null before it runs. */
  instance: PrivacyChoices | null;
  isAllowed(categoryId: string): boolean;
  open(view?: View): void;
  close(): void;
  acceptAll(options?: AcceptOptions): void;
  declineAll(): void;
  optOutOfSaleAndSharing(): void;
  set(choices: Record<string, boolean>, options?: AcceptOptions): void;
  reset(): void;
}

/** State and actions. Actions called before the instance runs do nothing. */
export function usePrivacyChoices(): PrivacyChoicesApi {
  const store = useStore('usePrivacyChoices');
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const instance = store.instance();
  return useMemo<PrivacyChoicesApi>(() => {
    const call = <K extends keyof PrivacyChoices>(name: K) =>
      ((...args: unknown[]) => {
        const current = store.instance();
        if (current) return (current[name] as (...args: unknown[]) => unknown)(...args);
      }) as PrivacyChoices[K];
    return {
      state,
      ready: !!instance,
      instance,
      isAllowed: (id) => state.categories[id] === true,
      open: call('open'),
      close: call('close'),
      acceptAll: call('acceptAll'),
      declineAll: call('declineAll'),
      optOutOfSaleAndSharing: call('optOutOfSaleAndSharing'),
      set: call('set'),
      reset: call('reset'),
    };
  }, [store, state, instance]);
}

/** Whether a category is allowed now; re-renders only when that answer changes. */
export function useIsAllowed(categoryId: string): boolean {
  const store = useStore('useIsAllowed');
  const allowed = useCallback(() => store.getSnapshot().categories[categoryId] === true, [store, categoryId]);
  return useSyncExternalStore(store.subscribe, allowed, allowed);
}
