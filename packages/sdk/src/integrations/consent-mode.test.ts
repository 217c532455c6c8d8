// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { consentMode, consentValues } from './consent-mode';
import { dataLayer } from './data-layer';
import { createTestContext, usConfig } from '../../test-support/integration-context';
import type { Config } from '../core/types';

const w = window as any;
const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]';
const commands = () => (w.dataLayer as unknown[]).map((entry) => Array.from(entry as ArrayLike<unknown>));

afterEach(() => {
  delete w.dataLayer;
  delete w.gtag;
});

const G = 'granted';
const D = 'denied';
/** Expected values in the order ad_storage, ad_user_data, ad_personalization, analytics_storage,
 *  functionality_storage, personalization_storage, security_storage. */
const values = (...v: string[]) => ({
  ad_storage: v[0],
  ad_user_data: v[1],
  ad_personalization: v[2],
  analytics_storage: v[3],
  functionality_storage: v[4],
  personalization_storage: v[5],
  security_storage: v[6],
});

const gcm = (extra: Partial<Config> = {}) => usConfig({ integrations: { googleConsentMode: true }, ...extra });

describe('gtag commands', () => {
  it('pushes default first, as Arguments objects, with every key as a string', () => {
    w.dataLayer = [{ 'gtm.start': 1 }]; // the page's own dataLayer is kept
    const stop = consentMode(createTestContext(gcm()).ctx);
    expect(w.dataLayer[0]).toEqual({ 'gtm.start': 1 });
    expect(w.dataLayer).toHaveLength(2); // no stored choice: no update
    expect(isArguments(w.dataLayer[1])).toBe(true);
    const [command, type, params] = Array.from(w.dataLayer[1]);
    expect([command, type]).toEqual(['consent', 'default']);
    expect(Object.keys(params as object).sort()).toEqual(Object.keys(values()).sort());
    for (const value of Object.values(params as object)) expect([G, D]).toContain(value);
    expect(w.gtag).toBeUndefined(); // no global defined
    stop!();
  });

  it('creates dataLayer and sends wait_for_update, ads_data_redaction, url_passthrough when configured', () => {
    consentMode(
      createTestContext(
        gcm({
          integrations: { googleConsentMode: { waitForUpdate: 500, adsDataRedaction: true, urlPassthrough: true } },
        }),
      ).ctx,
    );
    expect(w.dataLayer.every(isArguments)).toBe(true);
    expect(commands()).toEqual([
      ['consent', 'default', { ...values(G, G, G, G, G, G, G), wait_for_update: 500 }],
      ['set', 'ads_data_redaction', true],
      ['set', 'url_passthrough', true],
    ]);
  });

  it('a stored choice is repeated as update on load; every change sends update', () => {
    const t = createTestContext(gcm({ mode: 'opt-in' }), { stored: { type: 'accept-all' } });
    consentMode(t.ctx);
    t.act({ type: 'decline-all' });
    expect(w.dataLayer.every(isArguments)).toBe(true);
    expect(commands()).toEqual([
      ['consent', 'default', values(G, G, G, G, G, G, G)],
      ['consent', 'update', values(G, G, G, G, G, G, G)],
      ['consent', 'update', values(D, D, D, D, D, D, G)],
    ]);
  });

  it('leaves a page gtag alone and is off unless configured', () => {
    const pageGtag = () => undefined;
    w.gtag = pageGtag;
    expect(consentMode(createTestContext(usConfig()).ctx)).toBeUndefined();
    expect(w.dataLayer).toBeUndefined();
    consentMode(createTestContext(gcm()).ctx);
    expect(w.gtag).toBe(pageGtag);
  });

  it('teardown stops updates', () => {
    const t = createTestContext(gcm());
    consentMode(t.ctx)!();
    t.act({ type: 'decline-all' });
    expect(w.dataLayer).toHaveLength(1);
  });
});

