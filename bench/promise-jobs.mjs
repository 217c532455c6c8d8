// What Chromium's `ScriptDuration` (CDP Performance.getMetrics) counts: the same 20 ms loop run
// synchronously, from queueMicrotask, after an `await` and in a `.then` callback, three cold loads
// each, main-thread CPU (threadTicks). `TaskDuration` counts every run; `ScriptDuration` leaves out
// the promise jobs. The reason bench/report.mjs reads the SDKs' CPU from TaskDuration: an SDK that
// works after an `await` (vanilla-cookieconsent's run() does) would look cheaper than it is.
//   node bench/promise-jobs.mjs
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const LOOP_MS = 20;
const loop = `const end = performance.now() + ${LOOP_MS}; while (performance.now() < end) {}`;
const PAGES = {
  synchronous: loop,
  queueMicrotask: `queueMicrotask(() => { ${loop} })`,
  'after await': `(async () => { await 0; ${loop} })()`,
  'in .then': `Promise.resolve().then(() => { ${loop} })`,
  'no loop (baseline)': '',
};
const names = Object.keys(PAGES);

const server = createServer((req, res) => {
  const name = names[Number(req.url.slice(1))];
  res.writeHead(name === undefined ? 404 : 200, { 'content-type': 'text/html' });
  res.end(name === undefined ? '' : `<!doctype html><title>t</title><script>${PAGES[name]}</script><p>x</p>`);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  console.log(`A ${LOOP_MS} ms loop; ms of main-thread CPU, three cold loads each\n`);
  for (const [i, name] of names.entries()) {
    const runs = [];
    for (let n = 0; n < 3; n++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await page.goto(`http://127.0.0.1:${server.address().port}/${i}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const ms = (key) => (metrics.find((m) => m.name === key).value * 1000).toFixed(1);
      runs.push(`ScriptDuration ${ms('ScriptDuration').padStart(5)}, TaskDuration ${ms('TaskDuration').padStart(5)}`);
      await context.close();
    }
    console.log(`${name.padEnd(20)} ${runs.join(' | ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
