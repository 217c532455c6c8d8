// The README's list of text keys (section "Texts") is documentation written by hand: it must name
// exactly the keys that config.texts accepts (core/texts.ts), so a key added there shows up here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textKeys } from '../../packages/sdk/src/core/texts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README text keys', () => {
  it('the Texts table lists every key config.texts accepts, and no other', () => {
    const section = readme.slice(readme.indexOf('## Texts'), readme.indexOf('\n## ', readme.indexOf('## Texts') + 1));
    const table = section.split('\n').filter((line) => /^\| [a-z]/.test(line) && !line.startsWith('| group'));
    const listed = table.flatMap((line) => [...line.split('|')[2].matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]));
    expect([...listed].sort()).toEqual(textKeys().sort());
  });
});
