import { describe, expect, it } from 'vitest';
import { usLawApplies } from './jurisdiction';
import { modeForRegion, toSettings } from './settings';
import type { Config } from './types';

const base: Config = { categories: [{ id: 'a', label: 'A' }] };

describe('settings', () => {
  it('picks the most specific region, then default, then mode', () => {
    const regions = { default: 'opt-in', US: 'opt-out', 'US-CA': 'opt-out', 'US-TX': 'notice' } as const;
    expect(modeForRegion({ ...base, regions, region: 'US-TX' })).toBe('notice');
    expect(modeForRegion({ ...base, regions, region: 'us-ny' })).toBe('opt-out');
    expect(modeForRegion({ ...base, regions, region: 'DE' })).toBe('opt-in');
    expect(modeForRegion({ ...base, regions })).toBe('opt-in');
    expect(modeForRegion({ ...base, mode: 'implied' })).toBe('implied');
    expect(modeForRegion(base)).toBe('opt-in');
  });

  it('reads a region code in any case; anything else is no region, so a US-mode site keeps US law', () => {
    const region = (value: unknown, mode: Config['mode'] = 'opt-out') =>
      toSettings({ ...base, mode, region: value } as Config, 'fp').region;
    expect(region(' us-ca ')).toBe('US-CA');
    expect(region('DE')).toBe('DE');
    for (const junk of ['USA', 'United States', 'U', '', 42]) expect(region(junk)).toBe('');
    // A geo header in another format on an opt-out site: its US signals stay on (core/jurisdiction.ts).
    const settings = toSettings({ ...base, mode: 'opt-out', region: 'USA' }, 'fp');
    expect(usLawApplies(settings)).toBe(true);
  });

  it('fills defaults and caps the cookie lifetime at 400 days', () => {
    const s = toSettings({ ...base, cookie: { days: 999 } }, 'fp');
    expect(s.cookie).toEqual({ name: 'privacy_choices', domain: undefined, days: 400 });
    expect(s).toMatchObject({
      revision: '1',
      honorGpc: true,
      honorDnt: false,
      consentMode: null,
      gpp: null,
      usp: false,
      dataLayer: false,
    });
  });

  it('never lets a necessary category be a sale, even unvalidated', () => {
    const s = toSettings({ categories: [{ id: 'n', label: 'N', necessary: true, sale: true }] }, 'fp');
    expect(s.categories[0].sale).toBe(false);
  });

  it('survives garbage without throwing (the returning-visitor path runs it unvalidated)', () => {
    for (const junk of [
      {},
      { categories: 'x' },
      { categories: [null, 1, { id: 'ok' }] },
      { regions: 'US' },
      { integrations: null },
    ]) {
      expect(() => toSettings(junk as unknown as Config, 'fp')).not.toThrow();
    }
  });

  it('footer link: Do Not Sell in opt-out mode when something is sold, cookie settings otherwise', () => {
    expect(
      toSettings({ mode: 'opt-out', categories: [{ id: 'a', label: 'A', sale: true }] }, 'f').links.footerLink,
    ).toBe('do-not-sell');
    expect(
      toSettings({ mode: 'opt-in', categories: [{ id: 'a', label: 'A', sale: true }] }, 'f').links.footerLink,
    ).toBe('cookie-settings');
  });
});
