// The seam between core and the integrations that plug into it. Core defines it and never imports
// an implementation: entries wire the pieces together. The UI's seam is page/ui-seam.ts.
import type { Settings } from './settings';
import type { State } from './types';

/** What an integration (Consent Mode, GPP, USP, dataLayer) sees of the instance. */
export interface IntegrationContext {
  settings: Settings;
  /** The language this page shows the SDK's words in (browser/language.ts resolved it once). */
  language: string;
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
export type Integration = (context: IntegrationContext) => (() => void) | undefined;
