// Deterministic size budgets on the built script-tag files (bytes, never time), for CI:
//   returning visit: privacy-choices.js alone                        ≤  5,000 B gzip -9, 1 request
//   first visit (English): privacy-choices.js + privacy-choices-ui.js ≤ 14,000 B gzip -9, ≤ 2 requests
// The UI's CSS is a constructable stylesheet inside the UI chunk, so "JS + CSS" is those two
// files; a non-English page adds one locale file, which these budgets do not cover. Also prints
// raw / gzip -9 / brotli (quality 11) for every file in dist (locale chunks, esm/), so a
// regression shows where it came from. Exit 1 when a budget is exceeded or a file is missing.
//
//   node scripts/check-size.mjs [--dist packages/sdk/dist] [--json]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const DIST = resolve(ROOT, option('--dist', 'packages/sdk/dist'));

const MAIN = 'privacy-choices.js';
const UI = 'privacy-choices-ui.js';
const BUDGETS = [
  { name: 'returning visit', files: [MAIN], maxGzip: 5000, maxRequests: 1 },
  { name: 'first visit (English, JS + CSS)', files: [MAIN, UI], maxGzip: 14000, maxRequests: 2 },
];

export function sizes(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

const fmt = (n) => n.toLocaleString('en-US');
const pad = (s, n, right) => (right ? String(s).padEnd(n) : String(s).padStart(n));

function main() {
  if (!existsSync(join(DIST, MAIN))) {
    console.error(`check-size: ${relative(ROOT, join(DIST, MAIN))} not found. Build first: npx rollup -c rollup.config.mjs`);
    process.exit(1);
  }

  // Every file in dist except the .d.ts tree (types/ is for editors, never loaded by a browser).
  const all = walk(DIST);
  const types = all.filter((f) => relative(DIST, f).startsWith('types/') || f.endsWith('.d.ts'));
  const files = all.filter((f) => !types.includes(f));
  const table = files.map((f) => ({ file: relative(DIST, f), ...sizes(readFileSync(f)) }));
  const byName = new Map(table.map((row) => [row.file, row]));

  const width = Math.max(28, ...table.map((r) => r.file.length));
  const line = (file, raw, gzip, brotli) => `${pad(file, width, true)}  ${pad(raw, 9)}  ${pad(gzip, 9)}  ${pad(brotli, 9)}`;
  console.log(`Sizes in ${relative(ROOT, DIST)}/ (bytes; gzip -9, brotli quality 11)\n`);
  console.log(line('file', 'raw', 'gzip', 'brotli'));
  console.log('-'.repeat(width + 33));
  for (const r of table) console.log(line(r.file, fmt(r.raw), fmt(r.gzip), fmt(r.brotli)));
  if (types.length) {
    const typeBytes = types.reduce((sum, f) => sum + statSync(f).size, 0);
    console.log(`(+ ${types.length} type declaration files, ${fmt(typeBytes)} B raw, not loaded by browsers)`);
  }

  // Requests: the script tag loads MAIN; a first visit injects UI (and, for es/fr/de pages only,
  // one locale file). The UI carries its CSS, so there is no stylesheet request: check that no
  // .css file ships, which would mean a third request.
  const css = table.filter((r) => r.file.endsWith('.css') && !r.file.startsWith('esm/'));
  const results = [];
  console.log('\nBudgets (gzip -9, each file compressed on its own as it is served):\n');
  for (const budget of BUDGETS) {
    const missing = budget.files.filter((f) => !byName.has(f));
    if (missing.length) {
      results.push({ ...budget, ok: false, message: `missing ${missing.join(', ')}` });
      continue;
    }
    const gzip = budget.files.reduce((sum, f) => sum + byName.get(f).gzip, 0);
    const requests = budget.files.length + css.length;
    const overBytes = gzip - budget.maxGzip;
    const ok = overBytes <= 0 && requests <= budget.maxRequests;
    const parts = budget.files.map((f) => `${f} ${fmt(byName.get(f).gzip)}`).join(' + ');
    let message = `${fmt(gzip)} B gzip in ${requests} request${requests > 1 ? 's' : ''} (${parts}); budget ${fmt(budget.maxGzip)} B in ${budget.maxRequests}`;
    if (overBytes > 0) message += ` — OVER by ${fmt(overBytes)} B (${((overBytes / budget.maxGzip) * 100).toFixed(1)}%)`;
    else message += ` — ${fmt(-overBytes)} B to spare`;
    if (requests > budget.maxRequests) message += ` — TOO MANY REQUESTS (${css.map((r) => r.file).join(', ')} adds a stylesheet request)`;
    results.push({ ...budget, ok, gzip, requests, message });
  }
  for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}: ${r.message}`);

  if (flag('--json')) console.log(JSON.stringify({ files: table, budgets: results }, null, 2));

  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    console.error(`\ncheck-size: ${failed.length} size budget${failed.length > 1 ? 's' : ''} exceeded: ${failed.map((r) => r.name).join('; ')}.`);
    process.exit(1);
  }
  console.log('\nAll size budgets pass.');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
