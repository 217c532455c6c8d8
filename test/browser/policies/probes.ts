// What the policy tests read off a page (and wait for): the SDK's state, the stand-in tags that ran
// (helpers.ts serves them), the cookies, the consent UI and the page's GPP and USP answers. The SDK's
// UI lives in the open shadow root #privacy-choices-ui; getByRole and CSS locators pierce it.
import type { BrowserContext, Page } from 'playwright-core';
import type { State } from '../../../packages/sdk/src/core/types';
import { decode, gppCall, uspCall, waitForIAB } from '../support/integrations';

/** Records `privacy-choices:ready` so a test can wait until the SDK has settled. */
export async function trackReady(context: BrowserContext) {
  await context.addInitScript(() => {
    window.addEventListener(
      'privacy-choices:ready',
      () => ((window as unknown as { __ready: boolean }).__ready = true),
    );
  });
}

export async function waitForReady(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
}

export const state = (page: Page) =>
  page.evaluate(() => (window as unknown as { PrivacyChoices: { getState(): State } }).PrivacyChoices.getState());

export const ran = (page: Page) =>
  page.evaluate(() => ((window as unknown as { __ran?: string[] }).__ran || []).slice());

/** Waits for the stand-in tags to have run (they are async once released by the gate). */
export async function waitForTags(page: Page, names: string[]) {
  await page.waitForFunction(
    (expected) => expected.every((n) => ((window as unknown as { __ran?: string[] }).__ran || []).includes(n)),
    names,
  );
}

export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

export const ui = (page: Page) => page.locator('#privacy-choices-ui');

export const cookieNames = async (context: BrowserContext) => (await context.cookies()).map((c) => c.name).sort();

/** Asserting absence: the SDK is ready and a moment passed in which a banner could have shown. */
export async function settle(page: Page) {
  await waitForReady(page);
  await page.waitForTimeout(300);
}

/** What the page's GPP and USP APIs say: applicable sections, usnat's opt-out fields (decoded with
 *  @iabgpp/cmpapi; null when usnat does not apply) and the USP string. */
export async function usSignals(page: Page) {
  await waitForIAB(page); // the APIs' chunk answers once it has loaded
  const ping = (await gppCall<{ applicableSections: number[]; sectionList: number[]; gppString: string }>(page, 'ping'))
    .data;
  const usnat = ping.sectionList.includes(7)
    ? decode(ping.gppString, 'usnat', ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut', 'Gpc']).values
    : null;
  return { applicableSections: ping.applicableSections, usnat, usp: (await uspCall(page)).data.uspString };
}
