// The state in force the moment the SDK's script tag has run, before any gated tag could load:
// SYNC_PROBE goes into the page's `head` right after the SDK, syncState reads what it captured.
import type { Page } from 'playwright-core';
import type { State } from '../../../packages/sdk/src/core/types';

/** Captures the SDK's state synchronously, right after its script tag ran (put it in `head`). */
export const SYNC_PROBE = `<script>window.__sync = window.PrivacyChoices ? JSON.parse(JSON.stringify(window.PrivacyChoices.getState())) : null; window.__ranAtHead = (window.__ran || []).slice();</script>`;

export const syncState = (page: Page): Promise<State | null> =>
  page.evaluate(() => (window as unknown as { __sync: State | null }).__sync);
