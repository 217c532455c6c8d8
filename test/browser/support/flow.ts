// Helpers shared by the end-to-end visit tests: visitors that record the SDK's window events from
// before any script runs, reading state and the stand-in tags that ran, and locating the consent UI
// (rendered in the open shadow root of #privacy-choices-ui; role locators pierce it). The consent
// cookie has its own file (choice-cookie.ts), and so do the stand-in tags (tags.ts).
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';
import { newVisitor, type VisitorOptions } from './browser';
import { startServer, type TestServer } from './server';
import type { State } from '../../../packages/sdk/src/core/types';

export interface RecordedEvent {
  type: 'ready' | 'change';
  detail: State;
}

/** Records `privacy-choices:ready` / `:change` (with their detail) on window.__events, from before any page script. */
export async function recordEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __events: unknown[] };
    w.__events = [];
    const record = (type: string) => (event: Event) =>
      w.__events.push({ type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail)) });
    window.addEventListener('privacy-choices:ready', record('ready'));
    window.addEventListener('privacy-choices:change', record('change'));
  });
}

/** newVisitor() plus recordEvents(): a fresh visitor whose pages keep the SDK's events. */
export async function eventVisitor(browser: Browser, options: VisitorOptions = {}): Promise<BrowserContext> {
  const context = await newVisitor(browser, options);
  await recordEvents(context);
  return context;
}

export const events = (page: Page): Promise<RecordedEvent[]> =>
  page.evaluate(() => (window as unknown as { __events?: RecordedEvent[] }).__events || []);

/** Waits for `privacy-choices:ready` on this page view (needs recordEvents on the context). */
export async function waitForReady(page: Page, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    () => ((window as unknown as { __events?: { type: string }[] }).__events || []).some((e) => e.type === 'ready'),
    undefined,
    { timeout },
  );
}

/**
 * For negative assertions ("no banner appears", "the tag does not run"): waits for ready, then
 * for two frames and a short grace period, so that anything the SDK would do has had its chance.
 */
export async function settle(page: Page, graceMs = 250): Promise<void> {
  await waitForReady(page);
  await page.evaluate(
    (ms) => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, ms)))),
    graceMs,
  );
}

export const getState = (page: Page): Promise<State> =>
  page.evaluate(() => (window as unknown as { PrivacyChoices: { getState(): State } }).PrivacyChoices.getState());

/** Stand-in tags (and inline gated scripts) that ran on this page view, in order. */
export const ran = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran || []);

/** The consent UI's host element. */
export const uiHost = (page: Page): Locator => page.locator('#privacy-choices-ui');

/** A button of the consent UI (exact accessible name), never a page button or the footer link. */
export const uiButton = (page: Page, name: string): Locator => uiHost(page).getByRole('button', { name, exact: true });

export const uiDialog = (page: Page): Locator => uiHost(page).getByRole('dialog');

/** Visible buttons inside the consent UI (hidden ones are excluded by role locators). */
export const visibleUiButtons = (page: Page): Locator => uiHost(page).getByRole('button');

/** Asserts nothing of the consent UI is on screen (no banner, no dialog) after the page settled. */
export async function nothingShown(page: Page): Promise<{ buttons: number; dialogs: number; text: string }> {
  await settle(page);
  const buttons = await visibleUiButtons(page).count();
  const dialogs = await uiHost(page).getByRole('dialog').count();
  const text = (await uiHost(page).count())
    ? await uiHost(page).evaluate((host) => {
        const root = (host as HTMLElement).shadowRoot;
        const visible = (el: Element) => {
          const box = (el as HTMLElement).getBoundingClientRect();
          const style = getComputedStyle(el);
          return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
        };
        const all = root ? Array.from(root.querySelectorAll('*')) : [];
        return all
          .filter((el) => visible(el) && el.children.length === 0)
          .map((el) => el.textContent || '')
          .join(' ')
          .trim();
      })
    : '';
  return { buttons, dialogs, text };
}

/** Chromium with extra command-line switches (e.g. --host-resolver-rules for real host names). */
export function launchChromiumWith(extraArgs: string[]): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** Runs a function until it stops throwing (for assertions on state that settles asynchronously). */
export async function eventually<T>(fn: () => Promise<T>, timeout = 5_000, interval = 50): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

/** startServer() with a /favicon.ico, so the browser's favicon request logs no 404 console error. */
export async function startQuietServer(): Promise<TestServer> {
  const server = await startServer();
  server.route('/favicon.ico', { body: '', type: 'image/x-icon' });
  return server;
}
