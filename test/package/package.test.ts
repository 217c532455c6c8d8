// The npm package as a new user gets it: `npm pack` of packages/sdk, the tarball unpacked into
// fresh projects' node_modules (what installing it by path does), its dependencies and the tools
// linked from this workspace (offline: no registry). Then: tsc under moduleResolution bundler,
// node16 and nodenext; Node's ESM import and CJS require of every entry; a rollup build; and
// @arethetypeswrong/cli on the tarball. Needs the build (`pnpm run build`); prepack would do it,
// but it is skipped here (--ignore-scripts) to keep this test fast.
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SDK = join(ROOT, 'packages/sdk');
const ENTRIES = ['privacy-choices', 'privacy-choices/react', 'privacy-choices/server', 'privacy-choices/validate'];

let work: string;
let tarball: string;

const run = (command: string, args: string[], options: ExecFileSyncOptions = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options }) as string;

/** Where the workspace has a package (its real path, as pnpm stores it). */
const workspacePackage = (name: string, from = SDK) => realpathSync(join(from, 'node_modules', name));

/** A fresh project with the tarball "installed" and its dependencies and peers linked. */
function project(name: string, packageJson: Record<string, unknown>): string {
  const dir = join(work, name);
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, 'privacy-choices'), { recursive: true });
  run('tar', ['-xzf', tarball, '-C', join(modules, 'privacy-choices'), '--strip-components=1']);
  mkdirSync(join(modules, '@types'), { recursive: true });
  for (const dependency of ['preact', 'zod', 'react', 'react-dom', '@types/react']) {
    symlinkSync(workspacePackage(dependency), join(modules, dependency), 'dir');
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, ...packageJson }, null, 2));
  return dir;
}

