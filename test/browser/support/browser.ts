// Debian Chromium through playwright-core (no downloaded browser), with the flags this closed
// network needs, and helpers to emulate GPC / DNT the way the GPC spec suggests for tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

const require = createRequire(import.meta.url);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface VisitorOptions extends BrowserContextOptions {
  /** Sends Global Privacy Control: navigator.globalPrivacyControl === true and `Sec-GPC: 1`. */
  gpc?: boolean;
  /** navigator.doNotTrack === "1" and `DNT: 1`. */
  dnt?: boolean;
}

/** A fresh visitor (own cookie jar), optionally sending GPC / DNT. */
export async function newVisitor(browser: Browser, options: VisitorOptions = {}): Promise<BrowserContext> {
  const { gpc, dnt, ...contextOptions } = options;
  const headers: Record<string, string> = {};
  if (gpc) headers['Sec-GPC'] = '1';
  if (dnt) headers.DNT = '1';
  const context = await browser.newContext({ ...contextOptions, extraHTTPHeaders: headers });
  if (gpc)
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
    );
  if (dnt)
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1', configurable: true }),
    );
  return context;
}

/** Collects console errors and uncaught page errors, to assert a page stayed healthy. */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push('pageerror: ' + error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) in the page; returns serious and critical findings. */
export async function axeSeriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations;
  })) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
