// Helpers for the hostile-conditions tests (CSP, bad input, tabs, languages): CSP violation
// recording, waiting for "nothing more will happen" on pages where the SDK never becomes ready,
// page-health probes (a normal inline script after the SDK must still run) and the styles the
// preferences dialog gets on hostile pages.
import type { BrowserContext, Page } from 'playwright-core';
import { uiDialog } from './flow';

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records `securitypolicyviolation` events on window.__csp from before any page script. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: unknown[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
}

export const cspViolations = (page: Page): Promise<CspViolation[]> =>
  page.evaluate(() => (window as unknown as { __csp?: CspViolation[] }).__csp || []);

/** Two animation frames and a grace period: whatever the page would still do has had its chance. */
export async function quiet(page: Page, ms = 400): Promise<void> {
  await page.evaluate(
    (wait) =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, wait)))),
    ms,
  );
}

/** A normal, non-gated inline script placed after the SDK: proves the page itself kept working. */
export const PAGE_ALIVE = `<script>window.__pageAlive = (window.__pageAlive || 0) + 1;</script>`;

export const pageAlive = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __pageAlive?: number }).__pageAlive || 0);

/** Waits until `errors` has at least `count` entries (or the timeout), then a grace period for more. */
export async function waitForErrors(page: Page, errors: string[], count = 1, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (errors.length < count && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  await quiet(page, 600);
}

/** How many consent UI hosts and visible UI buttons the page has. */
export const uiCounts = (page: Page): Promise<{ hosts: number; buttons: number }> =>
  page.evaluate(() => {
    const hosts = document.querySelectorAll('#privacy-choices-ui');
    let buttons = 0;
    hosts.forEach((h) => {
      const root = (h as HTMLElement).shadowRoot;
      if (root)
        buttons += Array.from(root.querySelectorAll('button')).filter((b) => b.getClientRects().length > 0).length;
    });
    return { hosts: hosts.length, buttons };
  });

/** Opens the preferences from the footer link and reads one computed style of the dialog (e.g. `direction`). */
export async function preferencesDialogStyle(page: Page, property: string): Promise<string> {
  await page.click('#prefs');
  await uiDialog(page).waitFor({ state: 'visible' });
  return uiDialog(page).evaluate((dialog, name) => getComputedStyle(dialog).getPropertyValue(name), property);
}
