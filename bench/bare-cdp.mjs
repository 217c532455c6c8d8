// The bench's bare pass (bench/run.mjs): the same loads measured the way a visitor's browser runs
// them, with no DevTools Runtime or Network agent attached. Playwright always enables the Runtime
// agent, and with it every `document.cookie` read or console call makes V8 collect source positions
// for every frame on the stack (bench/changes.md, "Issue 13, first-visit CPU and heap: the profile").
// Here Chromium is launched with a DevTools pipe (fd 3 to the browser, fd 4 from it, JSON messages
// separated by NUL bytes) and each page gets only the Page and Performance agents.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

/** The button texts both passes click (regular expressions, case-insensitive, on the trimmed text). */
export const BUTTON_TEXT = {
  decline: '^(decline|decline all|reject|reject all)$',
  accept: '^(accept|accept all)$',
};

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// ---------------------------------------------------------------------------------------------
// The browser and its pipe

/**
 * Launches headless Chromium with `--remote-debugging-pipe` and a throwaway profile. Returns the
 * client: `send(method, params, sessionId)`, `listen(sessionId, onEvent)` (returns its remover),
 * `version` and `close()`. `stepTimeout` bounds every command.
 */
export async function launchBareChromium(stepTimeout) {
  const profile = mkdtempSync(join(os.tmpdir(), 'bench-bare-'));
  const args = [
    ...CHROMIUM_ARGS,
    '--headless',
    '--hide-scrollbars',
    '--mute-audio',
    '--no-startup-window',
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
  ];
  const child = spawn(CHROMIUM_PATH, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const client = pipeClient(child.stdio[3], child.stdio[4], stepTimeout);
  const exited = new Promise((ok) => child.once('exit', ok));
  exited.then(() => client.fail(new Error('Chromium (bare) exited')));
  client.close = async () => {
    await client.send('Browser.close').catch(() => {});
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    client.version = (await client.send('Browser.getVersion')).product;
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}

/** Request/response and events over the pipe; flat sessions (`sessionId` on each message). */
function pipeClient(toBrowser, fromBrowser, stepTimeout) {
  let lastId = 0;
  const pending = new Map();
  const listeners = new Set();
  let partial = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (text) => {
    const messages = (partial + text).split('\0');
    partial = messages.pop();
    for (const message of messages) receive(JSON.parse(message));
  });
  function receive(message) {
    if (message.id === undefined) {
      for (const listener of listeners) listener(message);
      return;
    }
    const request = pending.get(message.id);
    if (!request) return;
    pending.delete(message.id);
    clearTimeout(request.timer);
    if (message.error) request.fail(new Error(`${request.method}: ${message.error.message}`));
    else request.ok(message.result);
  }
  return {
    send(method, params = {}, sessionId) {
      const id = ++lastId;
      return new Promise((ok, fail) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          fail(new Error(`timed out after ${stepTimeout} ms: ${method}`));
        }, stepTimeout);
        pending.set(id, { method, ok, fail, timer });
        toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
      });
    },
    listen(sessionId, onEvent) {
      const listener = (message) => message.sessionId === sessionId && onEvent(message);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fail(error) {
      for (const request of pending.values()) {
        clearTimeout(request.timer);
        request.fail(error);
      }
      pending.clear();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Loads

/**
 * One variant's first and returning visit in a fresh browser context (no cache, no cookies), as
 * bench/run.mjs's cost and returning loads sample them: CPU and heap after `load` + `settle` ms.
 * Between them, Decline is clicked (after the first sample) so that the returning visit, a new
 * page in the same context, finds a stored choice. `load` = { url(visit), settle, cookieName,
 * banner, waitFor, note(kind, message) }; returns { first, returning } samples.
 */
export async function bareVisits(browser, load) {
  const { browserContextId } = await browser.send('Target.createBrowserContext');
  try {
    const first = await loadAndSample(browser, browserContextId, load, 'first');
    if (load.banner) await decline(first.page, load);
    await browser.send('Target.closeTarget', { targetId: first.targetId });
    const returning = await loadAndSample(browser, browserContextId, load, 'returning');
    if (load.banner) await checkReturning(returning.page, load);
    await browser.send('Target.closeTarget', { targetId: returning.targetId });
    return { first: first.sample, returning: returning.sample };
  } finally {
    await browser.send('Target.disposeBrowserContext', { browserContextId }).catch(() => {});
  }
}

/** A new page in the context, only Page and Performance (main-thread CPU) enabled; loads the visit's URL. */
async function loadAndSample(browser, browserContextId, load, visit) {
  const { targetId } = await browser.send('Target.createTarget', { browserContextId, url: 'about:blank' });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const page = (method, params) => browser.send(method, params, sessionId);
  // Lifecycle events carry the loader id: the `load` of this navigation, not about:blank's.
  const loads = [];
  const stopListening = browser.listen(sessionId, ({ method, params }) => {
    if (method === 'Page.lifecycleEvent' && params.name === 'load') loads.push(params.loaderId);
  });
  try {
    // The viewport of bench/run.mjs's contexts, set as Playwright sets it (a window size would
    // include the headless window's frame; Target.createTarget's size fails in an existing window).
    await page('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: 1, mobile: false });
    await page('Page.enable');
    await page('Page.setLifecycleEventsEnabled', { enabled: true });
    await page('Performance.enable', { timeDomain: 'threadTicks' });
    const url = load.url(visit);
    const navigation = await page('Page.navigate', { url });
    if (navigation.errorText) throw new Error(`${url}: ${navigation.errorText}`);
    await until(() => loads.includes(navigation.loaderId), load.waitFor, `load of ${url}`);
  } finally {
    stopListening();
  }
  await sleep(load.settle);
  let sample = await sampleNow(page);
  // As bench/run.mjs does: a banner not up by then is waited for, and the sample taken again.
  if (load.banner && visit === 'first' && !(await buttonCenter(page, 'decline'))) {
    await until(() => buttonCenter(page, 'decline'), load.waitFor, 'the banner').catch(() => {});
    await sleep(300);
    sample = { ...(await sampleNow(page)), late: true };
    load.note(`${visit} visit`, `banner not up ${load.settle} ms after load; sampled later`);
  }
  return { targetId, page, sample };
}

const metric = (metrics, name) => metrics.find((x) => x.name === name)?.value ?? NaN;

/** CPU durations (threadTicks: seconds of main-thread CPU) and the JS heap before and after a forced GC. */
async function sampleNow(page) {
  const { metrics } = await page('Performance.getMetrics');
  await page('HeapProfiler.collectGarbage');
  const afterGc = await page('Performance.getMetrics');
  return {
    late: false,
    scriptCpuMs: metric(metrics, 'ScriptDuration') * 1000,
    compileMs: metric(metrics, 'V8CompileDuration') * 1000,
    taskCpuMs: metric(metrics, 'TaskDuration') * 1000,
    heapSampled: metric(metrics, 'JSHeapUsedSize'),
    heapAfterGc: metric(afterGc.metrics, 'JSHeapUsedSize'),
  };
}

async function until(condition, ms, what) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what}`);
    await sleep(20);
  }
}

// ---------------------------------------------------------------------------------------------
// Acting in the page, only after its sample: Runtime.evaluate works without Runtime.enable.

async function evaluate(page, fn, ...args) {
  const expression = `(${fn.toString()})(...${JSON.stringify(args)})`;
  const { result, exceptionDetails } = await page('Runtime.evaluate', {
    expression,
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? 'exception'}`);
  return result.value;
}