beforeAll(() => {
  for (const file of ['esm/index.js', 'cjs/index.cjs', 'types/index.d.ts', 'privacy-choices.schema.json']) {
    if (!existsSync(join(SDK, 'dist', file)))
      throw new Error(`packages/sdk/dist/${file} is missing: run the build first`);
  }
  work = mkdtempSync(join(tmpdir(), 'privacy-choices-package-'));
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: SDK }),
  );
  tarball = join(work, packed[0].filename);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the builds, types, schema, CLI, README and LICENSE, and no sources or tests', () => {
    const files: string[] = run('tar', ['-tzf', tarball])
      .trim()
      .split('\n')
      .map((f) => f.replace(/^package\//, ''));
    for (const expected of [
      'package.json',
      'README.md',
      'LICENSE',
      'bin/privacy-choices.mjs',
      'dist/privacy-choices.js',
      'dist/privacy-choices.schema.json',
      ...['index', 'react', 'server', 'validate'].flatMap((e) => [
        `dist/esm/${e}.js`,
        `dist/cjs/${e}.cjs`,
        `dist/types/${e}.d.ts`,
        `dist/types/${e}.d.cts`,
      ]),
    ])
      expect(files).toContain(expected);
    expect(files.filter((f) => f.startsWith('src/') || /\.test\./.test(f) || f.endsWith('.map'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8'));
    expect(manifest.scripts.prepack).toMatch(/build/);
    expect(manifest.dependencies.preact).toMatch(/^\^10\./);
    expect(manifest.peerDependenciesMeta).toEqual({ react: { optional: true }, 'react-dom': { optional: true } });
  });

  it('the react entry starts with the "use client" directive', () => {
    const dir = project('directive', {});
    for (const file of ['dist/esm/react.js', 'dist/cjs/react.cjs']) {
      expect(readFileSync(join(dir, 'node_modules/privacy-choices', file), 'utf8')).toMatch(/^'use client';/);
    }
  });
});

// Uses every entry's types, so a type that resolved to `any` or failed to resolve is an error.
const USE_TYPES = (from: string) => `
import { createPrivacyChoices, type Config, type State, type PrivacyChoices } from 'privacy-choices';
import { PrivacyChoicesProvider, Consent, useIsAllowed, usePrivacyChoices, type PrivacyChoicesApi } from 'privacy-choices/react';
import { readChoice, regionFromHeaders } from 'privacy-choices/server';
import { validateConfig, configFingerprint, PrivacyChoicesConfigError, type ConfigIssue } from 'privacy-choices/validate';
import { createElement } from 'react';

const config: Config = { mode: 'opt-in', categories: [{ id: 'necessary', label: 'Necessary', necessary: true }] };
// @ts-expect-error: categories is required (fails if Config were any)
const missing: Config = { mode: 'opt-in' };
// @ts-expect-error: not a mode
const badMode: Config = { mode: 'maybe', categories: [] };
const texts: Config['texts'] = { en: { bannerTitle: 'Cookies', linkDoNotSell: 'Do Not Sell' } };
// @ts-expect-error: a typo in a text key
const badText: Config['texts'] = { en: { bannerTitel: 'Cookies' } };
export const make = (): PrivacyChoices => createPrivacyChoices(config);
const region: string | undefined = regionFromHeaders(new Headers());
const state: State = readChoice('a=b', config, { gpcHeader: '1', region });
const allowed: boolean = state.categories.necessary;
// @ts-expect-error: the state has no such key
state.nothing;
const issues: ConfigIssue[] = new PrivacyChoicesConfigError([]).issues;
const checked: Config = validateConfig(config as unknown);
const fingerprint: string = configFingerprint(checked);
export const tree = createElement(PrivacyChoicesProvider, { config, initialState: state },
  createElement(Consent, { category: 'necessary', fallback: 'off' }, 'on'));
export function Hook(): boolean {
  const api: PrivacyChoicesApi = usePrivacyChoices();
  api.acceptAll();
  return useIsAllowed('analytics') && api.state.decided;
}
export const used = [missing, badMode, texts, badText, allowed, issues, fingerprint, ${JSON.stringify(from)}];
`;

describe('types resolve under every moduleResolution', () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const compilerOptions = {
    // The package's declarations (and @types/react) are checked; TypeScript's own lib files are not (time).
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    target: 'ES2020',
    lib: ['ES2020', 'DOM'],
    types: [],
  };

  it('bundler', () => {
    const dir = project('types-bundler', { type: 'module' });
    writeFileSync(join(dir, 'index.ts'), USE_TYPES('bundler'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'bundler' },
        files: ['index.ts'],
      }),
    );
    expect(run('node', [tsc, '-p', dir], { cwd: dir })).toBe('');
  });

  it.each(['node16', 'nodenext'])('%s, from an ES module and from a CommonJS module', (resolution) => {
    const dir = project(`types-${resolution}`, { type: 'module' });
    writeFileSync(join(dir, 'esm.mts'), USE_TYPES(`${resolution} esm`));
    writeFileSync(join(dir, 'cjs.cts'), USE_TYPES(`${resolution} cjs`));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { ...compilerOptions, module: resolution, moduleResolution: resolution },
        files: ['esm.mts', 'cjs.cts'],
      }),
    );
    expect(run('node', [tsc, '-p', dir], { cwd: dir })).toBe('');
  });
});

