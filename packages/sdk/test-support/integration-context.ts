// Test helper for the integrations' unit tests (not shipped): a fake IntegrationContext whose
// state the test drives, computed by core's real policy so "Decline", "Do Not Sell or Share", GPC
// and "Accept" mean what they mean in the product.
import type { IntegrationContext } from '../src/core/runtime';
import { applyAction, reconcile, toState, type Action } from '../src/core/policy';
import { chooseLanguage } from '../src/core/language';
import { toSettings } from '../src/core/settings';
import type { Config, State } from '../src/core/types';

export const NOW = Date.UTC(2026, 0, 1);

export interface TestContext {
  ctx: IntegrationContext;
  /** Applies a visitor action (as the banner would) and notifies onChange listeners. */
  act(action: Action): State;
  /** Replaces parts of the state directly and notifies onChange listeners. */
  setState(patch: Partial<State>): State;
  setDisplayed(displayed: boolean): void;
}

export function createTestContext(
  config: Config,
  options: { gpc?: boolean; stored?: Action; displayed?: boolean } = {},
): TestContext {
  const settings = toSettings(config, 'test');
  const signals = { gpc: !!options.gpc, dnt: false };
  let choice = reconcile(settings, null, signals, NOW).choice;
  // A choice made on an earlier page view: stored, so the state starts decided.
  if (options.stored) choice = applyAction(settings, choice, options.stored, 'banner', signals, NOW);
  let state = toState(settings, choice, signals);
  let displayed = !!options.displayed;
  const changeListeners = new Set<(state: State) => void>();
  const displayListeners = new Set<(displayed: boolean) => void>();
  const emit = () => {
    changeListeners.forEach((listener) => listener(state));
    return state;
  };
  return {
    ctx: {
      settings,
      // As the instance resolves it, with a page that says nothing: English.
      language: chooseLanguage(settings.language, () => ''),
      getState: () => state,
      onChange(listener) {
        changeListeners.add(listener);
        return () => void changeListeners.delete(listener);
      },
      isDisplayed: () => displayed,
      onDisplayChange(listener) {
        displayListeners.add(listener);
        return () => void displayListeners.delete(listener);
      },
      // The records seam: these tests do not store choices
      // (src/integrations/records.test.ts uses a real instance).
      onStored: () => () => {},
      isRecorded: () => false,
      markRecorded() {},
    },
    act(action) {
      choice = applyAction(settings, choice, action, 'banner', signals, NOW);
      state = toState(settings, choice, signals);
      return emit();
    },
    setState(patch) {
      state = { ...state, ...patch };
      return emit();
    },
    setDisplayed(next) {
      displayed = next;
      displayListeners.forEach((listener) => listener(next));
    },
  };
}

/**
 * A US opt-out site (analytics sold; advertising sold and shared: docs/semantics.md, "Sale and
 * sharing"), reduced to what the integrations read.
 */
export function usConfig(extra: Partial<Config> = {}): Config {
  return {
    mode: 'opt-out',
    categories: [
      { id: 'necessary', label: 'Necessary', necessary: true },
      { id: 'analytics', label: 'Analytics', sale: true, consentMode: ['analytics_storage'] },
      {
        id: 'advertising',
        label: 'Advertising',
        sale: true,
        share: true,
        consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      },
    ],
    ...extra,
  };
}
