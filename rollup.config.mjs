// Builds packages/sdk/dist:
//   privacy-choices.js            IIFE for the script tag, the one file for every config: returning-visitor
//                                 path, gates, Consent Mode, the IAB stubs
//   privacy-choices-iab.js        a copy of privacy-choices.js, for pages that still name the former IAB build
//   privacy-choices-ui.js         IIFE chunk: preact UI and the zod-free config check, loaded when something must be shown
//   privacy-choices-iab-api.js    IIFE chunk: the IAB GPP and USP APIs, loaded when the config turns one on
//   privacy-choices-validate.js   IIFE chunk: the zod/mini validator, loaded only to explain an invalid config
//   privacy-choices-locale-*.js   IIFE chunks: one language each, loaded only for that language
//   esm/                          ESM for npm (UI as a lazy chunk; preact, zod external)
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const sdk = 'packages/sdk';
const dist = `${sdk}/dist`;

const ts = () =>
  typescript({
    tsconfig: `${sdk}/tsconfig.json`,
    noEmitOnError: false,
    compilerOptions: { declaration: false, noUnusedLocals: false, noUnusedParameters: false },
    outputToFilesystem: false,
  });

// V8 compiles a function lazily on its first call unless told otherwise: a pre-parse while the
// script loads, then a second, full parse on the main thread. Nearly every function of the script
// tag and of the UI chunk runs on load, so their files carry V8's explicit compile hint (Chrome
// 136+; a plain comment elsewhere). Measured on the main file (bench/changes.md): ~5 ms less
// main-thread CPU on a first visit for ~26 KB more heap; the CPU target is met with it, the heap
// targets are not met either way.
const EAGER = '//# allFunctionsCalledOnLoad';

// ascii_only: one character above U+00FF (an ellipsis, ✕) makes Chromium keep a whole script's
// source as a two-byte string; escaped, the 25 KB UI chunk takes half the memory.
const minify = (eager) =>
  terser({
    ecma: 2019,
    toplevel: true,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    format: { comments: false, ascii_only: true, preamble: eager ? EAGER : undefined },
  });

const browserPlugins = (eager) => [
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  nodeResolve({ browser: true }),
  ts(),
  minify(eager),
];

const iife = (input, file, output = {}, eager = false) => ({
  input: `${sdk}/src/entries/${input}`,
  output: { file: `${dist}/${file}`, format: 'iife', strict: false, ...output },
  plugins: browserPlugins(eager),
});

// The lazy chunks carry third-party code (preact, zod) that the host page can break before we
// load: a replaced or removed window.Promise (preact schedules with it, zod tests `instanceof
// Promise`) is shadowed by the engine's own, reached through an async function's result; and
// an error while the chunk initialises (zod walks its tables with for-in, which junk on
// Object.prototype derails) is kept for the loader to report instead of escaping to the page.
const guardedChunk = (name) => ({
  intro: 'var Promise = (async function () {})().constructor;',
  banner: 'try {',
  footer: `} catch (error) { window.__privacyChoicesChunkError = { ${JSON.stringify(name)}: error }; }`,
});

const locales = readdirSync(`${sdk}/src/entries`)
  .filter((f) => /^locale-[a-z]+\.ts$/.test(f))
  .map((f) => iife(f, `privacy-choices-${f.replace('.ts', '.js')}`));

/** privacy-choices-iab.js was the IAB build until the main file served every config; pages that
 *  still load it get the same file. */
const iabAlias = {
  name: 'iab-alias',
  writeBundle: () => copyFileSync(`${dist}/privacy-choices.js`, `${dist}/privacy-choices-iab.js`),
};

const main = iife('script.ts', 'privacy-choices.js', {}, true);
main.plugins.push(iabAlias);

export default [
  main,
  iife('ui-chunk.ts', 'privacy-choices-ui.js', guardedChunk('ui'), true),
  iife('iab-chunk.ts', 'privacy-choices-iab-api.js', guardedChunk('iab')),
  iife('validate-chunk.ts', 'privacy-choices-validate.js', guardedChunk('validate')),
  ...locales,
  {
    input: { index: `${sdk}/src/entries/npm.ts` },
    output: { dir: `${dist}/esm`, format: 'es', chunkFileNames: '[name]-[hash].js' },
    external: (id) => /^(preact|zod)(\/|$)/.test(id),
    // Hashed chunk names change with their content: without a clean, old ones pile up in esm/.
    plugins: [{ name: 'clean-esm', buildStart: () => rmSync(`${dist}/esm`, { recursive: true, force: true }) }, ts()],
  },
];
