import { describe, expect, it } from 'vitest';
import { encodeSection, gppString, SECTION_IDS } from './gpp-encoder';
import { gppSections } from './gpp-sections';
import { createTestContext, usConfig } from '../../test-support/integration-context';
import type { Config } from '../core/types';

/** The GPP string the integration would publish for this context. */
function stringOf(t: ReturnType<typeof createTestContext>) {
  const sections = gppSections(t.ctx.settings, t.ctx.getState());
  return gppString(Object.keys(sections).map((name) => [SECTION_IDS[name], encodeSection(name, sections[name])]));
}

const sharerOnly = (extra: Partial<Config> = {}): Config => ({
  mode: 'opt-out',
  categories: [
    { id: 'necessary', label: 'Necessary', necessary: true },
    { id: 'ads', label: 'Ads', share: true },
  ],
  integrations: { gpp: true },
  ...extra,
});

describe('fields derived from config and state give the vectors', () => {
  it('A: seller + sharer, GPC (honoured)', () => {
    expect(stringOf(createTestContext(usConfig({ integrations: { gpp: true } }), { gpc: true }))).toBe(
      'DBABLA~CVQVAAAAAACA.YA',
    );
  });
  it('A: seller + sharer, Decline (GPC present)', () => {
    const t = createTestContext(usConfig({ integrations: { gpp: true }, gpc: 'ignore' }), { gpc: true });
    t.act({ type: 'decline-all' });
    expect(stringOf(t)).toBe('DBABLA~CVQVAAAAAACA.YA');
  });
  it('B: seller + sharer, no opt-out', () => {
    expect(stringOf(createTestContext(usConfig({ integrations: { gpp: true } })))).toBe('DBABLA~CVQqAAAAAACA.QA');
  });
  it('B again after Accept', () => {
    const t = createTestContext(usConfig({ integrations: { gpp: true } }), { stored: { type: 'accept-all' } });
    expect(stringOf(t)).toBe('DBABLA~CVQqAAAAAACA.QA');
  });
  it('D: sharer that never sells, Do Not Sell or Share with GPC', () => {
    expect(stringOf(createTestContext(sharerOnly(), { gpc: true }))).toBe('DBABLA~CRQFAAAAAACA.YA');
  });
  it('E: sharer, not opted out', () => {
    expect(stringOf(createTestContext(sharerOnly()))).toBe('DBABLA~CRQKAAAAAACA.QA');
  });
  it('F: usca only, GPC', () => {
    expect(
      stringOf(createTestContext(usConfig({ integrations: { gpp: { sections: ['usca'] } } }), { gpc: true })),
    ).toBe('DBABBg~BUUAAACA.YA');
  });
  it('G: usnat + usca (any order in config), GPC', () => {
    const t = createTestContext(usConfig({ integrations: { gpp: { sections: ['usca', 'usnat'] } } }), { gpc: true });
    expect(stringOf(t)).toBe('DBABrw~CVQVAAAAAACA.YA~BUUAAACA.YA');
  });
  it('"Do Not Sell or Share" opts out of all three', () => {
    const t = createTestContext(usConfig({ integrations: { gpp: true } }));
    t.act({ type: 'opt-out' });
    const [core, gpc] = gppSections(t.ctx.settings, t.ctx.getState()).usnat;
    expect([core.SaleOptOut, core.SharingOptOut, core.TargetedAdvertisingOptOut, gpc.Gpc]).toEqual([1, 1, 1, false]);
  });
});

describe('other fields', () => {
  const sectionsOf = (config: Config) => {
    const { ctx } = createTestContext(config);
    return gppSections(ctx.settings, ctx.getState());
  };
  const core = (config: Config, name = 'usnat') => sectionsOf(config)[name][0];

  it('a site that neither sells nor shares: every notice and opt-out 0', () => {
    const c = core({
      mode: 'opt-out',
      categories: [
        { id: 'n', label: 'N', necessary: true },
        { id: 'a', label: 'A' },
      ],
      integrations: { gpp: true },
    });
    expect([c.SharingNotice, c.SaleOptOutNotice, c.SharingOptOutNotice, c.SaleOptOut, c.SharingOptOut]).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect([c.MspaCoveredTransaction, c.MspaOptOutOptionMode, c.MspaServiceProviderMode]).toEqual([2, 0, 0]);
  });
  it.each([
    [{ covered: true, mode: 'opt-out' as const }, [1, 1, 2]],
    [{ covered: true, mode: 'service-provider' as const }, [1, 2, 1]],
    [{ covered: true }, [1, 1, 2]], // sells: opt-out option mode
    [{ covered: false, mode: 'opt-out' as const }, [2, 0, 0]],
  ])('MSPA %j → %j', (mspa, expected) => {
    for (const name of ['usnat', 'usca']) {
      const c = core(usConfig({ integrations: { gpp: { sections: ['usnat', 'usca'], mspa } } }), name);
      expect([c.MspaCoveredTransaction, c.MspaOptOutOptionMode, c.MspaServiceProviderMode]).toEqual(expected);
    }
  });
  it('covered without a mode, selling nothing: service-provider mode', () => {
    const c = core({
      mode: 'opt-out',
      categories: [{ id: 'a', label: 'A' }],
      integrations: { gpp: { mspa: { covered: true } } },
    });
    expect([c.MspaCoveredTransaction, c.MspaOptOutOptionMode, c.MspaServiceProviderMode]).toEqual([1, 2, 1]);
  });
  it('only configured sections', () => {
    expect(Object.keys(sectionsOf(usConfig({ integrations: { gpp: true } })))).toEqual(['usnat']);
    expect(Object.keys(sectionsOf(usConfig({ integrations: { gpp: { sections: ['usca'] } } })))).toEqual(['usca']);
  });
});
