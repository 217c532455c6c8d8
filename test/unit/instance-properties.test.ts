// The names the build shortens in privacy-choices.js (scripts/instance-properties.mjs) are safe
// only while nothing reads them under their written name. The build's guard enforces it; these
// tests show that the guard catches both ways of breaking it, and that the list holds no name the
// source reads by a string key today.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardInstanceProperties, INSTANCE_PROPERTIES } from '../../scripts/instance-properties.mjs';

/** Runs one of the plugin's hooks with a rollup-like context; returns the error it raised, if any. */
function errorOf(run: (context: { error(message: string): never }) => void): string | undefined {
  try {
    run({
      error(message: string): never {
        throw new Error(message);
      },
    });
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

describe('the names the main file shortens', () => {
  const main = guardInstanceProperties({ main: true });
  const chunk = guardInstanceProperties({ main: false });

  it('fails the main build when a module reads one by a string key', () => {
    const code = `const FLAGS = ['saleOptOut', 'optOutAt'];`;
    const message = errorOf((context) => main.transform.call(context, code, '/repo/packages/sdk/src/core/codec.ts'));
    expect(message).toContain('"optOutAt"');
    expect(message).toContain('scripts/instance-properties.mjs');
  });

  it('passes a module that only uses them as properties', () => {
    const code = 'store.activate(); choice.optOutAt = now;';
    expect(errorOf((context) => main.transform.call(context, code, '/repo/packages/sdk/src/instance.ts'))).toBe(
      undefined,
    );
  });

  it('fails the build of another chunk that uses one', () => {
    const message = errorOf((context) =>
      chunk.renderChunk.call(context, 'n.activate()', { fileName: 'privacy-choices-ui.js' }),
    );
    expect(message).toContain('privacy-choices-ui.js uses the property "activate"');
    expect(errorOf((context) => chunk.renderChunk.call(context, 'n.activated()', { fileName: 'x.js' }))).toBe(
      undefined,
    );
  });

  it('holds no name that the SDK source spells as a string', () => {
    const root = join(import.meta.dirname, '../../packages/sdk/src');
    const quoted = sourceFiles(root).flatMap((file) => {
      const code = readFileSync(file, 'utf8');
      return INSTANCE_PROPERTIES.filter((name) => new RegExp(`(['"\`])${name}\\1`).test(code)).map(
        (name) => `${name} in ${file}`,
      );
    });
    expect(quoted).toEqual([]);
  });
});
