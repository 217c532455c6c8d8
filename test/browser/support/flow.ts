// Helpers shared by the end-to-end visit tests: visitors that record the SDK's window events from
// before any script runs, reading state / cookies / stand-in tags, and locating the consent UI
// (rendered in the open shadow root of #privacy-choices-ui; role locators pierce it).
import type { Browser, BrowserContext, Cookie, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, newVisitor, type VisitorOptions } from './browser';
import { startServer, type TestServer } from './server';
import { decodeChoice, type StoredChoice } from '../../../packages/sdk/src/core/choice-codec';
import type { Config, State } from '../../../packages/sdk/src/core/types';
import { BASE_CONFIG } from './pages';

export const CHOICE_COOKIE = 'privacy_choices';

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

export async function cookieNamed(context: BrowserContext, name: string): Promise<Cookie | undefined> {
  return (await context.cookies()).find((c) => c.name === name);
}

export const choiceCookie = (context: BrowserContext, name = CHOICE_COOKIE) => cookieNamed(context, name);

/** The stored choice decoded with the SDK's own codec (null if absent or undecodable). */
export async function storedChoice(context: BrowserContext, name = CHOICE_COOKIE): Promise<StoredChoice | null> {
  const cookie = await choiceCookie(context, name);
  if (!cookie) return null;
  let value = cookie.value;
  try {
    value = decodeURIComponent(value);
  } catch {
    /* keep raw */
  }
  return decodeChoice(value);
}

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

/** Copies one visitor's cookies into another context (the same browser, with or without a signal). */
export async function carryCookies(from: BrowserContext, to: BrowserContext): Promise<void> {
  await to.addCookies(await from.cookies());
}

/** Chromium with extra command-line switches (e.g. --host-resolver-rules for real host names). */
export function launchChromiumWith(extraArgs: string[]): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
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

/** One stand-in gated tag: `<script type="text/plain" data-category=… src="/tag/NAME.js">`. */
export const gatedTag = (category: string, name: string, extra = '') =>
  `<script type="text/plain" data-category="${category}" src="/tag/${name}.js" ${extra}></script>`;

/** Inline gated script that records NAME on window.__ran. */
export const gatedInline = (category: string, name: string, extra = '') =>
  `<script type="text/plain" data-category="${category}" ${extra}>(window.__ran = window.__ran || []).push(${JSON.stringify(name)});</script>`;

/** BASE_CONFIG (opt-out) plus a category that is neither sold nor shared: an opt-out leaves it alone. */
export const WITH_FUNCTIONAL: Config = {
  ...BASE_CONFIG,
  categories: [...BASE_CONFIG.categories, { id: 'functional', label: 'Functional' }],
};

/** A stand-in tag for each category of WITH_FUNCTIONAL but the necessary one. */
export const WITH_FUNCTIONAL_TAGS =
  gatedTag('analytics', 'analytics') + gatedTag('advertising', 'ads') + gatedTag('functional', 'functional');

/** Adds a gated script after load, as a single-page app does: inline `text` or an external `src`. */
export const addGatedScript = (page: Page, category: string, script: { text: string } | { src: string }) =>
  page.evaluate(
    ([category, script]) => {
      const element = document.createElement('script');
      element.type = 'text/plain';
      element.setAttribute('data-category', category);
      if ('src' in script) element.src = script.src;
      else element.text = script.text;
      document.body.append(element);
    },
    [category, script] as const,
  );

/** Captures the SDK's state synchronously, right after its script tag ran (put it in `head`). */
export const SYNC_PROBE = `<script>window.__sync = window.PrivacyChoices ? JSON.parse(JSON.stringify(window.PrivacyChoices.getState())) : null; window.__ranAtHead = (window.__ran || []).slice();</script>`;

export const syncState = (page: Page): Promise<State | null> =>
  page.evaluate(() => (window as unknown as { __sync: State | null }).__sync);

/** startServer() with a /favicon.ico, so the browser's favicon request logs no 404 console error. */
export async function startQuietServer(): Promise<TestServer> {
  const server = await startServer();
  server.route('/favicon.ico', { body: '', type: 'image/x-icon' });
  return server;
}
