// Deterministic size budgets on the built script-tag files (bytes, never time), for CI. Two tiers:
//   ceiling — what the build may not grow past (today's sizes plus a small margin): a regression
//             fails CI at once;
//   target  — the product goal of issue 13, as a share of what vanilla-cookieconsent 3.1.0 sends
//             (16,110 B gzip -9: its UMD build, its CSS and its config script, measured by the bench
//             in bench/results.md), reported on every run and enforced with --strict:
//     returning visit: privacy-choices.js alone                        ≤ 0.5× =  8,055 B, 1 request
//     first visit (English): privacy-choices.js + privacy-choices-ui.js ≤ 0.9× = 14,499 B, ≤ 2 requests
// A site with GPP or USP on adds privacy-choices-iab-api.js (its own ceiling, ≤ 2 requests returning).
// A visitor who opens a dialog adds privacy-choices-dialogs.js (the preact dialogs; its own ceiling).
// An implied-mode site's undecided visitor adds privacy-choices-implied.js (its own ceiling).
// Lower a ceiling whenever a change makes the bundle smaller, so the gain cannot be lost again.
// The UI's CSS is a constructable stylesheet inside the UI chunk, so "JS + CSS" is those two
// files; a non-English page adds one locale file, which these budgets do not cover. Also prints
// raw / gzip -9 / brotli (quality 11) for every file in dist (locale chunks, esm/), so a
// regression shows where it came from. Exit 1 when a budget is exceeded or a file is missing.
//
//   node scripts/check-size.mjs [--dist packages/sdk/dist] [--json] [--strict]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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
const IAB_API = 'privacy-choices-iab-api.js';
const DIALOGS = 'privacy-choices-dialogs.js';
const IMPLIED = 'privacy-choices-implied.js';
const VANILLA_GZIP = 16110;
const BUDGETS = [
  { name: 'returning visit', files: [MAIN], maxGzip: Math.floor(VANILLA_GZIP * 0.5), ceiling: 10341, maxRequests: 1 },
  { name: 'returning visit, GPP or USP on', files: [MAIN, IAB_API], ceiling: 12949, maxRequests: 2 },
  {
    name: 'first visit (English, JS + CSS)',
    files: [MAIN, UI],
    maxGzip: Math.floor(VANILLA_GZIP * 0.9),
    ceiling: 16752,
    maxRequests: 2,
  },
  { name: 'first visit, a dialog opened', files: [MAIN, UI, DIALOGS], ceiling: 24644, maxRequests: 3 },
  { name: 'first visit, implied mode', files: [MAIN, UI, IMPLIED], ceiling: 17792, maxRequests: 3 },
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

/** esm/ files reachable from the package's entries (static and dynamic relative imports). Rollup does not
 *  clean dist, so older hashed chunks linger there after a rebuild; they are marked stale. */
function reachableEsm(dist) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.\/[^"']+)["']/g;
    for (const m of code.matchAll(re)) visit(join(dirname(file), m[1]));
  };
  for (const entry of ['index', 'react', 'server', 'validate']) visit(`esm/${entry}.js`);
  return seen;
}

const fmt = (n) => n.toLocaleString('en-US');
const pad = (s, n, right) => (right ? String(s).padEnd(n) : String(s).padStart(n));

/** One budget against the built files: within its ceiling (and, with --strict, its target)? */
function checkBudget(budget, byName, css, strict) {
  const missing = budget.files.filter((f) => !byName.has(f));
  if (missing.length) {
    return { ...budget, ok: false, message: `missing ${missing.join(', ')}` };
  }
  const gzip = budget.files.reduce((sum, f) => sum + byName.get(f).gzip, 0);
  const requests = budget.files.length + css.length;
  const parts = budget.files.map((f) => `${f} ${fmt(byName.get(f).gzip)}`).join(' + ');
  const withinCeiling = gzip <= budget.ceiling && requests <= budget.maxRequests;
  const onTarget = budget.maxGzip == null || gzip <= budget.maxGzip;
  let message = `${fmt(gzip)} B gzip in ${requests} request${requests > 1 ? 's' : ''} (${parts}); ceiling ${fmt(budget.ceiling)} B in ${budget.maxRequests}`;
  if (!withinCeiling) message += ` — OVER THE CEILING by ${fmt(gzip - budget.ceiling)} B`;
  if (requests > budget.maxRequests)
    message += ` — TOO MANY REQUESTS (${css.map((r) => r.file).join(', ')} adds a stylesheet request)`;
  if (budget.maxGzip != null) {
    const over = gzip - budget.maxGzip;
    message +=
      over > 0
        ? `; target ${fmt(budget.maxGzip)} B: not met, ${fmt(over)} B (${((over / budget.maxGzip) * 100).toFixed(1)}%) to go`
        : `; target ${fmt(budget.maxGzip)} B: met, ${fmt(-over)} B to spare`;
  }
  const ok = withinCeiling && (!strict || onTarget);
  return { ...budget, ok, onTarget, gzip, requests, message };
}

