#!/usr/bin/env node
// `pnpm bench`: privacy-choices (script tag) against vanilla-cookieconsent 3.1.0 (a dev
// dependency), on a fixed page served from 127.0.0.1, loaded cold in headless Chromium.
// A benchmark, not a test: it prints medians and ratios and writes bench/results.md; only
// unusable runs make it fail.
//
//   node bench/run.mjs [--runs 15] [--warmup 1] [--settle 1500] [--out bench/results.md]
//                      [--no-write] [--only ours|vanilla|ours-gpp] [--raw bench/tmp/raw.json]
//   node bench/run.mjs --from-raw bench/tmp/raw.json [--out bench/results.md] [--no-write]
//                      renders the report again from a run's raw file, without a browser (for
//                      whoever edits bench/report.mjs: same samples, same date, same load)
//
// Per iteration, the variants alternate (ours, vanilla | vanilla, ours | ...: A B B A), and a
// baseline page (same page, no consent SDK) is loaded in the same loop. Each variant runs:
//   1. timing load: a fresh browser context (no cache, no cookies) with a per-frame poller: when
//      the Decline/Reject button is visible and opaque, FCP; then click it (Decline → cookie).
//   2. returning visit: a second page view in that same context (stored choice), with the HTTP
//      cache disabled over CDP so every byte is fetched again; bytes, script time, heap, CLS.
//   3. cost load: another fresh context, no poller (it costs script time): bytes, requests,
//      script time, heap, CLS of a first visit; then click Accept, time until the tag has run.
// Then the bare pass (bench/bare-cdp.mjs), same order: each page again in a Chromium with no
// DevTools Runtime agent (Playwright always enables one), first and returning visit: CPU and heap.
// Measured in the page (an init script) or over CDP; bytes come from the server's own log of
// what each page view requested, sized once per file (raw, gzip -9, brotli quality 11).
//
// Why opt-in mode for privacy-choices: vanilla-cookieconsent's first layer is an opt-in
// (GDPR) banner: nothing non-necessary runs until "Accept all", and "Reject all" keeps it so.
// Our opt-in mode is the same contract (Accept / Reject all on the first layer, gated tags held
// until consent). Our US opt-out mode would run the analytics tag before any click (nothing to
// time for Accept-to-tag) and shows a three-button layer (Accept / Decline / Do Not Sell or
// Share): not the same job.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { BUTTON_TEXT, bareVisits, launchBareChromium } from './bare-cdp.mjs';
import { buildReport, endOfRun } from './report.mjs';
import { fmtNum } from './stats.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(join(ROOT, 'package.json'));

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
function usage(message) {
  console.error(`bench: ${message} (see node bench/run.mjs --help)`);
  process.exit(2);
}
function opt(name, fallback) {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) usage(`${name} needs a value`);
  return value;
}
function intOpt(name, fallback, min) {
  const value = Number(opt(name, String(fallback)));
  if (!Number.isInteger(value) || value < min) usage(`${name} takes an integer ≥ ${min}`);
  return value;
}
const has = (name) => argv.includes(name);
if (has('--help') || has('-h')) {
  console.log(
    readFileSync(import.meta.filename, 'utf8')
      .split('\n')
      .slice(1, 12)
      .map((l) => l.replace(/^\/\/ ?/, ''))
      .join('\n'),
  );
  process.exit(0);
}
const RUNS = intOpt('--runs', 15, 1);
const WARMUP = intOpt('--warmup', 1, 0);
const SETTLE = intOpt('--settle', 1500, 200); // ms after `load` before sampling
const OUT = resolve(ROOT, opt('--out', 'bench/results.md'));
const RAW = resolve(ROOT, opt('--raw', 'bench/tmp/raw.json'));
const WRITE = !has('--no-write');
const ONLY = opt('--only', '');
const FROM_RAW = opt('--from-raw', '');
if (ONLY && !['ours', 'vanilla', 'ours-gpp'].includes(ONLY)) usage('--only takes ours, vanilla or ours-gpp');
const VALUE_OPTIONS = ['--runs', '--warmup', '--settle', '--out', '--raw', '--only', '--from-raw'];
const FLAGS = ['--no-write', '--help', '-h'];
for (let i = 0; i < argv.length; i++) {
  if (!VALUE_OPTIONS.includes(argv[i]) && !FLAGS.includes(argv[i])) usage(`unknown argument ${argv[i]}`);
  if (!FLAGS.includes(argv[i])) i++;
}
const CHROMIUM = CHROMIUM_PATH;
const LOAD_AT_START = os
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(' / ');
const STEP_TIMEOUT = 15000; // any single browser step
const WATCHDOG_MS = Math.max(10 * 60_000, (RUNS + WARMUP) * 120_000); // the whole run, whatever happens

