// The markdown report of a bench run (bench/results.md), built from the samples bench/run.mjs
// collected: medians and ratios against vanilla-cookieconsent per visit, bytes per request, the
// targets of issue 13, the baseline page, how each figure is measured, and what went wrong.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { cell, finite, fmtNum, fmtRatio, median, pairRatios } from './stats.mjs';

const VARIANT_NAMES = {
  ours: 'privacy-choices',
  vanilla: 'vanilla-cookieconsent',
  'ours-gpp': 'privacy-choices, GPP + USP on',
};

const FRAME = 1000 / 60; // one frame at 60 Hz

/** The rows of the visit tables: `key` of a per-iteration value (see iterationValues). */
const ROW_DEFS = [
  { key: 'requests', label: 'JS + CSS requests of the SDK', digits: 0 },
  { key: 'raw', label: 'bytes, raw', digits: 0 },
  { key: 'gzip', label: 'bytes, gzip -9', digits: 0 },
  { key: 'brotli', label: 'bytes, brotli 11', digits: 0 },
  { key: 'fcp', label: 'first contentful paint (ms)', digits: 1 },
  { key: 'inDom', label: 'Decline button in the DOM (ms)', digits: 1, firstOnly: true },
  { key: 'visible', label: 'Decline button visible and opaque (ms)', digits: 1, firstOnly: true },
  { key: 'visibleMinusFcp', label: '… minus first contentful paint (ms)', digits: 1, firstOnly: true, noRatio: true },
  { key: 'script', label: 'SDK script time outside promise jobs (ms CPU, ScriptDuration, minus baseline)', digits: 2 },
  { key: 'scriptWall', label: '… the same in wall time (ms)', digits: 2 },
  { key: 'compile', label: '… V8 compile (ms CPU, minus baseline)', digits: 2 },
  { key: 'task', label: 'SDK main-thread CPU, all work (ms, TaskDuration, minus baseline)', digits: 2 },
  { key: 'heap', label: 'JS heap delta (KB, after GC, minus baseline)', digits: 1, scale: 1 / 1024 },
  { key: 'heapSampled', label: 'JS heap delta (KB, as sampled, no GC)', digits: 1, scale: 1 / 1024 },
  { key: 'cls', label: 'layout shift (sum)', digits: 4, noRatio: true },
  { key: 'cookie', label: 'click Decline → consent cookie (ms)', digits: 2, firstOnly: true },
  { key: 'cookieWrite', label: '… click Decline → cookie assigned (setter called) (ms)', digits: 2, firstOnly: true },
  { key: 'declineDispatch', label: '… click Decline → end of its click dispatch (ms)', digits: 2, firstOnly: true },
  { key: 'tag', label: 'click Accept → gated tag ran (ms)', digits: 2, firstOnly: true },
  { key: 'tagInserted', label: '… of which until the tag element is inserted (ms)', digits: 2, firstOnly: true },
  { key: 'acceptCookie', label: 'click Accept → consent cookie (ms)', digits: 2, firstOnly: true },
];

/** The rows of the bare pass's table (bench/bare-cdp.mjs measures CPU, heap and requests only). */
const BARE_KEYS = ['requests', 'script', 'compile', 'task', 'heap', 'heapSampled'];

const BARE_TITLE = "Without DevTools' Runtime agent (bare CDP: what a visitor's browser pays)";

/**
 * `run`: { data, bare, variants, sizes, chromiumVersion, failures, anomalies, settings, ended }, where
 * `data` holds the records of bench/run.mjs per variant (and `baseline`), `bare` those of its bare
 * pass (absent from raw files written before it: its rows are left out), `sizes` maps each served
 * path to its { raw, gzip, brotli } bytes, `settings` is { runs, warmup, settle, chromium,
 * loadAtStart, vanillaVersion } and `ended` is endOfRun(). Appends the report's own findings (a
 * busy machine, file sets that varied) to `run.anomalies`, which the raw file records too.
 */
