// One browser-suite fixture: Chromium and a server for a test file, started before its tests and
// closed after them, and the visitor contexts a test opens, closed after each test.
// Read the fields inside tests: they are set when the file's tests start.
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, newVisitor, watchErrors, type VisitorOptions } from './browser';
import { launchChromiumWith, recordEvents, startQuietServer } from './flow';
import type { Route, TestServer } from './server';

/** What a suite's server offers the fixture: where its pages are, and how to stop it. */
export interface SuiteServer {
  origin: string;
  close(): Promise<void>;
}

export interface SuiteOptions<Server extends SuiteServer> {
  /** Starts the file's server; the quiet test server (support/flow.ts) unless given. */
  server?: () => Promise<Server>;
  /** More Chromium switches, e.g. `--host-resolver-rules` for real host names. */
  chromiumArgs?: string[];
  /** Room for the start (ms), for servers with an embedded database. */
  startTimeout?: number;
}

export interface QuietSuiteOptions extends Omit<SuiteOptions<TestServer>, 'server'> {
  /** What the quiet test server serves from the start: path → page (or resource with headers). */
  routes?: Record<string, Route | string>;
}

export interface SuiteVisitorOptions extends VisitorOptions {
  /** Record the SDK's window events (support/flow.ts `recordEvents`); on unless false. */
  events?: boolean;
}

export interface Visit {
  context: BrowserContext;
  page: Page;
  /** The page's console errors and uncaught errors (support/browser.ts `watchErrors`). */
  errors: string[];
  /** The answer to the page's request (null for an in-page navigation). */
  response: Response | null;
}

export interface BrowserSuite<Server extends SuiteServer = TestServer> {
  browser: Browser;
  server: Server;
  /** The current test's latest visitor, if it has one; closed after the test. */
  context: BrowserContext | undefined;
  /** Every other context of the current test; closed after the test. */
  contexts: BrowserContext[];
  /** A fresh visitor (own cookie jar), kept as `context` until the test ends. */
  visitor(options?: SuiteVisitorOptions): Promise<BrowserContext>;
  /** Opens `url` (a path on the suite's server, or a full URL) in a fresh visitor. */
  visit(url: string, options?: SuiteVisitorOptions): Promise<Visit>;
}

export function browserSuite(options?: QuietSuiteOptions): BrowserSuite;
export function browserSuite<Server extends SuiteServer>(
  options: SuiteOptions<Server> & { server: () => Promise<Server> },
): BrowserSuite<Server>;
export function browserSuite(options: SuiteOptions<SuiteServer> & QuietSuiteOptions = {}): BrowserSuite<SuiteServer> {
  const { routes = {}, chromiumArgs, startTimeout } = options;
  const quietServer = async () => {
    const server = await startQuietServer();
    for (const [path, route] of Object.entries(routes)) server.route(path, route);
    return server;
  };
  const server = options.server ?? quietServer;
  const suite: BrowserSuite<SuiteServer> = {
    browser: undefined as unknown as Browser,
    server: undefined as unknown as SuiteServer,
    context: undefined,
    contexts: [],
    async visitor({ events = true, ...visitorOptions } = {}) {
      const context = await newVisitor(suite.browser, visitorOptions);
      if (events) await recordEvents(context);
      if (suite.context) suite.contexts.push(suite.context);
      suite.context = context;
      return context;
    },
    async visit(url, visitorOptions) {
      const context = await suite.visitor(visitorOptions);
      const page = await context.newPage();
      const errors = watchErrors(page);
      const response = await page.goto(url.startsWith('/') ? suite.server.origin + url : url);
      return { context, page, errors, response };
    },
  };
  beforeAll(async () => {
    const browser = chromiumArgs ? launchChromiumWith(chromiumArgs) : launchChromium();
    [suite.browser, suite.server] = await Promise.all([browser, server()]);
  }, startTimeout);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  afterEach(async () => {
    const open = new Set([suite.context, ...suite.contexts.splice(0)]);
    suite.context = undefined;
    await Promise.all([...open].map((context) => context?.close()));
  });
  return suite;
}
