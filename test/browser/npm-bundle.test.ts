// An app that bundles the npm entry for production (rollup, NODE_ENV=production, minified) gets
// no zod: createPrivacyChoices checks its config without a schema library, and validation lives
// in `privacy-choices/validate`. The control bundles zod itself, so the detector is known to work.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { afterAll, describe, expect, it } from 'vitest';

const SDK = resolve(import.meta.dirname, '../../packages/sdk');
const work = mkdtempSync(join(SDK, '.bundle-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Bundles `source` as an app entry the way an SPA's production build does; all chunks' code. */
async function bundle(source: string): Promise<string> {
  const entry = join(work, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, source);
  const build = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      nodeResolve({ browser: true, exportConditions: ['import', 'browser'] }),
      terser(),
    ],
  });
  const { output } = await build.generate({ format: 'es', dir: join(work, 'out') });
  await build.close();
  return output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

// zod 4 keeps its internals under `_zod` and names its classes `$Zod…`; minifiers keep both.
const ZOD = /_zod\b|\$Zod|ZodError/;

describe('SPA production bundle of the npm entry', { timeout: 120_000 }, () => {
  it('control: a bundle that uses zod/mini is detected', async () => {
    const code = await bundle(`import * as z from 'zod/mini'; console.log(z.safeParse(z.string(), 1).success);`);
    expect(code).toMatch(ZOD);
  });

  it('createPrivacyChoices (and its lazy UI and locale chunks) carry no zod', async () => {
    const code = await bundle(`import { createPrivacyChoices } from ${JSON.stringify(join(SDK, 'dist/esm/index.js'))};
window.choices = createPrivacyChoices({ categories: [{ id: 'necessary', label: 'Necessary', necessary: true }] });`);
    expect(code).toContain('privacy_choices'); // the SDK is in the bundle...
    expect(code).not.toMatch(ZOD); // ...and zod is not
  });
});