export function buildReport(run) {
  const { variants } = run;
  const both = variants.includes('ours') && variants.includes('vanilla');
  const report = {
    ...run,
    base: iterations(run.data, 'baseline'),
    series: seriesByVariant(run),
    bare: run.bare
      ? { base: iterations(run.bare, 'baseline'), series: seriesByVariant({ ...run, data: run.bare }) }
      : null,
    both,
    gppToo: both && variants.includes('ours-gpp'),
  };
  const checks = targetChecks(report);
  noteBusyMachine(report);
  const section = (title, body) => `## ${title}\n\n${body}`;
  const md = `${[
    header(report),
    section('First visit (cold: fresh context, no cache, no cookies)', visitTable(report, 'first')),
    section(
      'Returning visit (stored choice after Decline; same context, HTTP cache disabled)',
      visitTable(report, 'returning'),
    ),
    report.bare ? section(BARE_TITLE, bareTable(report)) : null,
    section('Bytes per request', filesTable(report)),
    section(
      "Targets (issue 13: ratios of this run's medians to vanilla-cookieconsent's)",
      `| target | measured | result |\n| --- | ---: | --- |\n${checks.join('\n')}`,
    ),
    section(
      'Baseline page (same page, no consent SDK; subtracted above)',
      baselineTable(report.base, report.bare?.base),
    ),
    howMeasured(report),
    section('Anomalies', run.anomalies.length ? run.anomalies.map((a) => `- ${a}`).join('\n') : 'None.'),
  ]
    .filter(Boolean)
    .join('\n\n')}\n`;
  // What each change bought: written by hand in bench/changes.md (profiles and A/B runs),
  // carried into the generated report so that the numbers and their explanation stay together.
  const changes = join(import.meta.dirname, 'changes.md');
  return { markdown: existsSync(changes) ? md + '\n' + readFileSync(changes, 'utf8') : md };
}

/** When the run ended, on which machine, under which load: what the header says about it. */
export function endOfRun() {
  const cpu = os.cpus()[0];
  return {
    date: new Date().toISOString(),
    cpu: cpu ? cpu.model.replace(/\s+/g, ' ').trim() : 'unknown CPU',
    nproc: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    system: `${os.platform()} ${os.release()}`,
    node: process.version,
    loadAverage: os.loadavg(),
  };
}

const iterations = (data, variant) => data[variant] || [];

