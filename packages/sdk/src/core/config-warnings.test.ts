import { describe, expect, it } from 'vitest';
import { configWarnings } from './config-warnings';
import type { Config } from './types';

const seller: Config = {
  mode: 'opt-out',
  categories: [
    { id: 'necessary', label: 'N', necessary: true },
    { id: 'ads', label: 'Ads', share: true },
  ],
};
const paths = (config: Config) => configWarnings(config).map((w) => w.path);

describe('config warnings (valid configs that would make a signal or a sentence untrue)', () => {
  it('a clean US config has none', () => {
    expect(configWarnings(seller)).toEqual([]);
  });
  it('statutory English wording replaced through texts (en and en-*), not other languages', () => {
    expect(
      paths({
        ...seller,
        texts: {
          en: { linkDoNotSell: 'x', bannerTitle: 'ok' },
          'en-GB': { dnsTitle: 'x' },
          es: { linkDoNotSell: 'x' },
        },
      }),
    ).toEqual(['texts.en.linkDoNotSell', 'texts.en-GB.dnsTitle']);
  });
  it('a seller linking "Cookie settings" where a US law can apply; not an EU-only opt-in site', () => {
    expect(paths({ ...seller, links: { footerLink: 'cookie-settings' } })).toEqual(['links.footerLink']);
    expect(paths({ ...seller, mode: 'opt-in', links: { footerLink: 'cookie-settings' } })).toEqual([]);
    expect(
      paths({ ...seller, mode: 'opt-in', regions: { US: 'opt-in' }, links: { footerLink: 'cookie-settings' } }),
    ).toEqual(['links.footerLink']);
  });
  it('gpc ignore with a sold or shared category', () => {
    expect(paths({ ...seller, gpc: 'ignore' })).toEqual(['gpc']);
    expect(paths({ ...seller, gpc: 'ignore', categories: [{ id: 'a', label: 'A' }] })).toEqual([]);
  });
  it('a cookie shorter than 12 months can be (366 days)', () => {
    expect(paths({ ...seller, cookie: { days: 365 } })).toEqual(['cookie.days']);
    expect(paths({ ...seller, cookie: { days: 366 } })).toEqual([]);
  });
  it('implied mode without regions', () => {
    expect(paths({ ...seller, mode: 'implied' })).toEqual(['mode']);
    expect(paths({ ...seller, mode: 'implied', regions: { default: 'implied', DE: 'opt-in' } })).toEqual([]);
  });
});
