// The `theme` and `implied` config keys and `links.cookiePolicy`: validated with errors naming the
// key path, and read defensively into settings (the UI fills the theme's defaults).
import { describe, expect, it } from 'vitest';
import { PrivacyChoicesConfigError } from './config-error';
import { validateConfig } from './config-schema';
import { toSettings } from './settings';
import type { Config } from './types';

const base: Config = { categories: [{ id: 'necessary', label: 'Necessary', necessary: true }] };

const issuesOf = (config: unknown) => {
  try {
    validateConfig(config);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(PrivacyChoicesConfigError);
    return (error as PrivacyChoicesConfigError).issues;
  }
};

describe('theme, implied and links.cookiePolicy in the schema', () => {
  it('accepts every documented value', () => {
    for (const colorScheme of ['auto', 'light', 'dark'] as const) {
      for (const layout of ['bar', 'box'] as const)
        expect(issuesOf({ ...base, theme: { colorScheme, layout } })).toEqual([]);
    }
    expect(
      issuesOf({ ...base, links: { cookiePolicy: '/cookies' }, implied: { ignorePaths: ['/terms', '/legal/*', '/'] } }),
    ).toEqual([]);
  });

  it.each([
    [{ ...base, theme: { colorScheme: 'black' } }, 'theme.colorScheme', 'expected one of "auto", "light", "dark"'],
    [{ ...base, theme: { layout: 'card' } }, 'theme.layout', 'expected one of "bar", "box"'],
    [{ ...base, theme: { colour: 'dark' } }, 'theme', 'unknown key "colour"'],
    [{ ...base, implied: { ignorePath: ['/x'] } }, 'implied', 'unknown key "ignorePath"'],
    [{ ...base, implied: { ignorePaths: ['terms'] } }, 'implied.ignorePaths[0]', 'expected a path starting with "/"'],
    [{ ...base, implied: { ignorePaths: ['/a*/b'] } }, 'implied.ignorePaths[0]', 'optionally ending in "*"'],
    [{ ...base, implied: { ignorePaths: '/terms' } }, 'implied.ignorePaths', 'expected array'],
    [{ ...base, links: { cookiePolicy: 'javascript:alert(1)' } }, 'links.cookiePolicy', 'URL'],
  ])('rejects %# naming the key path', (config, path, message) => {
    const issue = issuesOf(config).find((i) => i.path === path);
    expect(issue, JSON.stringify(issuesOf(config))).toBeDefined();
    expect(issue!.message).toContain(message);
  });
});

describe('settings', () => {
  it('keeps the theme as given and the ignored paths that are strings, whatever the input', () => {
    expect(toSettings({ ...base, theme: { colorScheme: 'dark', layout: 'box' } }, 'f').theme).toEqual({
      colorScheme: 'dark',
      layout: 'box',
    });
    expect(toSettings(base, 'f').theme).toEqual({});
    expect(toSettings({ ...base, theme: 'dark' } as unknown as Config, 'f').theme).toEqual({});
    expect(
      toSettings({ ...base, implied: { ignorePaths: ['/a', 3, null, '/b/*'] } } as unknown as Config, 'f')
        .impliedIgnorePaths,
    ).toEqual(['/a', '/b/*']);
    expect(toSettings({ ...base, implied: 'x' } as unknown as Config, 'f').impliedIgnorePaths).toEqual([]);
    expect(toSettings({ ...base, links: { cookiePolicy: '/c' } }, 'f').links.cookiePolicy).toBe('/c');
  });
});
