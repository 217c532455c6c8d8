import { describe, expect, it } from 'vitest';
import { readableCookie } from './category-row';

describe('readableCookie', () => {
  it('shows names as they are and simple prefixes as name…', () => {
    expect(readableCookie('_gid')).toBe('_gid');
    expect(readableCookie('/^_ga/')).toBe('_ga…');
    expect(readableCookie('/^_ga_/')).toBe('_ga_…');
    expect(readableCookie('/^_ga_.*/')).toBe('_ga_…');
    expect(readableCookie('/^_fbp$/')).toBe('_fbp');
  });
  it('keeps anything more complex as written', () => {
    expect(readableCookie('/^(a|b)/')).toBe('/^(a|b)/');
  });
});
