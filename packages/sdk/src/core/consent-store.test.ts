// @vitest-environment node
// The consent store without a page: memory storage, fixed signals and clock, effects recorded.
import { describe, expect, it } from 'vitest';
import { decodeChoice } from './choice-codec';
import { createConsentStore, type ChoiceStorage, type CommitEffects } from './consent-store';
import { configFingerprint } from './hash';
import type { Signals } from './policy';
import { toSettings } from './settings';
import type { Config, State } from './types';
import { memoryStorage } from '../../test-support/memory-storage';

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
const CONFIG: Config = {
  mode: 'opt-out',
  categories: [
    { id: 'necessary', label: 'Necessary', necessary: true },
    { id: 'analytics', label: 'Analytics' },
    { id: 'advertising', label: 'Advertising', sale: true, share: true },
  ],
};

function setUp(options: { config?: Config; storage?: ChoiceStorage & { value?: string }; signals?: Signals } = {}) {
  const config = options.config || CONFIG;
  const settings = toSettings(config, configFingerprint(config));
  const storage = options.storage || memoryStorage();
  const log: string[] = [];
  const store = createConsentStore({
    settings,
    storage,
    signals: options.signals || { gpc: false, dnt: false },
    clock: () => NOW,
  });
  const effects: CommitEffects = {
    beforeAction: () => log.push('beforeAction'),
    afterWrite: (tell) => log.push(`write${tell ? '+tabs' : ''}`),
    beforeListeners: (persisted) => log.push(`before${persisted ? '+persisted' : ''}`),
    afterListeners: () => log.push('after'),
  };
  store.setEffects(effects);
  store.onStored(() => log.push('stored'));
  store.onChange(() => log.push('change'));
  return { store, storage, settings, log };
}

const stored = (storage: { value?: string }) => decodeChoice(storage.value)!;

