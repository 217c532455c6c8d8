import { afterEach, describe, expect, it } from 'vitest';
import { toSettings } from '../core/settings';
import type { Config } from '../core/types';
import { withPageRegion } from './page-region';

const config: Config = {
  region: 'auto',
  regions: { default: 'opt-in', US: 'opt-out' },
  categories: [{ id: 'a', label: 'A' }],
};

function meta(content: string) {
  const el = document.createElement('meta');
  el.name = 'privacy-choices-region';
  el.content = content;
  document.head.appendChild(el);
}

const modeOf = (resolved: Config) => toSettings(resolved, '').mode;

afterEach(() => document.head.querySelectorAll('meta').forEach((el) => el.remove()));

describe('region: "auto"', () => {
  it('takes the region from <meta name="privacy-choices-region">', () => {
    meta('US-CA');
    expect(withPageRegion(config).region).toBe('US-CA');
    expect(modeOf(withPageRegion(config))).toBe('opt-out');
  });

  it('without the meta tag there is no region; junk in it matches no region: the default mode', () => {
    expect(withPageRegion(config).region).toBeUndefined();
    expect(modeOf(withPageRegion(config))).toBe('opt-in');
    meta('<script>alert(1)</script>');
    expect(modeOf(withPageRegion(config))).toBe('opt-in');
  });

  it('leaves a config with a concrete region or none as it is (the same object)', () => {
    meta('DE');
    const fixed = { ...config, region: 'US' };
    expect(withPageRegion(fixed)).toBe(fixed);
    const none = { ...config, region: undefined };
    expect(withPageRegion(none)).toBe(none);
    expect(config.region).toBe('auto'); // never mutated
  });
});