// ---------------------------------------------------------------------------------------------
// Files

const DIST = join(ROOT, 'packages/sdk/dist');
const VANILLA_DIR = (() => {
  const direct = join(ROOT, 'node_modules/vanilla-cookieconsent');
  if (existsSync(direct)) return direct;
  return dirname(require.resolve('vanilla-cookieconsent/package.json'));
})();
const VANILLA_VERSION = JSON.parse(readFileSync(join(VANILLA_DIR, 'package.json'), 'utf8')).version;

const TAG_JS = 'window.__tagRanAt = performance.now(); window.__tagRuns = (window.__tagRuns || 0) + 1;\n';

// Our config is the README's opt-in quick start, read from README.md so that the two cannot
// drift: what a site owner copies, with no publish step (no data-validated mark).
const QUICK_START = (() => {
  const m = /<!-- quick-start: opt-in -->\s*```html\n([\s\S]*?)\n```/.exec(
    readFileSync(join(ROOT, 'README.md'), 'utf8'),
  );
  if (!m) throw new Error('README.md has no opt-in quick-start block');
  return m[1];
})();
const OUR_CONFIG = JSON.parse(
  /<script type="application\/json" id="privacy-choices-config">([\s\S]*?)<\/script>/.exec(QUICK_START)[1],
);
/** The same site with the IAB APIs on: the cost of GPP and USP is reported beside it. */
const GPP_CONFIG = { ...OUR_CONFIG, integrations: { ...OUR_CONFIG.integrations, gpp: true, usp: true } };
const isOurs = (variant) => variant === 'ours' || variant === 'ours-gpp';

// vanilla-cookieconsent, configured the documented way (CookieConsent.run in a same-origin
// script after the UMD build) for the same three categories. hideFromBots: false, because it
// otherwise hides itself whenever navigator.webdriver is true, i.e. under any automation.
const VANILLA_CONFIG_JS = `CookieConsent.run(${JSON.stringify(
  {
    hideFromBots: false,
    mode: 'opt-in',
    revision: 1,
    cookie: { name: 'cc_cookie' },
    guiOptions: {
      consentModal: { layout: 'box', position: 'bottom right', equalWeightButtons: true, flipButtons: false },
      preferencesModal: { layout: 'box', equalWeightButtons: true, flipButtons: false },
    },
    categories: {
      necessary: { enabled: true, readOnly: true },
      analytics: {},
      advertising: {},
    },
    language: {
      default: 'en',
      translations: {
        en: {
          consentModal: {
            title: 'We use cookies',
            description:
              'We use cookies for analytics and advertising. You can accept all, reject all, or choose in the preferences. <a href="/privacy">Privacy policy</a>',
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            showPreferencesBtn: 'Manage preferences',
          },
          preferencesModal: {
            title: 'Cookie preferences',
            acceptAllBtn: 'Accept all',
            acceptNecessaryBtn: 'Reject all',
            savePreferencesBtn: 'Save preferences',
            closeIconLabel: 'Close',
            sections: [
              { title: 'Strictly necessary', description: 'Needed for the site to work.', linkedCategory: 'necessary' },
              {
                title: 'Analytics',
                description: 'Helps us measure how the site is used.',
                linkedCategory: 'analytics',
              },
              { title: 'Advertising', description: 'Used to show and measure ads.', linkedCategory: 'advertising' },
            ],
          },
        },
      },
    },
  },
  null,
  2,
)});\n`;

const CONTENT = `<main>
<h1>A fixed page</h1>
<p>This page is the same for every variant: a heading, a few paragraphs, one gated analytics tag.
Only the consent SDK differs. Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do
eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>
<p>Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo
consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat
nulla pariatur.</p>
<p>Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id
est laborum.</p>
</main>
<footer><a href="#privacy-choices">Cookie settings</a></footer>`;
const STYLE = '<style>body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:40em;padding:1em}</style>';
const GATED_TAG = '<script type="text/plain" data-category="analytics" src="/tag.js"></script>';

