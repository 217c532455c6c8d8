// Builds the React example: packages/demo/react/main.tsx → packages/demo/public/react/app.js
// (ESM, minified) plus chunks/ (the SDK's consent UI stays a lazily loaded chunk).
//
//   npx rollup -c packages/demo/react/rollup.config.mjs      (from the repository root, after the SDK build)
//
// `privacy-choices/react` resolves through the workspace link to the SDK's built package (its
// "exports" map), as it would from npm. React ships CommonJS, hence the commonjs plugin.
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const demo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(demo, 'public/react');

/** `import x from './file.json'` (no @rollup/plugin-json in this workspace). */
const json = () => ({
  name: 'demo-json',
  transform(code, id) {
    if (!id.endsWith('.json')) return null;
    return { code: `export default ${JSON.stringify(JSON.parse(code))};`, map: { mappings: '' } };
  },
});

export default {
  input: resolve(demo, 'react/main.tsx'),
  output: { dir: outDir, format: 'es', entryFileNames: 'app.js', chunkFileNames: 'chunks/[name]-[hash].js' },
  onwarn(warning, warn) {
    // Notices from third-party code ('use client' directives, zod's comments and cycles) are noise here.
    if (['MODULE_LEVEL_DIRECTIVE', 'INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(warning.code)) return;
    warn(warning);
  },
  plugins: [
    {
      name: 'demo-clean-chunks',
      buildStart: () => rmSync(resolve(outDir, 'chunks'), { recursive: true, force: true }),
    },
    json(),
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    nodeResolve({ browser: true, exportConditions: ['import', 'browser'] }),
    commonjs(),
    typescript({
      tsconfig: resolve(demo, 'react/tsconfig.json'),
      noEmitOnError: false,
      outputToFilesystem: false,
      compilerOptions: { noUnusedLocals: false, noUnusedParameters: false },
    }),
    terser({ ecma: 2019, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
};
