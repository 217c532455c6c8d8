// The seams between core and the parts that plug into it (integrations, UI). Core defines them
// and never imports an implementation: entries wire the pieces together.
import type { Action } from './policy';
import type { Settings } from './settings';
import type { Source, State, View } from './types';

/** The id of the element whose open shadow root holds the consent UI. */
export const UI_HOST_ID = 'privacy-choices-ui';

/** What an integration (Consent Mode, GPP, USP, dataLayer) sees of the instance. */
export interface IntegrationContext {
  settings: Settings;
  getState(): State;
  /** Called after every change of state (not for the initial one: read getState() at start). */
  onChange(listener: (state: State) => void): () => void;
  /** Whether consent UI (banner or dialog) is on screen; GPP reports it as cmpDisplayStatus. */
  isDisplayed(): boolean;
  onDisplayChange(listener: (displayed: boolean) => void): () => void;
  /** Called after a new choice was written to the cookie (a visitor's action, or a signal's
   *  opt-out stored at start), with the state stored. */
  onStored(listener: (state: State) => void): () => void;
  /** Whether the stored choice reached the consent-record collector (the cookie's flag). */
  isRecorded(): boolean;
  /** The collector acknowledged the choice with this id and decidedAt (epoch ms): if it is still
   *  the stored one, its cookie now says so. */
  markRecorded(id: string, decidedAt: number): void;
}

/**
 * An integration starts once, synchronously during init, before any gated tag can run (Consent
 * Mode's default must precede every Google tag), and returns its teardown. On a first visit the
 * config may still be under validation then; if it turns out invalid, the state changes to
 * "everything non-necessary off" and the integration hears it through onChange.
 */
export type Integration = (context: IntegrationContext) => (() => void) | void;

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
