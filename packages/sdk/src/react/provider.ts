// <PrivacyChoicesProvider config>: one privacy-choices instance for the React tree under it.
// The instance is made after mount (it touches the page: cookie, gated tags, banner), so that
// rendering stays pure and the server and the first client render agree (hydration). React's
// StrictMode unmounts and remounts every effect once in development: the unmount only schedules
// the destroy, and the remount that follows at once keeps the same instance, so a page never
// gets two instances or two banners; a real unmount destroys it.
import { createContext, createElement, useEffect, useState, type ReactNode } from 'react';
import type { Config, State } from '../core/types';
import { createPrivacyChoices, type CreateOptions } from '../entries/npm';
import { createChoicesStore, type ChoicesStore } from './choices-store';

export const ChoicesContext = createContext<ChoicesStore | null>(null);

export interface PrivacyChoicesProviderProps {
  /** Read once, on mount: give the provider a new `key` to start over with another config. */
  config: Config;
  /** The state the server rendered with (readChoice from `privacy-choices/server`), so that
   *  hydration matches and gated content does not flash; else the config's defaults. */
  initialState?: State;
  options?: CreateOptions;
  children?: ReactNode;
}

interface Lifetime {
  store: ChoicesStore;
  /** The props as they were on mount: the instance is made from these only (see `config`). */
  config: Config;
  options: CreateOptions | undefined;
  detach: (() => void) | null;
  destroy: ReturnType<typeof setTimeout> | null;
}

export function PrivacyChoicesProvider({ config, initialState, options, children }: PrivacyChoicesProviderProps) {
  // useState keeps the object for the component's life, through StrictMode's remount.
  const [lifetime] = useState<Lifetime>(() => ({
    store: createChoicesStore(config, initialState),
    config,
    options,
    detach: null,
    destroy: null,
  }));

  useEffect(() => {
    if (lifetime.destroy) {
      clearTimeout(lifetime.destroy); // StrictMode's remount: keep the instance
      lifetime.destroy = null;
    } else if (!lifetime.store.instance()) {
      try {
        lifetime.detach = lifetime.store.attach(createPrivacyChoices(lifetime.config, lifetime.options));
      } catch (error) {
        // An invalid config must not take the app down: reported, and nothing optional allowed.
        console.error(error);
        lifetime.store.fail();
      }
    }
    return () => {
      lifetime.destroy = setTimeout(() => {
        lifetime.destroy = null;
        const instance = lifetime.store.instance();
        if (lifetime.detach) lifetime.detach();
        lifetime.detach = null;
        if (instance) instance.destroy();
      });
    };
    // `lifetime` is the same object for the component's life: the effect runs on mount only.
  }, [lifetime]);

  return createElement(ChoicesContext.Provider, { value: lifetime.store }, children);
}
