import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrivacyChoicesConfigError } from './config-error';
import { validateConfig } from './config-schema';

const good = {
  revision: '2024-10-02',
  mode: 'opt-out',
  regions: { default: 'opt-in', US: 'opt-out' },
  region: 'US-CA',
  gpc: 'honor',
  dnt: 'ignore',
  cookie: { name: 'privacy_choices', domain: 'example.com', days: 365 },
  links: {
    privacyPolicy: 'https://example.com/privacy',
    doNotSellRequest: 'mailto:privacy@example.com?subject=Do%20Not%20Sell',
  },
  categories: [
    { id: 'necessary', label: 'Strictly necessary', necessary: true },
    {
      id: 'analytics',
      label: 'Analytics',
      sale: true,
      cookies: ['_gid', '/^_ga/'],
      consentMode: ['analytics_storage'],
      vendors: [{ name: 'Google Analytics', optOutUrl: 'https://tools.google.com/dlpage/gaoptout' }],
    },
    {
      id: 'advertising',
      label: 'Advertising',
      sale: true,
      share: true,
      consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    },
  ],
  integrations: { googleConsentMode: true, dataLayer: true, gpp: { sections: ['usnat', 'usca'] }, usp: true },
  language: 'auto',
  texts: {
    en: { bannerTitle: 'Cookies', linkDoNotSell: 'Do Not Sell or Share' },
    'fr-CA': { acceptAll: 'Tout accepter' },
  },
};

const issuesOf = (config: unknown) => {
  try {
    validateConfig(config);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(PrivacyChoicesConfigError);
    return (error as PrivacyChoicesConfigError).issues;
  }
};
const withCategory = (patch: object) => ({
  ...good,
  categories: [...good.categories, { id: 'x', label: 'X', ...patch }],
});

describe('config validation', () => {
  it('accepts the contract example', () => {
    expect(issuesOf(good)).toEqual([]);
  });

  it('accepts consent records with a relative or absolute endpoint', () => {
    expect(issuesOf({ ...good, integrations: { records: { endpoint: '/v1/records', cookieRefresh: true } } })).toEqual(
      [],
    );
    expect(
      issuesOf({ ...good, integrations: { records: { endpoint: 'https://records.example.com/v1/records' } } }),
    ).toEqual([]);
  });

  it.each([
    [{ ...good, mdoe: 'opt-out' }, '', 'unknown key "mdoe"'],
    [{ ...good, mode: 'opt_out' }, 'mode', 'expected one of "opt-in", "opt-out", "implied", "notice"'],
    [{ ...good, cookie: { days: 730 } }, 'cookie.days', 'expected at most 400 days'],
    [
      { ...good, links: { privacyPolicy: 'javascript:alert(1)' } },
      'links.privacyPolicy',
      'expected an http(s):, mailto:, tel: or relative URL',
    ],
    [{ ...good, links: { privacyPolicy: ' JaVaScRiPt:alert(1)' } }, 'links.privacyPolicy', 'http(s)'],
    [
      withCategory({ necessary: true, sale: true }),
      'categories[3].sale',
      'a necessary category cannot be sold or shared',
    ],
    [withCategory({ id: 'analytics' }), 'categories[3].id', 'duplicate category id "analytics"'],
    [withCategory({ sael: true }), 'categories[3]', 'unknown key "sael"'],
    [withCategory({ sale: 'yes' }), 'categories[3].sale', 'expected boolean'],
    [withCategory({ cookies: ['/[/'] }), 'categories[3].cookies[0]', 'regular expression'],
    [withCategory({ consentMode: ['ads_storage'] }), 'categories[3].consentMode[0]', 'ad_storage'],
    [
      withCategory({ vendors: [{ name: 'V', optOutUrl: 'data:text/html,x' }] }),
      'categories[3].vendors[0].optOutUrl',
      'URL',
    ],
    [{ ...good, categories: [] }, 'categories', 'expected at least 1 item'],
    [{ ...good, integrations: { gpp: 'yes' } }, 'integrations.gpp', 'expected true, false or an options object'],
    [{ ...good, regions: { Europe: 'opt-in' } }, 'regions.Europe', 'region code'],
    [{ ...good, texts: { en: { bannerTitel: 'Cookies' } } }, 'texts.en', 'unknown key "bannerTitel"'],
    [{ ...good, texts: { de: { acceptAll: 1 } } }, 'texts.de.acceptAll', 'expected string'],
    [
      { ...good, integrations: { records: { endpoint: 'mailto:a@b.example' } } },
      'integrations.records.endpoint',
      'http(s): or relative URL',
    ],
    [{ ...good, integrations: { records: { endpoint: '' } } }, 'integrations.records.endpoint', ''],
    [{ ...good, integrations: { records: { url: '/v1/records' } } }, 'integrations.records', 'unknown key "url"'],
  ])('rejects %# with a message naming the key path', (config, path, message) => {
    const issues = issuesOf(config);
    expect(issues.length).toBeGreaterThan(0);
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.message).toContain(message);
  });

  it('lists every problem at once in one error message', () => {
    const error = (() => {
      try {
        validateConfig({ ...good, mode: 'x', cookie: { days: 9999 } });
      } catch (e) {
        return e as Error;
      }
    })()!;
    expect(error.message).toMatch(/mode: expected one of/);
    expect(error.message).toMatch(/cookie\.days: expected at most 400/);
  });

  it('never throws anything but PrivacyChoicesConfigError, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          validateConfig(value);
        } catch (error) {
          expect(error).toBeInstanceOf(PrivacyChoicesConfigError);
        }
      }),
    );
  });
});

describe('texts keys', () => {
  it('every English text and every footer-link text is a valid key; nothing else is', async () => {
    const { en, textKeys } = await import('./texts');
    const all = Object.fromEntries(textKeys().map((key) => [key, 'x']));
    expect(Object.keys(all)).toEqual(expect.arrayContaining(Object.keys(en)));
    expect(Object.keys(all)).toEqual(
      expect.arrayContaining([
        'linkDoNotSell',
        'linkPrivacyChoices',
        'linkCaliforniaPrivacyChoices',
        'linkCookieSettings',
      ]),
    );
    expect(issuesOf({ ...good, texts: { en: all } })).toEqual([]);
    expect(issuesOf({ ...good, texts: { en: { ...all, shout: 'x' } } })).toEqual([
      { path: 'texts.en', message: 'unknown key "shout"' },
    ]);
  });
});
