// Generates packages/sdk/dist/privacy-choices.schema.json (JSON Schema draft 2020-12) from the
// zod schema `configSchema` in packages/sdk/src/core/config-schema.ts, so that editors can
// validate and complete a config through its "$schema" key.
//
// Runs under plain Node 20 (no TypeScript loader): rollup bundles a tiny virtual entry that
// re-exports `configSchema` and zod's own `toJSONSchema` (one zod copy, so both agree on the
// schema internals) into a temporary .mjs, which is then imported.
//
//   node scripts/build-schema.mjs            (from the repository root; run after `rollup -c`,
//                                              or on its own: it only needs the source)
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { rollup } from 'rollup';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sdk = join(root, 'packages/sdk');
const source = join(sdk, 'src/core/config-schema.ts');
const out = join(sdk, 'dist/privacy-choices.schema.json');
const ENTRY = '\0privacy-choices-schema-entry';

/** A virtual entry module: the schema and the generator from the same bundled zod. */
const entry = {
  name: 'schema-entry',
  resolveId: (id) => (id === ENTRY ? ENTRY : null),
  load: (id) =>
    id === ENTRY
      ? `export { configSchema } from ${JSON.stringify(source)};\nexport { toJSONSchema } from 'zod/v4/core';\n`
      : null,
};

const bundle = await rollup({
  input: ENTRY,
  plugins: [
    entry,
    // zod is resolved from packages/sdk/node_modules (where the SDK depends on it).
    nodeResolve({ rootDir: sdk, modulePaths: [join(sdk, 'node_modules')], exportConditions: ['import', 'node'] }),
    // No tsconfig: the program then holds only the files this bundle imports (the schema module
    // and its few imports), not the whole SDK — fast, and independent of work elsewhere in it.
    typescript({
      tsconfig: false,
      include: [join(sdk, 'src/core/**/*.ts')],
      noEmitOnError: false,
      compilerOptions: {
        target: 'ES2019',
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        skipLibCheck: true,
        isolatedModules: true,
        declaration: false,
        sourceMap: false,
        types: [],
      },
      outputToFilesystem: false,
    }),
  ],
  // Type errors anywhere else in the SDK (work in progress) must not stop the schema build.
  // zod's own annotation/circularity notices are noise here.
  onwarn(warning, warn) {
    if (warning.plugin === 'typescript' && !String(warning.loc?.file).includes('config-schema')) return;
    if (
      (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') &&
      /node_modules/.test(String(warning.id || warning.ids || warning.message))
    )
      return;
    warn(warning);
  },
});

const dir = mkdtempSync(join(tmpdir(), 'privacy-choices-schema-'));
const file = join(dir, 'schema.mjs');
let generated;
try {
  await bundle.write({ file, format: 'es' });
  await bundle.close();
  const { configSchema, toJSONSchema } = await import(pathToFileURL(file).href);
  generated = toJSONSchema(configSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const { $schema, ...body } = generated;
const schema = {
  $schema: $schema || 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/privacy-choices/dist/privacy-choices.schema.json',
  title: 'privacy-choices config',
  description:
    'Config of the privacy-choices consent SDK (generated from configSchema in packages/sdk/src/core/config-schema.ts ' +
    'by scripts/build-schema.mjs). Unknown keys are errors, inside "texts" too. The SDK validator also runs ' +
    'custom checks that JSON Schema cannot express and that are NOT in this file: URLs must be http(s):, mailto: ' +
    'or relative; a /regex/ cookie pattern must compile; category ids must be unique; a necessary category cannot ' +
    'be sale or share.',
  ...body,
};

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
console.log(
  `privacy-choices: wrote ${out.slice(root.length + 1)} (${Object.keys(schema.properties || {}).length} top-level keys)`,
);
