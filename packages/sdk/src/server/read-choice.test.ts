// readChoice must give the state the browser computes for the same cookie and signals: each case
// makes a choice with the real instance (in happy-dom, with its cookie), then compares the
// instance's state on a new page view with readChoice on that cookie as a request header.
import { afterEach, describe, expect, it } from 'vitest';
import { configFingerprint } from '../core/hash';
import { toSettings } from '../core/settings';
import type { Config, State } from '../core/types';
import { createInstance } from '../instance';
import { readChoice } from './read-choice';

const config: Config = {
  revision: '3',
  regions: { default: 'opt-in', US: 'opt-out' },
  region: 'auto',
  categories: [
    { id: 'necessary', label: 'Necessary', necessary: true },
    { id: 'analytics', label: 'Analytics', sale: true },
    { id: 'advertising', label: 'Advertising', sale: true, share: true },
  ],
};

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

/** A page view in the browser: the instance over document.cookie, with these signals. */
function browserPage(region: string, gpc = false) {
  const resolved = { ...config, region };
  return createInstance({
    settings: toSettings(resolved, configFingerprint(config)),
    validated: true,
    loadUI: () => {},
    integrations: [],
    signals: { gpc, dnt: false },
    now: () => NOW,
  });
}

const clearCookies = () => {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
};

afterEach(clearCookies);

/** The browser's state on the next page view, and the server's for the same request. */
function both(region: string, gpc: boolean): [State, State] {
  const page = browserPage(region, gpc);
  const browser = page.getState();
  page.destroy();
  const server = readChoice(document.cookie, config, { region, gpcHeader: gpc ? '1' : null, now: NOW });
  return [browser, server];
}

describe('readChoice matches the browser', () => {
  it.each([
    ['declined in the EU', 'DE', (p: ReturnType<typeof browserPage>) => p.declineAll()],
    ['accepted in the EU', 'FR', (p: ReturnType<typeof browserPage>) => p.acceptAll()],
    ['opted out of sale in California', 'US-CA', (p: ReturnType<typeof browserPage>) => p.optOutOfSaleAndSharing()],
    ['set one category in the US', 'US', (p: ReturnType<typeof browserPage>) => p.set({ analytics: false })],
  ])('%s', (_, region, act) => {
    const page = browserPage(region);
    act(page);
    page.destroy();
    const [browser, server] = both(region, false);
    expect(server).toEqual(browser);
    expect(server.decided).toBe(true);
    expect(server.id).toMatch(/^[0-9a-z]{10}$/);
  });

  it('no cookie: nothing decided, the mode of the region', () => {
    expect(readChoice('', config, { region: 'DE', now: NOW })).toMatchObject({
      decided: false,
      mode: 'opt-in',
      categories: { necessary: true, analytics: false, advertising: false },
      id: null,
    });
    expect(readChoice(undefined, config, { region: 'US-CA', now: NOW })).toMatchObject({
      decided: false,
      mode: 'opt-out',
      categories: { necessary: true, analytics: true, advertising: true },
    });
  });

  it('Sec-GPC: 1 opts a California visitor out of sale and sharing, with or without a cookie', () => {
    const fresh = readChoice('', config, { region: 'US-CA', gpcHeader: '1', now: NOW });
    expect(fresh).toMatchObject({
      gpc: true,
      saleOptOut: true,
      shareOptOut: true,
      source: 'gpc',
      categories: { analytics: false, advertising: false },
    });
    const page = browserPage('US-CA');
    page.acceptAll();
    page.destroy();
    const [browser, server] = both('US-CA', true);
    expect(server).toEqual(browser);
    expect(server).toMatchObject({ gpc: true, saleOptOut: true, categories: { analytics: false, advertising: false } });
  });

  it('a GPC opt-out stored by the browser outlives the signal on the server too', () => {
    browserPage('US-CA', true).destroy(); // the page stores the signal's opt-out
    const [browser, server] = both('US-CA', false);
    expect(server).toEqual(browser);
    expect(server).toMatchObject({ gpc: false, saleOptOut: true, source: 'gpc' });
  });

  it('a revision change asks again, as in the browser', () => {
    const page = browserPage('DE');
    page.acceptAll();
    page.destroy();
    const next = readChoice(document.cookie, { ...config, revision: '4' }, { region: 'DE', now: NOW });
    expect(next).toMatchObject({ decided: false, revision: '4', categories: { analytics: false } });
  });

  it('a damaged or foreign cookie is no choice yet, never an exception', () => {
    for (const header of [
      'privacy_choices=garbage',
      'privacy_choices=%E0%A4%A',
      'privacy_choices=1.x.y',
      'a=b;;; =c; privacy_choices',
    ]) {
      expect(readChoice(header, config, { region: 'DE', now: NOW })).toMatchObject({ decided: false, id: null });
    }
  });

  it('reads the cookie among others, under the configured name', () => {
    const named = { ...config, cookie: { name: 'consent' } };
    const settings = toSettings({ ...named, region: 'DE' }, configFingerprint(named));
    const page = createInstance({
      settings,
      validated: true,
      loadUI: () => {},
      integrations: [],
      signals: { gpc: false, dnt: false },
      now: () => NOW,
    });
    page.acceptAll();
    page.destroy();
    const value = /(?:^|; )consent=([^;]*)/.exec(document.cookie)![1];
    const header = `_ga=GA1.1.2; consent=${value}; theme=dark`;
    expect(readChoice(header, named, { region: 'DE', now: NOW })).toMatchObject({
      decided: true,
      categories: { analytics: true },
    });
    expect(readChoice(header, config, { region: 'DE', now: NOW }).decided).toBe(false);
  });

  it('a concrete region in the config wins over the option (only "auto" takes it)', () => {
    expect(readChoice('', { ...config, region: 'US' }, { region: 'DE', now: NOW }).mode).toBe('opt-out');
    expect(readChoice('', config, { now: NOW }).mode).toBe('opt-in'); // "auto" with no region: default
  });
});
