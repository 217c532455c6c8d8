// What the views share: the texts, the settings and state to render, and the UI's actions.
import type { Action } from '../core/policy';
import type { Settings } from '../core/settings';
import type { Source, State } from '../core/types';
import type { Texts } from './texts';

export type DialogView = 'preferences' | 'do-not-sell' | 'confirm';

export interface DialogState {
  view: DialogView;
  /** Where focus returns when the dialog closes. */
  opener: Element | null;
  /** The action waiting for confirmation (confirm view). */
  pending?: Action;
  source?: Source;
}

export interface UIActions {
  /** Runs a visitor action through core; shows the confirm step or hides the UI as it answers. */
  act(action: Action, source: Source, opener?: Element | null): void;
  /** Shows a dialog view; focus returns to `opener` (default: the current dialog's) on close. */
  open(view: DialogView, opener?: Element | null): void;
  /** Closes the dialog without recording anything. */
  close(): void;
  /** Records a switch the visitor flipped in the preferences (not applied until an action). */
  toggle(id: string, on: boolean): void;
}

export interface ViewProps extends UIActions {
  t: Texts;
  settings: Settings;
  state: State;
  /** The preferences switches the visitor flipped since the dialog opened. */
  toggled: Record<string, boolean>;
}