describe('runs in Node', () => {
  const config = JSON.stringify({
    regions: { default: 'opt-in', US: 'opt-out' },
    region: 'auto',
    categories: [
      { id: 'necessary', label: 'N', necessary: true },
      { id: 'ads', label: 'Ads', sale: true },
    ],
  });
  const check = (load: string) => `
${load}
const config = ${config};
const out = {
  create: typeof main.createPrivacyChoices,
  provider: typeof react.PrivacyChoicesProvider,
  region: server.regionFromHeaders({ 'cf-ipcountry': 'US', 'cf-region-code': 'CA' }),
  state: server.readChoice('', config, { gpcHeader: '1', region: 'US-CA' }),
  valid: !!validate.validateConfig(config),
  error: (() => { try { validate.validateConfig({ categories: [], typo: 1 }); } catch (e) { return e instanceof validate.PrivacyChoicesConfigError && e.issues.map((i) => i.path); } })(),
  version: ${load.includes('require(') ? "require('privacy-choices/package.json').version" : 'null'},
};
console.log(JSON.stringify(out));`;
  const expectOutput = (output: string) => {
    const out = JSON.parse(output);
    expect(out).toMatchObject({ create: 'function', provider: 'function', region: 'US-CA', valid: true });
    expect(out.state).toMatchObject({
      mode: 'opt-out',
      gpc: true,
      saleOptOut: true,
      categories: { necessary: true, ads: false },
    });
    expect(out.error).toEqual(expect.arrayContaining(['', 'categories']));
    return out;
  };

  it('import (ESM): every entry, without touching a browser global', () => {
    const dir = project('node-esm', { type: 'module' });
    writeFileSync(
      join(dir, 'check.mjs'),
      check(ENTRIES.map((e, i) => `import * as ${['main', 'react', 'server', 'validate'][i]} from '${e}';`).join('\n')),
    );
    expectOutput(run('node', ['check.mjs'], { cwd: dir }));
  });

  it('require (CJS): every entry and package.json', () => {
    const dir = project('node-cjs', {});
    writeFileSync(
      join(dir, 'check.cjs'),
      check(ENTRIES.map((e, i) => `const ${['main', 'react', 'server', 'validate'][i]} = require('${e}');`).join('\n')),
    );
    const out = expectOutput(run('node', ['check.cjs'], { cwd: dir }));
    expect(out.version).toBe(JSON.parse(readFileSync(join(SDK, 'package.json'), 'utf8')).version);
  });
});

describe('the CLI from the tarball', () => {
  it('validates a config, and names an unknown text key like any other unknown key', () => {
    const dir = project('cli', {});
    const cli = join(dir, 'node_modules/privacy-choices/bin/privacy-choices.mjs');
    const config = {
      categories: [{ id: 'necessary', label: 'Necessary', necessary: true }],
      texts: { en: { bannerTitle: 'Cookies' } },
    };
    writeFileSync(join(dir, 'good.json'), JSON.stringify(config));
    writeFileSync(join(dir, 'typo.json'), JSON.stringify({ ...config, texts: { en: { bannerTitel: 'Cookies' } } }));
    expect(run('node', [cli, 'validate', 'good.json'], { cwd: dir })).toMatch(
      /good\.json: valid\n.*data-validated="[0-9a-z]+"/,
    );
    let failure: { status?: number; stderr?: string } = {};
    try {
      run('node', [cli, 'validate', 'typo.json'], { cwd: dir });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr).toContain('texts.en: unknown key "bannerTitel"');
  });
});

describe('bundles with rollup', () => {
  it('an app importing the package and its server entry builds and runs', async () => {
    const dir = project('rollup-app', { type: 'module' });
    writeFileSync(
      join(dir, 'app.js'),
      `
import { createPrivacyChoices } from 'privacy-choices';
import { readChoice } from 'privacy-choices/server';
export const create = createPrivacyChoices;
export const state = readChoice('', { mode: 'opt-out', categories: [{ id: 'ads', label: 'Ads', sale: true }] }, { gpcHeader: '1' });
`,
    );
    const bundle = await rollup({
      input: join(dir, 'app.js'),
      plugins: [nodeResolve({ rootDir: dir, exportConditions: ['import', 'browser'] })],
      onwarn: () => {},
    });
    const file = join(dir, 'out/app.js');
    await bundle.write({ file, format: 'es', inlineDynamicImports: true });
    await bundle.close();
    const built = readFileSync(file, 'utf8');
    expect(built).not.toMatch(/^import\b/m); // everything resolved and bundled, nothing left external
    const app = await import(pathToFileURL(file).href);
    expect(typeof app.create).toBe('function');
    expect(app.state).toMatchObject({ saleOptOut: true, categories: { ads: false } });
    expect(dirname(file)).toContain(dir);
  });
});

describe('@arethetypeswrong/cli', () => {
  it('reports no problem for any entry', () => {
    const cli = join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const result = JSON.parse(run('node', [cli, tarball, '--format', 'json', '--no-definitely-typed'], { cwd: work }));
    const entries = Object.keys(result.analysis.entrypoints);
    expect(entries).toEqual(
      expect.arrayContaining(['.', './react', './server', './validate', './schema.json', './package.json']),
    );
    expect(result.problems).toEqual({});
  });
});
