// One browser-suite fixture: Chromium and a quiet test server for a test file, started before its
// tests and closed after them, and the visitor contexts a test opens, closed after each test.
// Read the fields inside tests: they are set when the file's tests start.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import { startQuietServer } from './flow';
import type { TestServer } from './server';

export interface BrowserSuite {
  browser: Browser;
  server: TestServer;
  /** The context of the current test, if it keeps one; closed after the test. */
  context: BrowserContext | undefined;
  /** More contexts of the current test; closed after the test. */
  contexts: BrowserContext[];
}

export function browserSuite(): BrowserSuite {
  const suite = { context: undefined, contexts: [] } as unknown as BrowserSuite;
  beforeAll(async () => {
    [suite.browser, suite.server] = await Promise.all([launchChromium(), startQuietServer()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  afterEach(async () => {
    await Promise.all([suite.context, ...suite.contexts.splice(0)].map((c) => c?.close()));
    suite.context = undefined;
  });
  return suite;
}