function pageHtml(variant) {
  const head = [];
  const tail = [];
  if (variant === 'ours') {
    // The README's quick start, verbatim, first in <head>; the files are served under /sdk/.
    head.push(QUICK_START.replace('src="/privacy-choices.js"', 'src="/sdk/privacy-choices.js"'));
  } else if (variant === 'ours-gpp') {
    head.push(`<script type="application/json" id="privacy-choices-config">${JSON.stringify(GPP_CONFIG)}</script>`);
    head.push('<script src="/sdk/privacy-choices.js"></script>');
  } else if (variant === 'vanilla') {
    // vanilla-cookieconsent's documented setup: its stylesheet in <head>; the UMD build and the
    // config at the end of <body> (run() appends to document.body, so it cannot run in <head>).
    head.push('<link rel="stylesheet" href="/vanilla/cookieconsent.css">');
    tail.push('<script src="/vanilla/cookieconsent.umd.js"></script>');
    tail.push('<script src="/vanilla/cc-config.js"></script>');
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${head.join('\n')}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>privacy-choices bench</title>
${STYLE}
</head>
<body>
${CONTENT}
${GATED_TAG}
${tail.join('\n')}
</body>
</html>
`;
}

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** Every path the server answers, with its body (read once) and sizes (computed once). */
function buildRoutes() {
  const routes = new Map();
  const add = (path, body, type) => routes.set(path, { body: Buffer.from(body), type });
  for (const v of ['ours', 'vanilla', 'ours-gpp', 'baseline']) add(`/${v}.html`, pageHtml(v), TYPES['.html']);
  add('/tag.js', TAG_JS, TYPES['.js']);
  add('/vanilla/cookieconsent.css', readFileSync(join(VANILLA_DIR, 'dist/cookieconsent.css')), TYPES['.css']);
  add('/vanilla/cookieconsent.umd.js', readFileSync(join(VANILLA_DIR, 'dist/cookieconsent.umd.js')), TYPES['.js']);
  add('/vanilla/cc-config.js', VANILLA_CONFIG_JS, TYPES['.js']);
  if (existsSync(DIST)) {
    for (const f of readdirSync(DIST)) {
      if (/^privacy-choices[\w.-]*\.(js|css)$/.test(f))
        add(`/sdk/${f}`, readFileSync(join(DIST, f)), TYPES['.' + f.split('.').pop()]);
    }
  }
  return routes;
}

function sizesOf(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Server: 127.0.0.1, random port; logs every request with its Referer so that each page view's
// subresources can be told apart (every page view has its own ?run= id).

function startServer(routes) {
  const log = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    log.push({ path: url.pathname, search: url.search, referer: req.headers.referer || '', at: Date.now() });
    const route = routes.get(url.pathname);
    if (!route) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, { 'cache-control': 'no-store' });
      return res.end();
    }
    res.writeHead(200, {
      'content-type': route.type,
      'content-length': route.body.length,
      'cache-control': 'no-cache',
    });
    res.end(route.body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      ok({
        origin,
        log,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
            setTimeout(done, 2000).unref();
          }),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// In-page instrumentation (init script, before any page script). The per-frame poller and the
// cookie-setter hook run only in timing loads (`poll`), never where script time or heap is read.

// open() serialises it with instrument.toString(), so it has to stay one self-contained function.
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: an init script, serialised whole into the page
function instrument(cookieName, poll, buttonText) {
  if (window.__bench) return;
  const now = () => performance.now();
  window.__bench = {
    cls: 0,
    shifts: 0,
    frames: 0,
    instrMs: 0,
    polling: !!poll,
    inDomAt: null,
    visibleAt: null,
    acceptVisibleAt: null,
    pointerAt: null,
    clickAt: null,
    clickText: null,
    cookieBefore: null,
    cookieAt: null,
    bubbleAt: null,
    cookieInBubble: null,
    cookieWriteAt: null,
    tagInsertedAt: null,
    errors: [],
  };
  const m = window.__bench;
  const timed = (fn) =>
    function (...args) {
      const t0 = now();
      try {
        return fn.apply(this, args);
      } catch (error) {
        m.errors.push(String(error?.message || error));
      } finally {
        m.instrMs += now() - t0;
      }
    };
  try {
    new PerformanceObserver(
      timed((list) => {
        for (const e of list.getEntries()) {
          m.cls += e.value;
          m.shifts++;
        }
      }),
    ).observe({ type: 'layout-shift', buffered: true });
  } catch (error) {
    m.errors.push('layout-shift observer: ' + error);
  }

  const DECLINE = new RegExp(buttonText.decline, 'i');
  const ACCEPT = new RegExp(buttonText.accept, 'i');
  const textOf = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  // Buttons of either SDK: light DOM (vanilla's #cc-main) and our open shadow root.
  const buttons = () => {
    const list = Array.from(document.querySelectorAll('button'));
    const host = document.getElementById('privacy-choices-ui');
    if (host?.shadowRoot) list.push(...host.shadowRoot.querySelectorAll('button'));
    return list;
  };
  // Visible AND opaque: a box, inside the viewport, visibility visible, no display:none up the
  // tree, and the product of opacities of it and every ancestor (through the shadow host) is 1.
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0)) return false;
    if (r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth) return false;
    if (getComputedStyle(el).visibility !== 'visible') return false;
    let opacity = 1;
    for (let n = el; n; n = n.parentNode && n.parentNode.nodeType === 11 ? n.parentNode.host : n.parentNode) {
      if (n.nodeType !== 1) continue;
      const cs = getComputedStyle(n);
      if (cs.display === 'none' || cs.contentVisibility === 'hidden') return false;
      opacity *= parseFloat(cs.opacity);
    }
    return opacity === 1;
  };
  const find = (re, mustShow) => {
    for (const b of buttons()) if (re.test(textOf(b)) && (!mustShow || shown(b))) return b;
    return null;
  };
  m.find = (which) => find(which === 'accept' ? ACCEPT : DECLINE, true);
  m.findAny = (which) => find(which === 'accept' ? ACCEPT : DECLINE, false);

  const frame = timed(() => {
    if (!m.polling) return;
    const t = now();
    m.frames++;
    if (m.inDomAt == null && find(DECLINE, false)) m.inDomAt = t;
    if (m.inDomAt != null) {
      if (m.visibleAt == null && find(DECLINE, true)) m.visibleAt = t;
      if (m.acceptVisibleAt == null && find(ACCEPT, true)) m.acceptVisibleAt = t;
    }
    if (m.visibleAt == null || m.acceptVisibleAt == null) requestAnimationFrame(frame);
    else m.polling = false;
  });
  if (poll) requestAnimationFrame(frame);
  m.stop = () => (m.polling = false);

  // Click latencies. The click is timed at window capture (before any SDK listener); the
  // cookie is checked in window bubble (after the button's own listeners), in a microtask after
  // that, then in a MessageChannel loop (back-to-back tasks) until it changes or 3 s pass.
  const re = new RegExp('(?:^|;\\s*)' + cookieName + '=([^;]*)');
  const readCookie = () => {
    const match = document.cookie.match(re);
    return match ? match[1] : null;
  };
  const check = () => {
    if (m.cookieAt == null && m.clickAt != null && readCookie() !== m.cookieBefore) m.cookieAt = now();
    return m.cookieAt != null;
  };
  // Timing loads only: note when the page assigns the consent cookie (document.cookie setter),
  // to tell the SDK's work before the write from the write itself.
  if (poll) {
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    if (desc?.set && desc.configurable) {
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        enumerable: desc.enumerable,
        get() {
          return desc.get.call(this);
        },
        set(value) {
          if (m.clickAt != null && m.cookieWriteAt == null && String(value).indexOf(cookieName + '=') === 0)
            m.cookieWriteAt = now();
          desc.set.call(this, value);
        },
      });
    }
  }
  addEventListener(
    'pointerdown',
    () => {
      if (m.pointerAt == null) m.pointerAt = now();
    },
    true,
  );
  addEventListener(
    'click',
    (event) => {
      if (m.clickAt != null) return;
      m.clickAt = now();
      m.cookieBefore = readCookie();
      const target = event.composedPath()[0];
      m.clickText = target && target.nodeType === 1 ? textOf(target.closest('button') || target) : null;
      const deadline = m.clickAt + 3000;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (!check() && now() < deadline) channel.port2.postMessage(0);
        else channel.port1.close();
      };
      channel.port2.postMessage(0);
      new MutationObserver((records) => {
        for (const r of records) {
          for (const n of r.addedNodes) {
            if (
              m.tagInsertedAt == null &&
              n.nodeName === 'SCRIPT' &&
              /\/tag\.js$/.test(n.src || '') &&
              n.type !== 'text/plain'
            )
              m.tagInsertedAt = now();
          }
        }
      }).observe(document, { childList: true, subtree: true });
    },
    true,
  );
  addEventListener(
    'click',
    () => {
      if (m.bubbleAt == null) m.bubbleAt = now(); // every listener of the button has run by now
      m.cookieInBubble = check();
      queueMicrotask(check);
    },
    false,
  );
}

// ---------------------------------------------------------------------------------------------
// Browser steps

const COOKIE = { ours: 'privacy_choices', 'ours-gpp': 'privacy_choices', vanilla: 'cc_cookie', baseline: 'none' };
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

let runCounter = 0;

async function newContext(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  return context;
}

/** Opens a page with CDP Performance + Network (cache disabled) and loads the variant's page.
 *  `poll`: run the per-frame Decline-button poller (timing loads only: it costs script time). */
async function open(context, server, variant, poll) {
  const page = await context.newPage();
  const args = [COOKIE[variant], !!poll, BUTTON_TEXT].map((x) => JSON.stringify(x)).join(', ');
  await page.addInitScript(`(${instrument.toString()})(${args});`);
  const errors = [];
  page.on('pageerror', (e) => errors.push('pageerror: ' + e.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push('console: ' + msg.text());
  });
  // Two CDP sessions on the page: durations in wall time (timeTicks) and in main-thread CPU time
  // (threadTicks, which does not count time the thread was descheduled on a busy machine).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const cdpCpu = await context.newCDPSession(page);
  await cdpCpu.send('Performance.enable', { timeDomain: 'threadTicks' });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const id = `${variant}-${++runCounter}`;
  const url = `${server.origin}/${variant}.html?run=${id}`;
  await page.goto(url, { waitUntil: 'load' });
  return { page, cdp, cdpCpu, id, url, errors };
}

/** The files (not the page) that the page view `id` requested, from the server's log. */
const requestsOf = (server, id) =>
  server.log
    .filter((r) => r.search.includes(`run=${id}`) || r.referer.includes(`run=${id}`))
    .map((r) => r.path)
    .filter((p) => !/\.html$/.test(p));

const metric = (metrics, name) => {
  const found = metrics.find((x) => x.name === name);
  return found ? found.value : NaN;
};

/** Waits a fixed SETTLE after `load` (same for every variant, no harness polling in between
 *  that would add script time), then samples. If the banner was expected but is not up yet, waits
 *  for it (up to 10 s), samples again and flags the run as late. */
async function sample(view, expectBanner, server) {
  const { page } = view;
  await sleep(SETTLE);
  let result = await sampleNow(view, server);
  if (expectBanner && !(await page.evaluate(() => !!window.__bench.find('decline')))) {
    await page
      .waitForFunction(() => !!window.__bench.find('decline'), null, { timeout: 10000, polling: 100 })
      .catch(() => {});
    await sleep(300);
    result = { ...(await sampleNow(view, server)), late: true };
  }
  return result;
}

async function sampleNow(view, server) {
  const { page, cdp, cdpCpu, id } = view;
  const inPage = await page.evaluate(() => {
    const m = window.__bench;
    m.stop();
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      fcp: fcp ? fcp.startTime : null,
      domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
      load: nav ? nav.loadEventEnd : null,
      cls: m.cls,
      shifts: m.shifts,
      inDomAt: m.inDomAt,
      visibleAt: m.visibleAt,
      acceptVisibleAt: m.acceptVisibleAt,
      frames: m.frames,
      instrMs: m.instrMs,
      errors: m.errors.slice(),
      tagRan: window.__tagRanAt !== undefined,
    };
  });
  const before = await cdp.send('Performance.getMetrics');
  const cpu = await cdpCpu.send('Performance.getMetrics');
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await cdp.send('Performance.getMetrics');
  const requests = requestsOf(server, id);
  return {
    ...inPage,
    late: false,
    scriptMs: metric(before.metrics, 'ScriptDuration') * 1000,
    scriptCpuMs: metric(cpu.metrics, 'ScriptDuration') * 1000,
    compileMs: metric(cpu.metrics, 'V8CompileDuration') * 1000,
    taskMs: metric(before.metrics, 'TaskDuration') * 1000,
    taskCpuMs: metric(cpu.metrics, 'TaskDuration') * 1000,
    heapSampled: metric(before.metrics, 'JSHeapUsedSize'),
    heapAfterGc: metric(after.metrics, 'JSHeapUsedSize'),
    requests,
  };
}

async function clickAndWait(page, which, waitFor) {
  const handle = await page.waitForFunction((w) => window.__bench.find(w), which, { timeout: 10000, polling: 50 });
  const element = handle.asElement();
  if (!element) throw new Error(`no visible ${which} button`);
  await element.click({ timeout: STEP_TIMEOUT });
  await page.waitForFunction(waitFor, null, { timeout: 5000, polling: 20 });
  return page.evaluate(() => {
    const m = window.__bench;
    return {
      pointerAt: m.pointerAt,
      clickAt: m.clickAt,
      clickText: m.clickText,
      cookieAt: m.cookieAt,
      bubbleAt: m.bubbleAt,
      cookieInBubble: m.cookieInBubble,
      cookieWriteAt: m.cookieWriteAt,
      tagInsertedAt: m.tagInsertedAt,
      tagRanAt: window.__tagRanAt === undefined ? null : window.__tagRanAt,
      tagRuns: window.__tagRuns || 0,
      tagFetch: (() => {
        const e = performance.getEntriesByType('resource').find((r) => /\/tag\.js$/.test(r.name));
        return e ? { start: e.startTime, end: e.responseEnd } : null;
      })(),
    };
  });
}

async function sdkState(page, variant) {
  return page.evaluate((v) => {
    try {
      if (v === 'ours' || v === 'ours-gpp') {
        const s = window.PrivacyChoices?.getState();
        return s
          ? { decided: s.decided, analytics: s.categories.analytics, advertising: s.categories.advertising }
          : null;
      }
      if (v === 'vanilla') {
        const C = window.CookieConsent;
        return C
          ? {
              decided: C.validConsent(),
              analytics: C.acceptedCategory('analytics'),
              advertising: C.acceptedCategory('advertising'),
            }
          : null;
      }
    } catch (error) {
      return { error: String(error) };
    }
    return null;
  }, variant);
}

const anomalies = [];
function note(iteration, variant, kind, message) {
  const line = `iteration ${iteration}, ${variant}, ${kind}: ${message}`;
  anomalies.push(line);
  console.warn('  ! ' + line);
}

function checkFirst(iteration, variant, kind, view, sampled, banner) {
  if (view.errors.length) note(iteration, variant, kind, view.errors.join(' | '));
  if (banner && sampled.late) note(iteration, variant, kind, `banner not up ${SETTLE} ms after load; sampled later`);
  if (sampled.tagRan) note(iteration, variant, kind, 'gated tag ran before any choice');
  if (sampled.errors.length) note(iteration, variant, kind, 'instrumentation: ' + sampled.errors.join(' | '));
}

/**
 * Timing load (per-frame poller on): when the Decline button is in the DOM / visible and opaque,
 * then click it (Decline → cookie). Then the returning visit: a second page view in that context
 * (poller off). The baseline has no banner: its two page views are plain cost loads.
 */
async function firstAndReturning(browser, server, variant, iteration) {
  const context = await newContext(browser);
  const banner = variant !== 'baseline';
  const out = {};
  try {
    const v1 = await withTimeout(open(context, server, variant, banner), STEP_TIMEOUT, `${variant} first visit load`);
    const s1 = await withTimeout(sample(v1, banner, server), SETTLE + 25000, `${variant} first visit sample`);
    checkFirst(iteration, variant, banner ? 'first visit (timing)' : 'first visit', v1, s1, banner);
    if (banner) {
      out.timing = s1;
      if (s1.visibleAt == null)
        note(iteration, variant, 'first visit (timing)', 'Decline/Reject button never visible and opaque');
      out.decline = await withTimeout(
        clickAndWait(v1.page, 'decline', () => window.__bench.cookieAt != null),
        STEP_TIMEOUT + 5000,
        `${variant} decline`,
      );
      out.declineState = await sdkState(v1.page, variant);
      if (!out.declineState?.decided || out.declineState.analytics) {
        note(iteration, variant, 'decline', 'unexpected state after Decline: ' + JSON.stringify(out.declineState));
      }
      await sleep(200);
    } else {
      out.first = s1;
    }
    await v1.page.close();

    const v2 = await withTimeout(open(context, server, variant, false), STEP_TIMEOUT, `${variant} returning load`);
    out.returning = await withTimeout(sample(v2, false, server), SETTLE + 25000, `${variant} returning sample`);
    if (v2.errors.length) note(iteration, variant, 'returning', v2.errors.join(' | '));
    if (out.returning.errors.length)
      note(iteration, variant, 'returning', 'instrumentation: ' + out.returning.errors.join(' | '));
    if (banner) {
      const reshown = await v2.page.evaluate(() => !!window.__bench.findAny('decline'));
      if (reshown) note(iteration, variant, 'returning', 'banner shown again despite a stored choice');
      if (out.returning.tagRan) note(iteration, variant, 'returning', 'gated tag ran after Decline');
      const state = await sdkState(v2.page, variant);
      if (!state?.decided)
        note(iteration, variant, 'returning', 'stored choice not recognised: ' + JSON.stringify(state));
    }
    await v2.page.close();
  } finally {
    await withTimeout(context.close(), 10000, 'context close').catch(() => {});
  }
  return out;
}

/** Cost load (poller off) in a fresh context: bytes, script time, heap, layout shift; then
 *  click Accept and time until the gated tag has run. */
async function acceptRun(browser, server, variant, iteration) {
  const context = await newContext(browser);
  try {
    const view = await withTimeout(open(context, server, variant, false), STEP_TIMEOUT, `${variant} cost load`);
    const first = await withTimeout(sample(view, true, server), SETTLE + 25000, `${variant} cost sample`);
    checkFirst(iteration, variant, 'first visit', view, first, true);
    const seenErrors = view.errors.length;
    const accept = await withTimeout(
      clickAndWait(view.page, 'accept', () => window.__tagRanAt !== undefined && window.__bench.cookieAt != null),
      STEP_TIMEOUT + 15000,
      `${variant} accept`,
    );
    if (accept.tagRuns !== 1) note(iteration, variant, 'accept', `tag ran ${accept.tagRuns} times`);
    if (view.errors.length > seenErrors) note(iteration, variant, 'accept', view.errors.slice(seenErrors).join(' | '));
    await view.page.close();
    return { first, accept };
  } finally {
    await withTimeout(context.close(), 10000, 'context close').catch(() => {});
  }
}

/** The bare pass (bench/bare-cdp.mjs): first and returning visit with no DevTools Runtime agent;
 *  CPU and heap only, sampled like the cost and returning loads above, no init script. */
async function bareRun(bareBrowser, server, variant, iteration) {
  const ids = {};
  const visits = await bareVisits(bareBrowser, {
    url: (visit) => {
      ids[visit] = `${variant}-bare-${++runCounter}`;
      return `${server.origin}/${variant}.html?run=${ids[visit]}`;
    },
    settle: SETTLE,
    cookieName: COOKIE[variant],
    banner: variant !== 'baseline',
    waitFor: 10000,
    note: (kind, message) => note(iteration + 1, variant, `bare ${kind}`, message),
  });
  const record = { iteration };
  for (const visit of ['first', 'returning'])
    record[visit] = { ...visits[visit], requests: requestsOf(server, ids[visit]) };
  return record;
}

// ---------------------------------------------------------------------------------------------
// The run

async function main() {
  if (FROM_RAW) return renderFromRaw(resolve(ROOT, FROM_RAW));
  const variants = ONLY ? [ONLY] : ['ours', 'vanilla', 'ours-gpp'];
  const chromium = loadChromium(variants);
  const routes = buildRoutes();
  const sizes = new Map([...routes].map(([path, r]) => [path, sizesOf(r.body)]));
  const server = await startServer(routes);
  const shutdown = closeOnExit(server);
  try {
    const browser = await launchBrowser(chromium);
    shutdown.browser = browser;
    shutdown.bareBrowser = await launchBareChromium(STEP_TIMEOUT);
    const chromiumVersion = browser.version();
    console.log(
      `bench: ${server.origin}, Chromium ${chromiumVersion}, ` +
        `${os.cpus().length} CPUs (nproc ${os.availableParallelism()}), ` +
        `runs ${RUNS} (+${WARMUP} warm-up), settle ${SETTLE} ms`,
    );
    const { data, bare, failures } = await runIterations(browser, shutdown.bareBrowser, server, variants);
    const settings = {
      runs: RUNS,
      warmup: WARMUP,
      settle: SETTLE,
      chromium: CHROMIUM,
      loadAtStart: LOAD_AT_START,
      vanillaVersion: VANILLA_VERSION,
    };
    // Everything the report reads besides the samples, kept in the raw file for --from-raw.
    const inputs = { variants, chromiumVersion, failures, settings, ended: endOfRun(), anomalies: [...anomalies] };
    const report = buildReport({ ...inputs, data, bare, sizes, anomalies });
    console.log('\n' + report.markdown);
    if (WRITE) {
      writeReport(report.markdown);
      mkdirSync(dirname(RAW), { recursive: true });
      writeFileSync(
        RAW,
        JSON.stringify({ data, bare, anomalies, sizes: Object.fromEntries(sizes), report: inputs }, null, 1),
      );
      console.log(`bench: raw samples in ${relative(ROOT, RAW)}`);
    }
    const usable = variants.every(
      (v) => data[v].length >= Math.ceil(RUNS / 2) && bare[v].length >= Math.ceil(RUNS / 2),
    );
    if (!usable) {
      console.error('bench: fewer than half of the runs succeeded for some variant; results are not usable');
      process.exitCode = 1;
    }
  } finally {
    await shutdown.close();
  }
}

/** Checks that the build and Chromium are there; returns playwright-core's `chromium`. */
function loadChromium(variants) {
  if (variants.some(isOurs) && !existsSync(join(DIST, 'privacy-choices.js'))) {
    throw new Error(
      `${relative(ROOT, DIST)}/privacy-choices.js not found: build first (npx rollup -c rollup.config.mjs)`,
    );
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run node scripts/ensure-chromium.mjs`);
  try {
    return require('playwright-core').chromium;
  } catch {
    throw new Error('playwright-core is not installed: run the workspace install (npx -y pnpm@12.21.0 install)');
  }
}