/** The centre of a button of either SDK (light DOM or our open shadow root) with that text, or null. */
function buttonCenter(page, which) {
  return evaluate(
    page,
    (pattern) => {
      const host = document.getElementById('privacy-choices-ui');
      const buttons = [...document.querySelectorAll('button'), ...(host?.shadowRoot?.querySelectorAll('button') ?? [])];
      const text = new RegExp(pattern, 'i');
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        const label = (button.textContent || '').replace(/\s+/g, ' ').trim();
        if (text.test(label) && box.width > 0 && box.height > 0)
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    BUTTON_TEXT[which],
  );
}

/** Clicks Decline with real mouse events and waits for the consent cookie. */
async function decline(page, load) {
  let center = null;
  await until(async () => (center = await buttonCenter(page, 'decline')), load.waitFor, 'the Decline button');
  await page('Input.dispatchMouseEvent', { type: 'mouseMoved', ...center });
  await page('Input.dispatchMouseEvent', { type: 'mousePressed', button: 'left', clickCount: 1, ...center });
  await page('Input.dispatchMouseEvent', { type: 'mouseReleased', button: 'left', clickCount: 1, ...center });
  const stored = await evaluate(page, hasCookie, load.cookieName, 5000);
  if (!stored) load.note('decline', 'no consent cookie 5 s after the click');
}

/** In the page: whether the cookie is set, polled until `ms` have passed. */
function hasCookie(name, ms) {
  const deadline = Date.now() + ms;
  const isSet = () => document.cookie.split(/;\s*/).some((pair) => pair.startsWith(name + '='));
  return new Promise((ok) => {
    const poll = () => (isSet() || Date.now() > deadline ? ok(isSet()) : setTimeout(poll, 20));
    poll();
  });
}

/** The returning visit shows no banner and the stored choice is there. */
async function checkReturning(page, load) {
  if (await buttonCenter(page, 'decline')) load.note('returning', 'banner shown again despite a stored choice');
  if (!(await evaluate(page, hasCookie, load.cookieName, 0))) load.note('returning', 'no consent cookie');
}