function main() {
  if (!existsSync(join(DIST, MAIN))) {
    console.error(
      `check-size: ${relative(ROOT, join(DIST, MAIN))} not found. Build first: npx rollup -c rollup.config.mjs`,
    );
    process.exit(1);
  }

  // Every file in dist except the .d.ts tree (types/ is for editors, never loaded by a browser).
  const all = walk(DIST);
  const types = all.filter((f) => relative(DIST, f).startsWith('types/') || f.endsWith('.d.ts'));
  const files = all.filter((f) => !types.includes(f));
  const table = files.map((f) => ({ file: relative(DIST, f), ...sizes(readFileSync(f)) }));
  const byName = new Map(table.map((row) => [row.file, row]));

  const reachable = reachableEsm(DIST);
  for (const r of table)
    if (r.file.startsWith('esm/') && reachable.size && !reachable.has(r.file)) r.file += ' (stale)';
  const width = Math.max(28, ...table.map((r) => r.file.length));
  const line = (file, raw, gzip, brotli) =>
    `${pad(file, width, true)}  ${pad(raw, 9)}  ${pad(gzip, 9)}  ${pad(brotli, 9)}`;
  console.log(`Sizes in ${relative(ROOT, DIST)}/ (bytes; gzip -9, brotli quality 11)\n`);
  console.log(line('file', 'raw', 'gzip', 'brotli'));
  console.log('-'.repeat(width + 33));
  for (const r of table) console.log(line(r.file, fmt(r.raw), fmt(r.gzip), fmt(r.brotli)));
  if (table.some((r) => r.file.endsWith(' (stale)'))) {
    console.log('(stale: an esm/ chunk from an earlier build that no entry imports any more; a clean build drops it)');
  }
  if (types.length) {
    const typeBytes = types.reduce((sum, f) => sum + statSync(f).size, 0);
    console.log(`(+ ${types.length} type declaration files, ${fmt(typeBytes)} B raw, not loaded by browsers)`);
  }

  // Requests: the script tag loads MAIN; a first visit injects UI (and, for es/fr/de pages only,
  // one locale file). The UI carries its CSS, so there is no stylesheet request: check that no
  // .css file ships, which would mean a third request.
  const css = table.filter((r) => r.file.endsWith('.css') && !r.file.startsWith('esm/'));
  const results = [];
  const strict = flag('--strict');
  console.log('\nBudgets (gzip -9, each file compressed on its own as it is served):\n');
  for (const budget of BUDGETS) results.push(checkBudget(budget, byName, css, strict));
  for (const r of results)
    console.log(`${r.ok ? (r.onTarget === false ? 'PASS (ceiling)' : 'PASS') : 'FAIL'}  ${r.name}: ${r.message}`);

  if (flag('--json')) console.log(JSON.stringify({ files: table, budgets: results }, null, 2));

  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    console.error(
      `\ncheck-size: ${failed.length} size budget${failed.length > 1 ? 's' : ''} exceeded: ${failed.map((r) => r.name).join('; ')}.`,
    );
    process.exit(1);
  }
  const missed = results.filter((r) => r.onTarget === false);
  if (missed.length)
    console.log(
      `\nNo file grew past its ceiling; issue-13 target not yet met for: ${missed.map((r) => r.name).join('; ')} (--strict fails on it).`,
    );
  else console.log('\nAll size budgets pass.');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
