// What issue 13's byte targets would take: the script-tag files built again, each step leaving out
// more of what the README quick start does not use, with the same plugins as the shipped build
// (rollup.config.mjs). A part is left out by giving its module a do-nothing body, so the minifier
// drops everything only it used. Two tables: the steps one after another (cumulative), then each
// alone from the shipped build; gzip -9 bytes beside the targets, as scripts/check-size.mjs counts
// them. A measurement, not a build: nothing is written. Results and what they mean:
// bench/changes.md ("What the byte targets would take").
//
//   node bench/floor.mjs      (pnpm bench:floor)
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = resolve(ROOT, 'packages/sdk/src');
// vanilla-cookieconsent 3.1.0's first visit and every visit: its UMD build, CSS and config script
// (bench/results.md); the targets are the issue's shares of it.
const VANILLA_GZIP = 16110;
const RETURNING_TARGET = Math.floor(VANILLA_GZIP * 0.5);
const FIRST_TARGET = Math.floor(VANILLA_GZIP * 0.9);

/** Module bodies (path under packages/sdk/src → source), or rewrites of a module's source. */
const STEPS = [
  { name: 'as shipped', main: {}, ui: {} },
  {
    name: 'without the integrations the quick start leaves off: Consent Mode, the dataLayer event, the IAB stubs, the records loader',
    main: {
      'integrations/consent-mode.ts': 'export const consentMode = () => {};',
      'integrations/data-layer.ts': 'export const dataLayer = () => {}; export const pushDataLayer = () => {};',
      'integrations/iab-stubs.ts': 'export const iabStubs = () => () => {};',
      'integrations/records-on-demand.ts': 'export const recordsOnDemand = () => () => {};',
    },
  },
  {
    name: 'and without the page-region meta tag and the non-English page words',
    main: {
      'page/page-region.ts': 'export const withPageRegion = (config) => config;',
      'entries/locale-chunks.ts': (source) =>
        replaceOnce(source, /export function pageWordsLoader\([^)]*\)[^{]*\{/, '$&\n  return undefined;'),
    },
  },
  {
    name: 'and without the config warnings (valid configs that would make a signal or a sentence untrue)',
    ui: {
      'core/config-warnings.ts': 'export const configWarnings = () => []; export const formatWarning = (w) => w;',
    },
  },
  {
    name: 'and without the zod-free config check (and so its warnings), which fails closed on an invalid config: nothing non-necessary runs',
    ui: {
      'entries/config-check-chunk.ts': 'export function checkConfig(_config, _load, settle) { settle(true); }',
    },
  },
];

function replaceOnce(source, pattern, replacement) {
  if (!pattern.test(source)) throw new Error(`bench/floor.mjs: ${pattern} no longer matches; update the step`);
  return source.replace(pattern, replacement);
}

/** A plugin that replaces the step's modules by their stand-ins, once TypeScript has compiled them
 *  (the TypeScript plugin compiles from disk, whatever an earlier hook loaded). */
const leaveOut = (bodies) => ({
  name: 'leave-out',
  transform(code, id) {
    const path = id.startsWith(SRC) ? id.slice(SRC.length + 1) : null;
    const body = path && bodies[path];
    if (body === undefined || body === null) return null;
    return { code: typeof body === 'function' ? body(code) : body, map: null };
  },
});

async function gzipOf(file, bodies) {
  const entry = config.find((c) => c.output?.file?.endsWith(`/${file}`));
  // The plugins that copy or write files are left out: this is a measurement.
  const plugins = entry.plugins.filter((p) => p && p.name !== 'iab-alias');
  const afterTypeScript = plugins.findIndex((p) => p.name === 'typescript') + 1;
  if (!afterTypeScript) throw new Error('bench/floor.mjs: no TypeScript plugin in the build');
  plugins.splice(afterTypeScript, 0, leaveOut(bodies));
  const bundle = await rollup({ input: entry.input, plugins, onwarn: () => {} });
  const { output } = await bundle.generate({ ...entry.output, file: undefined });
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
}

async function measure(mainBodies, uiBodies) {
  const returning = await gzipOf('privacy-choices.js', mainBodies);
  return { returning, first: returning + (await gzipOf('privacy-choices-ui.js', uiBodies)) };
}

const mark = (bytes, target) =>
  `${bytes.toLocaleString('en-US')} B (${bytes <= target ? 'meets' : `+${(bytes - target).toLocaleString('en-US')} B over`})`;
const table = (title, rows) => {
  console.log(`\n${title}\n`);
  console.log(
    `| step | returning visit (target ${RETURNING_TARGET.toLocaleString('en-US')} B) | first visit (target ${FIRST_TARGET.toLocaleString('en-US')} B) |`,
  );
  console.log('| --- | ---: | ---: |');
  for (const r of rows)
    console.log(`| ${r.step} | ${mark(r.returning, RETURNING_TARGET)} | ${mark(r.first, FIRST_TARGET)} |`);
};

const main = {};
const ui = {};
const cumulative = [];
const alone = [];
for (const step of STEPS) {
  Object.assign(main, step.main);
  Object.assign(ui, step.ui);
  cumulative.push({ step: step.name, ...(await measure(main, ui)) });
  if (step !== STEPS[0]) {
    alone.push({
      step: step.name.replace(/^and without/, 'without'),
      ...(await measure(step.main || {}, step.ui || {})),
    });
  }
}
table('Each step leaves out more (cumulative):', cumulative);
table('Each step alone, from the shipped build:', alone);
