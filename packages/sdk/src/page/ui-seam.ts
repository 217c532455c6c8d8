// The seam between the page and the lazily loaded UI module (ui/): what the UI gets from the
// instance, and what it gives back. The UI host (page/ui-host.ts) is the instance's side of it.
import type { Action } from '../core/policy';
import type { Settings } from '../core/settings';
import type { Source, State, View } from '../core/types';

/** The id of the element whose open shadow root holds the consent UI. */
export const UI_HOST_ID = 'privacy-choices-ui';

/** The result of a visitor action: done, or a second step is needed (opt-in after an opt-out). */
export type ActResult = 'done' | 'confirm';

/** What the UI module gets: state to render and actions to call. */
export interface UIController {
  settings: Settings;
  getState(): State;
  onChange(listener: (state: State) => void): () => void;
  /** Applies an action. Returns 'confirm' (and applies nothing) when it would opt back in to
   *  sale/sharing and `action.confirmOptIn` is not set: show the confirmation step then. */
  act(action: Action, source: Source): ActResult;
  /** The UI tells core when it shows or hides something (for GPP's cmpDisplayStatus). */
  setDisplayed(displayed: boolean): void;
  /** Language resolved for this page (`language` config, `<html lang>`, navigator.languages). */
  language: string;
}

export type UIView = View | 'confirm';

export interface UIHandle {
  /** Shows a view. `opener` is where focus returns when it closes. */
  show(view: UIView, opener?: Element | null, pendingAction?: Action, source?: Source): void;
  hide(): void;
  destroy(): void;
}

export interface UIModule {
  mountUI(controller: UIController): UIHandle;
}

/** Loads the UI (a dynamic import for npm, a script element for the script tag). */
export type UILoader = (done: (ui: UIModule) => void, fail: (error: unknown) => void) => void;