function table(headers, rows) {
  const lines = [`| ${headers.join(' | ')} |`, `| ${headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Per-iteration values

/** { [variant]: { first: [values per iteration], returning: [...] } } */
function seriesByVariant({ data, variants, sizes }) {
  const baseBy = new Map(iterations(data, 'baseline').map((r) => [r.iteration, r]));
  const series = {};
  for (const v of variants) {
    const of = (visit) => iterations(data, v).map((r) => iterationValues(r, visit, baseBy.get(r.iteration), sizes));
    series[v] = { first: of('first'), returning: of('returning') };
  }
  return series;
}

const pick = (report, v, visit, key) => (report.series[v] ? report.series[v][visit].map((x) => x[key]) : []);

/** One variant's values in one iteration and visit; script time and heap minus the baseline's. */
function iterationValues(record, visit, baseline, sizes) {
  const s = record[visit];
  const t = visit === 'first' ? record.timing : null; // the timing load (poller on), variants only
  const bs = baseline?.[visit];
  return {
    ...byteValues(s ? sdkRequests(s.requests) : [], sizes),
    fcp: s ? s.fcp : NaN,
    visible: t && t.visibleAt != null ? t.visibleAt : NaN,
    inDom: t && t.inDomAt != null ? t.inDomAt : NaN,
    visibleMinusFcp: t && t.visibleAt != null && t.fcp != null ? t.visibleAt - t.fcp : NaN,
    timingFcp: t ? t.fcp : NaN,
    timingCls: t ? t.cls : NaN,
    scriptWall: s && bs ? s.scriptMs - bs.scriptMs : NaN,
    script: s && bs ? s.scriptCpuMs - bs.scriptCpuMs : NaN,
    compile: s && bs ? s.compileMs - bs.compileMs : NaN,
    task: s && bs ? s.taskCpuMs - bs.taskCpuMs : NaN,
    heap: s && bs ? s.heapAfterGc - bs.heapAfterGc : NaN,
    heapSampled: s && bs ? s.heapSampled - bs.heapSampled : NaN,
    heapRaw: s ? s.heapAfterGc : NaN,
    cls: s ? s.cls : NaN,
    load: s ? s.load : NaN,
    // The clicks happen on first visits only.
    ...clickValues(visit === 'first' ? record : {}),
  };
}

const sdkRequests = (requests) => requests.filter((p) => /\.(js|css)$/.test(p) && p !== '/tag.js');

function byteValues(files, sizes) {
  const total = (k) => files.reduce((sum, p) => sum + (sizes.get(p) ? sizes.get(p)[k] : NaN), 0);
  return { files, requests: files.length, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
}

/** Latencies from the clicks on Decline (timing load) and Accept (cost load), from the click. */
function clickValues({ decline, accept }) {
  return {
    cookie: decline ? decline.cookieAt - decline.clickAt : NaN,
    pointerToClick: decline && decline.pointerAt != null ? decline.clickAt - decline.pointerAt : NaN,
    declineDispatch: decline && decline.bubbleAt != null ? decline.bubbleAt - decline.clickAt : NaN,
    cookieInBubble: decline ? decline.cookieInBubble : null,
    cookieWrite: decline && decline.cookieWriteAt != null ? decline.cookieWriteAt - decline.clickAt : NaN,
    tag: accept ? accept.tagRanAt - accept.clickAt : NaN,
    tagInserted: accept && accept.tagInsertedAt != null ? accept.tagInsertedAt - accept.clickAt : NaN,
    tagFetch: accept?.tagFetch ? accept.tagFetch.end - accept.tagFetch.start : NaN,
    acceptCookie: accept && accept.cookieAt != null ? accept.cookieAt - accept.clickAt : NaN,
    clickText: decline ? decline.clickText : null,
    acceptText: accept ? accept.clickText : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Tables

function visitTable(report, visit) {
  const rows = ROW_DEFS.filter((def) => !def.firstOnly || visit === 'first').map((def) => ({ def, visit }));
  return metricsTable(report, rows);
}

/** The same metrics measured bare, both visits in one table; the series of `report.bare`. */
function bareTable(report) {
  const rows = ['first', 'returning'].flatMap((visit) =>
    BARE_KEYS.map((key) => {
      const def = ROW_DEFS.find((d) => d.key === key);
      return { def, visit, label: `${visit} visit: ${def.label}` };
    }),
  );
  const intro =
    'The first and returning visits again, in a Chromium that Playwright does not drive: only the Page and ' +
    'Performance agents are on (see How it is measured). These are the CPU and heap a visitor pays; the tables ' +
    'above carry the DevTools artifact.';
  return `${intro}\n\n${metricsTable({ ...report, series: report.bare.series }, rows)}`;
}

/** Rows `{ def, visit, label? }` (a ROW_DEFS entry, the visit), one column per variant, then the ratios. */
function metricsTable(report, rowsWanted) {
  const { variants, both, gppToo } = report;
  const headers = [
    'metric',
    ...variants.map((v) =>
      v === 'vanilla' ? `vanilla-cookieconsent ${report.settings.vanillaVersion}` : VARIANT_NAMES[v],
    ),
  ];
  if (both) headers.push('ratio of medians', 'median of per-pair ratios');
  if (gppToo) headers.push('GPP + USP on ÷ vanilla');
  const rows = [];
  for (const { def, visit, label } of rowsWanted) {
    const scaled = (v) => pick(report, v, visit, def.key).map((x) => (def.scale ? x * def.scale : x));
    const row = [label ?? def.label, ...variants.map((v) => cell(scaled(v), def.digits))];
    if (both) row.push(...ratioCells(def, scaled, gppToo));
    rows.push(row);
  }
  return table(headers, rows);
}

/** The ratio columns of a row: ours ÷ vanilla (ratio of medians, median of per-pair ratios), GPP ÷ vanilla. */
function ratioCells(def, scaled, gppToo) {
  if (def.noRatio) return gppToo ? ['', '', ''] : ['', ''];
  const ours = scaled('ours');
  const vanilla = scaled('vanilla');
  const vanillaMedian = median(vanilla);
  const ratioOfMedians = (values) => (vanillaMedian > 0 ? fmtRatio(median(values) / vanillaMedian) : 'n/a');
  const cells = [ratioOfMedians(ours), fmtRatio(median(pairRatios(ours, vanilla)))];
  if (gppToo) cells.push(ratioOfMedians(scaled('ours-gpp')));
  return cells;
}

// Bytes per request: the files each page view requested (constant across runs; flagged if not).
function filesTable({ variants, series, sizes, anomalies }) {
  const rows = [];
  for (const v of variants) {
    for (const visit of ['first', 'returning']) {
      const seen = new Set(series[v][visit].map((x) => x.files.join(',')));
      if (seen.size > 1)
        anomalies.push(`${v} ${visit}: the set of requested files varied between runs: ${[...seen].join(' / ')}`);
      const files = series[v][visit][0] ? series[v][visit][0].files : [];
      for (const p of files) {
        const s = sizes.get(p);
        rows.push([VARIANT_NAMES[v], visit, '`' + p + '`', fmtNum(s.raw, 0), fmtNum(s.gzip, 0), fmtNum(s.brotli, 0)]);
      }
    }
  }
  return table(['SDK', 'visit', 'request', 'raw', 'gzip -9', 'brotli 11'], rows);
}

/** The baseline's loads under Playwright, then (`bareBase`, when the run has them) bare. */
function baselineTable(base, bareBase) {
  const rowsOf = (records, how) =>
    ['first', 'returning'].map((visit) => {
      const column = (value, digits) =>
        cell(
          records.map((r) => value(r[visit])),
          digits,
        );
      return [
        visit + how,
        column((s) => s?.fcp, 1),
        column((s) => s?.scriptCpuMs, 2),
        column((s) => s?.load, 1),
        column((s) => s && s.heapAfterGc / 1024, 1),
      ];
    });
  const rows = [...rowsOf(base, ''), ...(bareBase ? rowsOf(bareBase, ', bare CDP') : [])];
  return table(['visit', 'FCP (ms)', 'ScriptDuration (ms CPU)', 'load event end (ms)', 'JS heap after GC (KB)'], rows);
}

// ---------------------------------------------------------------------------------------------
// Targets (issue 13): ratios of medians to vanilla-cookieconsent in this same run.

/** The rows of the targets table, in order: bytes and requests, heap and CPU, paint, clicks. */
function targetChecks(report) {
  const checks = [];
  const check = (name, value, ok) =>
    checks.push(`| ${name} | ${value} | ${ok === null ? 'n/a' : ok ? 'pass' : '**FAIL**'} |`);
  if (report.series.ours) {
    if (report.both) costTargets(report, check);
    paintTargets(report, check);
    if (report.both) clickTargets(report, check);
  }
  return checks;
}

const ratioToVanilla = (report, v, visit, key) =>
  median(pick(report, v, visit, key)) / median(pick(report, 'vanilla', visit, key));

function costTargets(report, check) {
  const ratio = (v, visit, key) => ratioToVanilla(report, v, visit, key);
  const requests = (v, visit) => median(pick(report, v, visit, 'requests'));
  const fr = ratio('ours', 'first', 'gzip');
  check(
    'first visit: JS + CSS gzip ≤ 0.9× vanilla, in ≤ 2 requests',
    `${fmtRatio(fr)} in ${fmtNum(requests('ours', 'first'), 0)}`,
    fr <= 0.9 && requests('ours', 'first') <= 2,
  );
  const rr = ratio('ours', 'returning', 'gzip');
  check(
    'returning visit: gzip ≤ 0.5× vanilla, in 1 request',
    `${fmtRatio(rr)} in ${fmtNum(requests('ours', 'returning'), 0)}`,
    rr <= 0.5 && requests('ours', 'returning') <= 1,
  );
  if (report.gppToo) {
    const gr = ratio('ours-gpp', 'returning', 'gzip');
    check(
      '… with GPP + USP on: ≤ 2 requests (bytes informational)',
      `${fmtRatio(gr)} in ${fmtNum(requests('ours-gpp', 'returning'), 0)}`,
      requests('ours-gpp', 'returning') <= 2,
    );
  }
  heapAndCpuTargets(report, check, '');
  if (report.bare) heapAndCpuTargets({ ...report, series: report.bare.series }, check, ', bare CDP: no Runtime agent');
}

function heapAndCpuTargets(report, check, how) {
  const ratio = (visit, key) => ratioToVanilla(report, 'ours', visit, key);
  for (const visit of ['first', 'returning']) {
    const hr = ratio(visit, 'heap');
    check(
      `JS heap delta after GC ≤ 1.0× vanilla (${visit} visit${how})`,
      fmtRatio(hr),
      Number.isFinite(hr) ? hr <= 1 : null,
    );
  }
  // All main-thread work: ScriptDuration leaves out promise jobs (code after an `await`, where
  // vanilla-cookieconsent builds its banner) and style, layout and paint (see How it is measured).
  const tr = ratio('first', 'task');
  check(`SDK main-thread CPU ≤ 1.0× vanilla (first visit${how})`, fmtRatio(tr), Number.isFinite(tr) ? tr <= 1 : null);
  const sr = ratio('first', 'script');
  check(`… script time outside promise jobs (first visit${how}; informational)`, fmtRatio(sr), null);
}

function paintTargets(report, check) {
  const f = report.series.ours.first;
  const r = report.series.ours.returning;
  const vmf = median(f.map((x) => x.visibleMinusFcp));
  check(
    'Decline visible and opaque within one frame (16.7 ms) of FCP',
    `${fmtNum(vmf, 1)} ms after FCP`,
    Number.isFinite(vmf) ? vmf <= FRAME : false,
  );
  const maxCls = Math.max(...finite([...f.map((x) => x.cls), ...f.map((x) => x.timingCls), ...r.map((x) => x.cls)]));
  check('zero layout shift (every run, both visits)', `max ${fmtNum(maxCls, 4)}`, maxCls === 0);
}

function clickTargets(report, check) {
  const c = ratioToVanilla(report, 'ours', 'first', 'cookie');
  check('Reject → cookie ≤ 0.5× vanilla', fmtRatio(c), Number.isFinite(c) ? c <= 0.5 : null);
  const t = ratioToVanilla(report, 'ours', 'first', 'tagInserted');
  check(
    "Accept → tag (element inserted, the SDK's share) ≤ 0.5× vanilla",
    fmtRatio(t),
    Number.isFinite(t) ? t <= 0.5 : null,
  );
  const tr = ratioToVanilla(report, 'ours', 'first', 'tag');
  check('… Accept → tag ran, including the loopback fetch of /tag.js (informational)', fmtRatio(tr), null);
}

// ---------------------------------------------------------------------------------------------
// Text

/** Wall-clock figures are only as good as the machine was quiet: say so when it was not. */
function noteBusyMachine({ settings, ended, anomalies }) {
  const cpus = ended.nproc;
  const loadEnd = ended.loadAverage[0];
  const loadStart = Number(settings.loadAtStart.split(' / ')[0]);
  if (Math.max(loadStart, loadEnd) > cpus) {
    anomalies.push(
      `the machine was busy (1-minute load average ${loadStart.toFixed(1)} at start, ` +
        `${loadEnd.toFixed(1)} at the end, on ${cpus} CPUs): wall-clock timings (paint, visibility, click latencies, ` +
        'wall script time) are inflated and noisy; bytes, requests, heap and CPU script time are not affected much',
    );
  }
}

/** Title, what ran where and when, what was compared. */
function header(report) {
  const { settings, variants, series, failures, ended } = report;
  const texts = (v, key) =>
    [...new Set(series[v] ? series[v].first.map((x) => x[key]).filter(Boolean) : [])].join(', ') || 'n/a';
  const clicked = (key) => variants.map((v) => `${v} "${texts(v, key)}"`).join(', ');
  const counts = variants.map((v) => `${v} ${iterations(report.data, v).length}`).join(', ');
  const successful = `${counts}, baseline ${report.base.length}${failures ? `; ${failures} failed` : ''}`;
  const date = ended.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  const machine = [
    ended.cpu,
    `nproc ${ended.nproc}`,
    `${ended.memoryGiB} GiB`,
    ended.system,
    `Node ${ended.node}`,
  ].join(', ');
  const loadAtEndText = ended.loadAverage.map((x) => x.toFixed(2)).join(' / ');
  const loads = `${settings.loadAtStart} at start, ${loadAtEndText} at the end (1/5/15 min)`;
  return `# Benchmark: privacy-choices vs vanilla-cookieconsent

Generated by \`pnpm bench\` (\`bench/run.mjs\`). Do not edit by hand.

- **Date:** ${date}
- **Browser:** headless Chromium ${report.chromiumVersion} (\`${settings.chromium}\`), viewport 1280×720
- **Machine:** ${machine}; load average ${loads}
- **Runs:** N = ${settings.runs} per variant (+${settings.warmup} warm-up, discarded), interleaved A B B A with a baseline page (no SDK) in the same loop; successful: ${successful}
- **Compared:** privacy-choices (\`packages/sdk/dist\`, the README's opt-in quick start copied verbatim: one script tag, no publish step, no \`data-validated\`), the same config with \`integrations: { gpp: true, usp: true }\` (column "GPP + USP on"), and vanilla-cookieconsent ${settings.vanillaVersion} (\`dist/cookieconsent.umd.js\` + \`cookieconsent.css\`, opt-in), same three categories (necessary, analytics, advertising) and one gated \`<script type="text/plain" data-category="analytics" src="/tag.js">\`.
- **Buttons clicked:** Decline equivalent: ${clicked('clickText')}; Accept: ${clicked('acceptText')}.

Cells are medians, with the interquartile range in parentheses when the runs vary. Ratios are
privacy-choices ÷ vanilla-cookieconsent (below 1 = ours is smaller/faster).`;
}

function howMeasured(report) {
  const { settings, variants, both } = report;
  const tagFetch = (v) => cell(pick(report, v, 'first', 'tagFetch'), 2);
  return `## How it is measured

- **Server:** \`node:http\` on 127.0.0.1 (random port), uncompressed responses; each page view has its own \`?run=\` id, and the server's log (path + Referer) tells which files it requested. Sizes are computed once per file with zlib: gzip level 9, brotli quality 11. Requests and bytes count the SDK's JS and CSS only (not the HTML page, not \`/tag.js\`); vanilla's count includes its same-origin config script \`cc-config.js\` (it carries the banner texts, which privacy-choices bundles), ours has none because its config is inline JSON in the HTML.
- **Loads per iteration and variant:** (1) a *timing* load in a fresh context with a per-frame poller (button in the DOM / visible and opaque, its own first contentful paint), after which Decline is clicked; (2) the *returning* visit in that same context; (3) a *cost* load in another fresh context, without the poller (bytes, requests, script time, heap, layout shift, FCP in the first-visit table), after which Accept is clicked. The poller costs script time and forces style, so it never runs in loads whose script time or heap is reported. The baseline page gets a cost load and a returning load in the same loop.
- **Visible and opaque:** an init script polls on every animation frame for the Decline/Reject button (light DOM or the open shadow root of \`#privacy-choices-ui\`): non-empty box inside the viewport, \`visibility: visible\`, and the product of the computed opacity of the button and all its ancestors (through the shadow host) exactly 1. The time is \`performance.now()\` in that frame's callback, i.e. ms since navigation start, compared with the \`first-contentful-paint\` entry of the same load.
- **Sampling:** after \`load\` plus a fixed ${settings.settle} ms (no harness polling in between, identical for every variant; a banner not up by then is waited for, and the run flagged), CDP \`Performance.getMetrics\` is read from two sessions, one with \`timeDomain: "threadTicks"\` (durations in main-thread CPU time: robust when the machine is busy, since a descheduled thread does not count) and one with \`timeTicks\` (wall time); then \`HeapProfiler.collectGarbage\` and \`JSHeapUsedSize\` again. SDK main-thread CPU = \`TaskDuration\` (CPU) minus the baseline page's in the same iteration (both carry the same init script: a layout-shift observer and idle click listeners): every main-thread task the SDK adds, script (promise jobs included), style, layout and paint. SDK script time = \`ScriptDuration\` (CPU) minus the baseline's; Chromium leaves promise jobs out of it (a callback after an \`await\` or in \`.then\`): \`node bench/promise-jobs.mjs\` runs a 20 ms loop: \`ScriptDuration\` counts it when it runs synchronously or from \`queueMicrotask\`, and reads ≈ 0.2 ms when it runs after an \`await\` or in \`.then\`, while \`TaskDuration\` grows by the same amount every time. vanilla-cookieconsent's \`run()\` awaits its translations before it builds its banner, so its script time leaves that part out; and style, layout and paint are main-thread CPU a banner costs too (a trace of the two first visits: style recalculation ≈ 8.5 ms for vanilla's stylesheet, ≈ 2.3 ms for ours). The CPU target therefore reads the task time; the script-time ratio stays in the table, marked informational. Heap delta = \`JSHeapUsedSize\` minus the baseline's, after a forced GC (retained heap) and as sampled.
- **Layout shift:** sum of \`layout-shift\` entries (\`PerformanceObserver\`, buffered) up to the sample, before any click.
- **Click latencies:** Playwright clicks the button with real input events. The click is timed in a window capture listener (before any SDK listener); the consent cookie (\`privacy_choices\` / \`cc_cookie\`) is checked in window bubble phase, in a microtask after it, then in back-to-back MessageChannel tasks until its value changes. Accept → tag is \`window.__tagRanAt\` (set by \`/tag.js\` when it runs) minus the click time; it includes fetching \`/tag.js\` over loopback (median ${tagFetch(variants[0])} ms for ${variants[0]}${both ? `, ${tagFetch('vanilla')} ms for vanilla` : ''}).
- **Returning visit:** in the context where Decline was clicked, a new page with \`Network.setCacheDisabled\`, so every byte is fetched again.${report.bare ? bareHow(settings) : ''}
- vanilla-cookieconsent runs with \`hideFromBots: false\`: by default it hides itself when \`navigator.webdriver\` is true, which it is under any automation. Its UMD build and config are at the end of \`<body>\` as its docs show (\`run()\` appends to \`document.body\`); ours is first in \`<head>\` as the contract requires.`;
}

/** The "How it is measured" item of the bare pass (runs that have one). */
function bareHow(settings) {
  return `
- **Bare CDP** (section "${BARE_TITLE}"): Playwright enables DevTools' Runtime agent on every page, and with it V8 collects source positions for every frame on the stack at each \`document.cookie\` read or console call, a cost that grows with the script on the stack and that no visitor's browser pays (bench/changes.md, the profile of issue 13). So each iteration loads the baseline and each variant again, in the same order, in a second Chromium that \`bench/bare-cdp.mjs\` launches itself over \`--remote-debugging-pipe\` (same binary and switches): a fresh browser context per variant, a page with only the Page and Performance (\`threadTicks\`) agents and the 1280×720 viewport; no Runtime or Network agent, no init script. The sample is the cost load's (after \`load\` + ${settings.settle} ms: CPU durations, \`HeapProfiler.collectGarbage\`, \`JSHeapUsedSize\`), minus the bare baseline of the same iteration. Only then is Decline clicked (mouse events) and the returning visit loaded as a new page in that context; without a Network agent the HTTP cache stays on, but every file is served \`no-cache\` without validators, so it is fetched again (the requests row shows it).`;
}