describe('consent store', () => {
  it('applies an action: new state, an id, the decision time in whole seconds', () => {
    const { store, storage } = setUp();
    store.activate();
    store.apply({ type: 'decline-all' }, 'banner');
    const state = store.getState();
    expect(state).toMatchObject({ decided: true, source: 'banner', saleOptOut: true, shareOptOut: true });
    expect(state.categories).toEqual({ necessary: true, analytics: false, advertising: false });
    expect(state.id).toMatch(/^[0-9a-z]{10}$/);
    expect(state.decidedAt).toBe(new Date(NOW).toISOString());
    expect(stored(storage)).toMatchObject({ id: state.id, saleOptOut: true, pending: false, recorded: false });
    expect(store.isAllowed('analytics')).toBe(false);
    expect(store.isAllowed('necessary')).toBe(true);
  });

  it('commits in order: stored before any listener, integrations (first subscribers) before the page', () => {
    const { store, storage, log } = setUp();
    const seenByListener: (string | undefined)[] = [];
    store.onChange(() => seenByListener.push(storage.value));
    store.activate();
    log.length = 0;
    store.apply({ type: 'accept-all' }, 'banner');
    expect(log).toEqual(['beforeAction', 'write+tabs', 'stored', 'before+persisted', 'change', 'after']);
    expect(decodeChoice(seenByListener[0])!.source).toBe('banner'); // the cookie was written first
  });

  it('before activation (config not yet known valid) it applies but never writes', () => {
    const { store, storage, log } = setUp();
    store.apply({ type: 'accept-all' }, 'api');
    expect(store.getState().decided).toBe(true);
    expect(store.getState().id).toBeNull();
    expect(storage.value).toBeUndefined();
    expect(log).not.toContain('write+tabs');
    expect(log).not.toContain('stored'); // a record of it would prove a choice that was never stored
    expect(log.slice(-3)).toEqual(['before+persisted', 'change', 'after']);
    // Once the config is known valid, the choice is stored as a new one: an id, the other tabs told,
    // and the onStored listeners (the record sender) hear it.
    log.length = 0;
    store.activate();
    const state = store.getState();
    expect(state.id).toMatch(/^[0-9a-z]{10}$/);
    expect(stored(storage)).toMatchObject({ id: state.id, bits: 7, recorded: false });
    expect(log).toEqual(['write+tabs', 'stored']);
  });

  it('an invalid config: everything non-necessary off, listeners told, nothing written, no more actions', () => {
    const { store, storage, log } = setUp();
    store.fail();
    expect(store.getState().categories).toEqual({ necessary: true, analytics: false, advertising: false });
    expect(log).toEqual(['before', 'change', 'after']);
    store.apply({ type: 'accept-all' }, 'api');
    store.activate();
    expect(store.getState().categories.analytics).toBe(false);
    expect(storage.value).toBeUndefined();
    expect(store.isRunning()).toBe(false);
  });

  it('reset clears the storage, tells the other tabs, and starts over without a choice', () => {
    const { store, storage, log } = setUp();
    store.activate();
    store.apply({ type: 'decline-all' }, 'banner');
    log.length = 0;
    store.reset();
    expect(storage.value).toBeUndefined();
    expect(log).toEqual(['write+tabs', 'before', 'change', 'after']);
    expect(store.getState()).toMatchObject({ decided: false, id: null, saleOptOut: false });
  });

  it('reset keeps an opt-out a signal makes, and a known child', () => {
    const { store, storage } = setUp({ signals: { gpc: true, dnt: false } });
    store.activate();
    store.setKnownChild(true);
    store.reset();
    expect(store.getState()).toMatchObject({ saleOptOut: true, knownChild: true, source: 'gpc' });
    expect(stored(storage)).toMatchObject({ knownChild: true, saleOptOut: true });
  });

  it('setKnownChild opts out of sale and sharing and is stored; the same value again changes nothing', () => {
    const { store, storage, log } = setUp();
    store.activate();
    store.apply({ type: 'accept-all' }, 'banner');
    store.setKnownChild(true);
    expect(store.getState()).toMatchObject({ knownChild: true, saleOptOut: true, shareOptOut: true });
    expect(store.getState().categories.advertising).toBe(false);
    expect(stored(storage)).toMatchObject({ knownChild: true, saleOptOut: true });
    log.length = 0;
    store.setKnownChild(true);
    expect(log).toEqual([]);
    store.setKnownChild(false);
    expect(store.getState().knownChild).toBe(false);
    expect(store.getState().saleOptOut).toBe(true); // lifting the mark is no opt-in
  });

  it('a mark that opts out of a recorded choice is a new, unrecorded decision: same id, a later time, source default', () => {
    const { store, storage, log } = setUp();
    store.activate();
    store.apply({ type: 'accept-all' }, 'banner');
    const { id } = store.getState();
    store.markRecorded(id!, NOW);
    log.length = 0;
    store.setKnownChild(true); // in the same second as the Accept
    const later = new Date(NOW + 1000).toISOString();
    expect(store.getState()).toMatchObject({ id, decidedAt: later, source: 'default', decided: true });
    expect(store.getState()).toMatchObject({ knownChild: true, saleOptOut: true, shareOptOut: true });
    expect(store.getState().categories).toEqual({ necessary: true, analytics: true, advertising: false });
    expect(store.isRecorded()).toBe(false);
    expect(stored(storage)).toMatchObject({ id, decidedAt: NOW + 1000, source: 'default', recorded: false });
    expect(log).toEqual(['write+tabs', 'stored', 'before+persisted', 'change', 'after']);
    // Acknowledging the Accept's record does not mark the mark's.
    store.markRecorded(id!, NOW);
    expect(store.isRecorded()).toBe(false);
    store.markRecorded(id!, NOW + 1000);
    expect(store.isRecorded()).toBe(true);
    // Lifting the mark lifts no opt-out: the same decision, still recorded.
    store.setKnownChild(false);
    expect(store.getState()).toMatchObject({ id, decidedAt: later, source: 'default', knownChild: false });
    expect(store.getState()).toMatchObject({ saleOptOut: true, shareOptOut: true });
    expect(store.isRecorded()).toBe(true);
  });

  it('a mark on a choice with both opt-outs in force changes nothing in force: the same decision, still recorded', () => {
    const { store } = setUp();
    store.activate();
    store.apply({ type: 'decline-all' }, 'banner');
    const before = store.getState();
    store.markRecorded(before.id!, NOW);
    store.setKnownChild(true);
    expect(store.getState()).toEqual({ ...before, knownChild: true });
    expect(store.isRecorded()).toBe(true);
  });

  it('an opt-in over an opt-out needs confirming; a confirmed one lifts it', () => {
    const { store } = setUp();
    store.activate();
    store.apply({ type: 'opt-out' }, 'link');
    expect(store.wouldOptBackIn({ type: 'accept-all' })).toBe(true);
    expect(store.wouldOptBackIn({ type: 'decline-all' })).toBe(false);
    store.apply({ type: 'accept-all', confirmOptIn: true }, 'preferences');
    expect(store.getState()).toMatchObject({ saleOptOut: false, shareOptOut: false });
  });

  it('the recorded flag: cleared by a new choice, set only for the stored id and time, written without telling tabs', () => {
    const { store, storage, log } = setUp();
    store.activate();
    store.apply({ type: 'accept-all' }, 'banner');
    expect(store.isRecorded()).toBe(false);
    const { id } = store.getState();
    store.markRecorded('someone-else', NOW);
    store.markRecorded(id!, NOW - 1000);
    expect(store.isRecorded()).toBe(false);
    log.length = 0;
    store.markRecorded(id!, NOW);
    expect(store.isRecorded()).toBe(true);
    expect(stored(storage).recorded).toBe(true);
    expect(log).toEqual(['write']);
    store.apply({ type: 'decline-all' }, 'banner');
    expect(store.isRecorded()).toBe(false);
  });

  it('reconciles on another tab’s write, and only when the stored value changed', () => {
    const storage = memoryStorage();
    const first = setUp({ storage });
    const second = setUp({ storage });
    first.store.activate();
    second.store.activate();
    expect(second.store.reloadFromStorage()).toBe(false);
    first.store.apply({ type: 'decline-all' }, 'banner');
    const heard: State[] = [];
    second.store.onChange((state) => heard.push(state));
    second.log.length = 0;
    expect(second.store.reloadFromStorage()).toBe(true);
    expect(second.store.getState()).toEqual(first.store.getState());
    expect(heard).toHaveLength(1);
    expect(second.log).toEqual(['before', 'change', 'after']); // adopted, not written back
    expect(second.store.reloadFromStorage()).toBe(false);
  });

  it('a choice stored under this config proves it valid; a signal’s opt-out at start is written on activation', () => {
    const first = setUp();
    first.store.activate();
    first.store.apply({ type: 'accept-all' }, 'banner');
    const again = setUp({ storage: memoryStorage(first.storage.value) });
    expect(again.store.storedUnderThisConfig).toBe(true);
    expect(setUp().store.storedUnderThisConfig).toBe(false);

    const withSignal = setUp({ storage: memoryStorage(first.storage.value), signals: { gpc: true, dnt: false } });
    expect(withSignal.store.getState().saleOptOut).toBe(true);
    withSignal.log.length = 0;
    withSignal.store.activate();
    expect(withSignal.log).toEqual(['write+tabs', 'stored']);
    expect(stored(withSignal.storage)).toMatchObject({ saleOptOut: true, source: 'gpc', recorded: false });
  });

  it('an unchanged choice is rewritten on activation, unless the collector re-sets it from the server', () => {
    const refreshed: Config = {
      ...CONFIG,
      integrations: { records: { endpoint: '/v1/records', cookieRefresh: true } },
    };
    for (const config of [CONFIG, refreshed]) {
      const first = setUp({ config });
      first.store.activate();
      first.store.apply({ type: 'accept-all' }, 'banner');
      const again = setUp({ config, storage: memoryStorage(first.storage.value) });
      again.store.activate();
      expect(again.log).toEqual(config === CONFIG ? ['write'] : []);
    }
  });

  it('after destroy nothing changes and no listener runs', () => {
    const { store, log } = setUp();
    store.activate();
    store.destroy();
    log.length = 0;
    store.apply({ type: 'accept-all' }, 'api');
    store.reset();
    expect(log).toEqual([]);
    expect(store.isRunning()).toBe(false);
  });
});
