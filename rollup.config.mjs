// Builds packages/sdk/dist:
//   privacy-choices.js            IIFE for the script tag, the one file for every config: returning-visitor
//                                 path, gates, Consent Mode, the IAB stubs
//   privacy-choices-iab.js        a copy of privacy-choices.js, for pages that still name the former IAB build
//   privacy-choices-ui.js         IIFE chunk: the first layer (banner, plain DOM) and the zod-free config check,
//                                 loaded when something must be shown
//   privacy-choices-dialogs.js    IIFE chunk: the dialogs (preact), loaded when one is to be shown
//   privacy-choices-iab-api.js    IIFE chunk: the IAB GPP and USP APIs, loaded when the config turns one on
//   privacy-choices-records.js    IIFE chunk: the consent-record sender, loaded when the config sets integrations.records
//   privacy-choices-implied.js    IIFE chunk: implied consent's rules, loaded in implied mode until the visitor chooses
//   privacy-choices-validate.js   IIFE chunk: the zod/mini validator, loaded only to explain an invalid config
//   privacy-choices-locale-*.js   IIFE chunks: one language each, loaded only for that language
//   esm/*.js, cjs/*.cjs           npm: one entry per subpath export (index, react, server, validate),
//                                 ESM and CommonJS; UI and locales as lazy chunks; dependencies external
//   types/*.d.ts, types/*.d.cts   npm: one self-contained declaration bundle per entry and format
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { guardInstanceProperties, instancePropertiesPattern } from './scripts/instance-properties.mjs';
import { shortNames } from './scripts/short-names.mjs';

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
const minify = (eager, properties) =>
  terser({
    ecma: 2019,
    toplevel: true,
    compress: { passes: 5, pure_getters: true, unsafe_arrows: true },
    mangle: properties ? { properties: { regex: properties } } : true,
    format: { comments: false, ascii_only: true, preamble: eager ? EAGER : undefined },
  });

const browserPlugins = (eager, properties) => [
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  nodeResolve({ browser: true }),
  ts(),
  shortNames(),
  minify(eager, properties),
  guardInstanceProperties({ main: !!properties }), // after the minifier: local names are gone
];

const iife = (input, file, output = {}, eager = false, properties = undefined) => ({
  input: `${sdk}/src/entries/${input}`,
  output: { file: `${dist}/${file}`, format: 'iife', strict: false, ...output },
  plugins: browserPlugins(eager, properties),
});

// The lazy chunks carry third-party code (preact, zod) that the host page can break before we
// load: a replaced or removed window.Promise (preact schedules with it, zod tests `instanceof
// Promise`) is shadowed by the engine's own, reached through an async function's result; and
// an error while the chunk initialises (zod walks its tables with for-in, which junk on
// Object.prototype derails) is kept for the loader to report instead of escaping to the page.
// The first-visit chunk carries no third-party code and no promise: it needs only the guard.
const guardedChunk = (name, { promises = true } = {}) => ({
  intro: promises ? 'var Promise = (async function () {})().constructor;' : '',
  banner: 'try {',
  footer: `} catch (error) { window.__privacyChoicesChunkError = { ${JSON.stringify(name)}: error }; }`,
});

const locales = readdirSync(`${sdk}/src/entries`)
  // locale-<language tag>.ts only: entries/locale-chunks.ts is the code the chunks share, not a chunk
  .filter((f) => /^locale-[a-z]{2,3}\.ts$/.test(f))
  .map((f) => iife(f, `privacy-choices-${f.replace('.ts', '.js')}`));

// The npm package's entries: `privacy-choices` and its subpath exports (package.json "exports").
const NPM_ENTRIES = {
  index: `${sdk}/src/entries/npm.ts`,
  react: `${sdk}/src/entries/react.ts`,
  server: `${sdk}/src/entries/server.ts`,
  validate: `${sdk}/src/entries/validate.ts`,
};
// Dependencies and optional peers stay imports: the app's bundler dedupes them.
const npmExternal = (id) => /^(preact|zod|react|react-dom)(\/|$)/.test(id);

// React Server Components treat a module as client code only when it starts with this directive;
// rollup drops module-level directives, so the react entry gets it back as a banner.
const useClient = (chunk) => (chunk.name === 'react' && chunk.isEntry ? "'use client';" : '');

/** A plugin that empties an output folder once per build: hashed chunk names change with their
 *  content, and old ones would pile up. */
const clean = (dir) => ({
  name: `clean-${dir}`,
  buildStart: () => rmSync(`${dist}/${dir}`, { recursive: true, force: true }),
});

function npmBuilds() {
  const code = (format, dir, extension) => ({
    input: NPM_ENTRIES,
    output: {
      dir: `${dist}/${dir}`,
      format,
      entryFileNames: `[name].${extension}`,
      chunkFileNames: `[name]-[hash].${extension}`,
      banner: useClient,
      ...(format === 'cjs' ? { exports: 'named', interop: 'auto' } : {}),
    },
    external: npmExternal,
    onwarn(warning, warn) {
      if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return; // 'use client' is put back by the banner
      warn(warning);
    },
    plugins: [clean(dir), ts(), shortNames()],
  });
  // Declarations: each entry bundled on its own (no shared chunks), so that index.d.ts and
  // index.d.cts are complete files that need no file extension in a relative import, and
  // resolve under every moduleResolution (bundler, node16, nodenext, node10).
  const types = Object.entries(NPM_ENTRIES).map(([name, input], i) => ({
    input,
    output: [
      { file: `${dist}/types/${name}.d.ts`, format: 'es' },
      { file: `${dist}/types/${name}.d.cts`, format: 'es' },
    ],
    external: npmExternal,
    plugins: [
      ...(i === 0 ? [clean('types')] : []),
      dts({ tsconfig: `${sdk}/tsconfig.json`, compilerOptions: { noUnusedLocals: false } }),
    ],
  }));
  return [code('es', 'esm', 'js'), code('cjs', 'cjs', 'cjs'), ...types];
}

/** privacy-choices-iab.js was the IAB build until the main file served every config; pages that
 *  still load it get the same file. */
const iabAlias = {
  name: 'iab-alias',
  writeBundle: () => copyFileSync(`${dist}/privacy-choices.js`, `${dist}/privacy-choices-iab.js`),
};

const main = iife('script.ts', 'privacy-choices.js', {}, true, instancePropertiesPattern);
main.plugins.push(iabAlias);

export default [
  main,
  iife('ui-chunk.ts', 'privacy-choices-ui.js', guardedChunk('ui', { promises: false }), true),
  iife('dialogs-chunk.ts', 'privacy-choices-dialogs.js', guardedChunk('dialogs'), true),
  iife('iab-chunk.ts', 'privacy-choices-iab-api.js', guardedChunk('iab')),
  iife('records-chunk.ts', 'privacy-choices-records.js', guardedChunk('records')),
  iife('implied-chunk.ts', 'privacy-choices-implied.js', guardedChunk('implied', { promises: false })),
  iife('validate-chunk.ts', 'privacy-choices-validate.js', guardedChunk('validate')),
  ...locales,
  ...npmBuilds(),
];