/**
 * One way out, whatever ends the run (its end, SIGINT/SIGTERM, the watchdog): close the browsers
 * (set `.browser` and `.bareBrowser` once launched), then the server. `.close()` is the normal end.
 */
function closeOnExit(server) {
  const shutdown = { browser: null, bareBrowser: null };
  const cleanup = async () => {
    if (shutdown.browser) await withTimeout(shutdown.browser.close(), 15000, 'browser close').catch(() => {});
    if (shutdown.bareBrowser) await withTimeout(shutdown.bareBrowser.close(), 15000, 'bare close').catch(() => {});
    shutdown.browser = null;
    shutdown.bareBrowser = null;
    await server.close();
  };
  const onSignal = (signal) => {
    console.error(`\nbench: ${signal}, closing browser and server`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const watchdog = setTimeout(() => {
    console.error(`bench: watchdog: still running after ${WATCHDOG_MS / 1000} s, giving up`);
    cleanup().finally(() => process.exit(2));
  }, WATCHDOG_MS);
  watchdog.unref();
  shutdown.close = async () => {
    clearTimeout(watchdog);
    await cleanup();
  };
  return shutdown;
}

function launchBrowser(chromium) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Warm-up iterations, then RUNS measured ones, each running every variant and the baseline, first
 * under Playwright, then bare (bench/bare-cdp.mjs) in the same order; one progress line per pass.
 * Returns the measured records per variant of each pass and how many runs failed.
 */
async function runIterations(browser, bareBrowser, server, variants) {
  // Per variant, one record per measured iteration: { iteration, timing, decline, returning, first, accept, ... }.
  const data = { baseline: [], ours: [], vanilla: [], 'ours-gpp': [] };
  // The bare pass: { iteration, first, returning } with CPU, heap and requests.
  const bare = { baseline: [], ours: [], vanilla: [], 'ours-gpp': [] };
  const failures = { count: 0 };
  for (let iteration = -WARMUP; iteration < RUNS; iteration++) {
    // A B C C B A ...: the order flips every iteration; the baseline flips between the ends.
    const pair = iteration % 2 === 0 ? variants : [...variants].reverse();
    const order = iteration % 2 === 0 ? ['baseline', ...pair] : [...pair, 'baseline'];
    const label = iteration < 0 ? `warm-up ${iteration + WARMUP + 1}` : `run ${iteration + 1}/${RUNS}`;
    const pass = (kind, records, measure, describe) =>
      runPass({ kind, order, iteration, failures, records }, measure, describe).then((line) => line.join(' | '));
    console.log(`${label}  ${await pass('run', data, (v) => runVariant(browser, server, v, iteration), progress)}`);
    const bareLine = await pass(
      'bare run',
      bare,
      (v) => withTimeout(bareRun(bareBrowser, server, v, iteration), 4 * (SETTLE + 25000), `${v} bare`),
      bareProgress,
    );
    console.log(`${label.replace(/./g, ' ')}  bare: ${bareLine}`);
  }
  return { data, bare, failures: failures.count };
}

/** Every variant of one iteration in `order`, measured by `measure`; returns the progress line's parts. */
async function runPass({ kind, order, iteration, failures, records }, measure, describe) {
  const line = [];
  for (const variant of order) {
    try {
      const record = await measure(variant);
      if (iteration >= 0) records[variant].push(record);
      line.push(describe(variant, record));
    } catch (error) {
      failures.count++;
      note(iteration + 1, variant, kind, 'failed: ' + (error?.message ? error.message.split('\n')[0] : error));
      if (failures.count > Math.max(3, RUNS)) throw new Error('too many failed runs, stopping');
    }
  }
  return line;
}

/** Every load of one variant in one iteration (the baseline has no Accept run). */
async function runVariant(browser, server, variant, iteration) {
  const record = { iteration };
  Object.assign(record, await firstAndReturning(browser, server, variant, iteration + 1));
  if (variant !== 'baseline') Object.assign(record, await acceptRun(browser, server, variant, iteration + 1));
  return record;
}

/** One variant's part of the progress line. */
function progress(variant, record) {
  const f = record.first;
  return (
    `${variant}: fcp ${fmtNum(f.fcp)}` +
    (record.timing ? ` visible ${fmtNum(record.timing.visibleAt)}` : '') +
    ` script ${fmtNum(f.scriptMs)} ms` +
    (record.decline ? ` cookie ${fmtNum(record.decline.cookieAt - record.decline.clickAt, 2)}` : '') +
    (record.accept ? ` tag ${fmtNum(record.accept.tagRanAt - record.accept.clickAt, 2)}` : '')
  );
}

/** One variant's part of the bare pass's progress line. */
const bareProgress = (variant, record) =>
  `${variant}: script ${fmtNum(record.first.scriptCpuMs)} ms heap ${fmtNum(record.first.heapAfterGc / 1024, 0)} KB`;

function writeReport(markdown) {
  writeFileSync(OUT, markdown);
  console.log(`\nbench: wrote ${relative(ROOT, OUT)}`);
}

/** --from-raw: the report of a finished run again, from its samples and report inputs. */
function renderFromRaw(file) {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  if (!raw.report)
    throw new Error(`${relative(ROOT, file)} has no report inputs (an older raw file): run the bench again`);
  // The run's own anomalies: the report adds its findings (busy machine, varied file sets) again.
  const anomalies = [...raw.report.anomalies];
  const sizes = new Map(Object.entries(raw.sizes));
  // raw.bare is absent from raw files written before the bare pass: the report leaves its rows out.
  const report = buildReport({ ...raw.report, data: raw.data, bare: raw.bare, sizes, anomalies });
  console.log(report.markdown);
  if (WRITE) writeReport(report.markdown);
}

main().catch(async (error) => {
  console.error('bench: ' + (error?.stack ? error.stack : error));
  process.exit(1);
});
