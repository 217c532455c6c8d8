// Shared by the policy tests: the demo's policy configs, stand-in tags that set the cookies the
// real tags set (so the configs' cookie patterns are exercised), and the sites that serve them.
// What the tests read off those pages is in probes.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../../../packages/sdk/src/core/types';
import { type VisitorOptions, watchErrors } from '../support/browser';
import { startServer, type Route, type TestServer } from '../support/server';
import { browserSuite } from '../support/suite';
import { sitePage } from '../support/pages';
import { trackReady } from './probes';

/** The opt-out control's name in opt-out mode (CCPA's "Do Not Sell or Share" link). */
export const DNSS = 'Do Not Sell or Share My Personal Information';

export const POLICIES = ['concord-opero', 'copper', 'interop-io', 'convoso', 'concerncenter'] as const;
export type PolicyName = (typeof POLICIES)[number];

const POLICY_DIR = resolve(import.meta.dirname, '../../../packages/demo/policies');

/** A policy config exactly as the demo ships it (`$schema` included: the schema allows it). */
export function loadPolicy(name: PolicyName): Config {
  return JSON.parse(readFileSync(resolve(POLICY_DIR, `${name}.json`), 'utf8')) as Config;
}

/** Stand-in tags: each records its name on window.__ran and sets its vendor's real cookies. */
export const TAGS: Record<string, string[]> = {
  ga: ['_ga=GA1.1.1.1', '_ga_ABC123=GS1.1.1', '_gid=GA1.1.2.2'],
  'google-ads': ['_gcl_au=1.1.1.1'],
  'meta-pixel': ['_fbp=fb.1.1.1'],
  beacon: [],
};

export function routeTags(server: TestServer) {
  for (const [name, cookies] of Object.entries(TAGS)) {
    const body =
      `(window.__ran = window.__ran || []).push(${JSON.stringify(name)});` +
      cookies.map((c) => `document.cookie = ${JSON.stringify(c + '; path=/')};`).join('');
    server.route(`/t/${name}.js`, { body, type: 'text/javascript' });
  }
  server.route('/t/widget.html', '<!doctype html><title>widget</title><p>social widget</p>');
}

/**
 * One policy test file's site: the browser suite (support/suite.ts) on a server with the stand-in
 * tags and `pages` (name → [path, page]), their URLs in `urls`; `open(name)` visits one of them.
 * Read the fields inside tests: they are set when the file's tests start.
 */
export function policySite<Name extends string>(pages: Record<Name, [path: string, page: Route | string]>) {
  const urls = {} as Record<Name, string>;
  const suite = browserSuite({
    server: async () => {
      const server = await startServer();
      routeTags(server);
      for (const name of Object.keys(pages) as Name[]) urls[name] = server.route(pages[name][0], pages[name][1]);
      return server;
    },
  });
  /** Opens one of the site's pages in a fresh visitor that tracks `privacy-choices:ready`. */
  async function open(name: Name, options: VisitorOptions = {}) {
    const context = await suite.visitor({ ...options, events: false });
    await trackReady(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(urls[name]);
    return { context, page, errors };
  }
  return Object.assign(suite, { urls, open });
}

/** A site of one page, /site/, with the policy's config and its gated stand-in tags. */
export const onePageSite = (config: Config, tags: Record<string, string>) =>
  policySite({ url: ['/site/', policyPage(config, tags)] });

/** Gated tags, as on the demo sites: `tags` maps a tag name to the category that gates it. */
export function tagMarkup(tags: Record<string, string>, widgetCategory?: string): string {
  const scripts = Object.entries(tags)
    .map(([name, category]) => `<script type="text/plain" data-category="${category}" src="/t/${name}.js"></script>`)
    .join('\n');
  const widget = widgetCategory
    ? `<iframe id="widget" title="widget" data-category="${widgetCategory}" data-src="/t/widget.html"></iframe>`
    : '';
  return `<nav><a id="next" href="/site/about">About us</a></nav>${widget}\n${scripts}`;
}

export function policyPage(config: Config, tags: Record<string, string>, widgetCategory?: string): string {
  // sitePage puts `head` right after the config element: the same place as its own script tag.
  return sitePage({
    config,
    noScript: true,
    head: '<script src="/dist/privacy-choices.js"></script>',
    body: tagMarkup(tags, widgetCategory),
  });
}