describe('key mapping', () => {
  const valuesFor = (
    config: Config,
    options: Parameters<typeof createTestContext>[1] = {},
    action?: Parameters<ReturnType<typeof createTestContext>['act']>[0],
  ) => {
    const t = createTestContext(config, options);
    if (action) t.act(action);
    return consentValues(t.ctx.settings, t.ctx.getState());
  };

  it('opt-out mode, first visit: everything granted', () => {
    expect(valuesFor(gcm())).toEqual(values(G, G, G, G, G, G, G));
  });
  it('Accept', () => {
    expect(valuesFor(gcm(), {}, { type: 'accept-all' })).toEqual(values(G, G, G, G, G, G, G));
  });
  it('Decline: mapped keys denied; unmapped functionality/personalization stay granted outside opt-in', () => {
    expect(valuesFor(gcm(), {}, { type: 'decline-all' })).toEqual(values(D, D, D, D, G, G, G));
  });
  it('Do Not Sell or Share: analytics (a sale) is denied too', () => {
    expect(valuesFor(gcm(), {}, { type: 'opt-out' })).toEqual(values(D, D, D, D, G, G, G));
  });
  it('GPC (honoured): the same as Do Not Sell or Share, before any choice', () => {
    expect(valuesFor(gcm(), { gpc: true })).toEqual(values(D, D, D, D, G, G, G));
  });
  it('GPC ignored by config: nothing denied', () => {
    expect(valuesFor(gcm({ gpc: 'ignore' }), { gpc: true })).toEqual(values(G, G, G, G, G, G, G));
  });
  it('opt-in: all denied but security before a choice and after a partial one; Accept grants all', () => {
    const optIn = gcm({ mode: 'opt-in' });
    expect(valuesFor(optIn)).toEqual(values(D, D, D, D, D, D, G));
    expect(valuesFor(optIn, {}, { type: 'set', choices: { analytics: true } })).toEqual(values(D, D, D, G, D, D, G));
    expect(valuesFor(optIn, {}, { type: 'accept-all' })).toEqual(values(G, G, G, G, G, G, G));
  });
  it('a key mapped by an allowed category and by an off sale category is denied', () => {
    const config: Config = {
      mode: 'opt-out',
      categories: [
        { id: 'prefs', label: 'Prefs', consentMode: ['personalization_storage', 'ad_storage'] },
        { id: 'ads', label: 'Ads', sale: true, consentMode: ['ad_storage'] },
      ],
      integrations: { googleConsentMode: true },
    };
    const v = valuesFor(config, {}, { type: 'opt-out' });
    expect([v.ad_storage, v.personalization_storage]).toEqual([D, G]);
  });
  it('unmapped ad keys are denied while an opt-out is in force', () => {
    const config: Config = {
      mode: 'opt-out',
      categories: [{ id: 'analytics', label: 'Analytics', sale: true, consentMode: ['analytics_storage'] }],
      integrations: { googleConsentMode: true },
    };
    expect(valuesFor(config, {}, { type: 'accept-all' })).toEqual(values(G, G, G, G, G, G, G));
    expect(valuesFor(config, { gpc: true })).toEqual(values(D, D, D, D, G, G, G));
  });
  it('ad keys mapped by a category neither sold nor shared, or necessary, are still denied while an opt-out is in force', () => {
    const config: Config = {
      mode: 'opt-out',
      categories: [
        { id: 'necessary', label: 'N', necessary: true, consentMode: ['ad_storage'] },
        { id: 'measurement', label: 'M', consentMode: ['analytics_storage', 'ad_user_data', 'ad_personalization'] },
        { id: 'ads', label: 'Ads', sale: true, share: true },
      ],
      integrations: { googleConsentMode: true },
    };
    expect(valuesFor(config, {}, { type: 'accept-all' })).toEqual(values(G, G, G, G, G, G, G));
    // The measurement category stays on (it is not sold or shared), and so does its analytics key.
    expect(valuesFor(config, {}, { type: 'opt-out' })).toEqual(values(D, D, D, G, G, G, G));
    expect(valuesFor(config, { gpc: true })).toEqual(values(D, D, D, G, G, G, G));
  });
  it('a key mapped by a necessary category is always granted', () => {
    const config: Config = {
      mode: 'opt-in',
      categories: [{ id: 'necessary', label: 'N', necessary: true, consentMode: ['functionality_storage'] }],
      integrations: { googleConsentMode: true },
    };
    expect(valuesFor(config).functionality_storage).toBe(G);
  });
});

describe('dataLayer event', () => {
  it('pushes the state as a plain object at start and on change', () => {
    const t = createTestContext(usConfig({ integrations: { dataLayer: true } }));
    const stop = dataLayer(t.ctx);
    const next = t.act({ type: 'opt-out' });
    expect(w.dataLayer).toEqual([
      {
        event: 'privacy_choices_update',
        privacyChoices: expect.objectContaining({ saleOptOut: false, decided: false }),
      },
      { event: 'privacy_choices_update', privacyChoices: next },
    ]);
    expect(isArguments(w.dataLayer[0])).toBe(false);
    stop!();
    t.act({ type: 'accept-all' });
    expect(w.dataLayer).toHaveLength(2);
  });

  it('is on by default with Consent Mode, after its default command', () => {
    const { ctx } = createTestContext(gcm());
    consentMode(ctx);
    dataLayer(ctx);
    expect(isArguments(w.dataLayer[0])).toBe(true);
    expect(w.dataLayer[1].event).toBe('privacy_choices_update');
  });

  it('is off when dataLayer: false', () => {
    expect(
      dataLayer(createTestContext(gcm({ integrations: { googleConsentMode: true, dataLayer: false } })).ctx),
    ).toBeUndefined();
    expect(w.dataLayer).toBeUndefined();
  });
});
