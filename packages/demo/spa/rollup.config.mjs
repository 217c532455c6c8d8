// Builds the SPA example: packages/demo/spa/main.tsx → packages/demo/public/spa/app.js (ESM,
// minified) plus chunks/ (the SDK's consent UI stays a lazily loaded chunk, as in any app).
//
//   npx rollup -c packages/demo/spa/rollup.config.mjs      (from the repository root, after the SDK build)
//
// `privacy-choices` resolves through the workspace link packages/demo/node_modules/privacy-choices
// to packages/sdk/dist/esm/index.js. The demo and the SDK depend on the same preact version, which
// pnpm links to one store copy, so app and SDK share one preact.
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const demo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(demo, 'public/spa');

/** `import x from './file.json'` (no @rollup/plugin-json in this workspace). */
const json = () => ({
  name: 'demo-json',
  transform(code, id) {
    if (!id.endsWith('.json')) return null;
    return { code: `export default ${JSON.stringify(JSON.parse(code))};`, map: { mappings: '' } };
  },
});

/** Old hashed chunks would pile up between builds. */
const cleanChunks = () => ({
  name: 'demo-clean-chunks',
  buildStart() {
    rmSync(resolve(outDir, 'chunks'), { recursive: true, force: true });
  },
});

export default {
  input: resolve(demo, 'spa/main.tsx'),
  output: {
    dir: outDir,
    format: 'es',
    entryFileNames: 'app.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  onwarn(warning, warn) {
    // zod's comment-placement and circular-import notices are noise for an app build.
    if (
      (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY') &&
      /node_modules/.test(String(warning.id || warning.ids || warning.message))
    )
      return;
    warn(warning);
  },
  plugins: [
    cleanChunks(),
    json(),
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    nodeResolve({
      browser: true,
      exportConditions: ['import', 'browser'],
    }),
    typescript({
      tsconfig: resolve(demo, 'tsconfig.json'),
      noEmitOnError: false,
      outputToFilesystem: false,
      compilerOptions: { noUnusedLocals: false, noUnusedParameters: false },
    }),
    terser({ ecma: 2019, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
