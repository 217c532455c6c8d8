// Implied mode's rules arrive on demand (the script tag loads them as a chunk): until they answer,
// the visitor is undecided and not asked; then either consent is implied (no banner) or the
// banner asks. Rules that cannot load mean asking, never implying.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { configFingerprint } from '../core/hash';
import { toSettings } from '../core/settings';
import type { Config } from '../core/types';
import { createInstance } from '../instance';
import type { ImpliedLoader, ImpliedModule } from './implied';
import { memoryStorage } from '../../test-support/memory-storage';

const config: Config = {
  revision: '1',
  mode: 'implied',
  links: { privacyPolicy: '/privacy' },
  categories: [
    { id: 'necessary', label: 'Necessary', necessary: true },
    { id: 'analytics', label: 'Analytics' },
  ],
};

function pageView(loadImplied: ImpliedLoader) {
  const loadUI = vi.fn();
  const instance = createInstance({
    settings: toSettings(config, configFingerprint(config)),
    validated: true,
    loadUI,
    loadImplied,
    integrations: [],
    storage: memoryStorage(),
    signals: { gpc: false, dnt: false },
  });
  return { instance, loadUI };
}

/** Rules whose answer the test releases, as a chunk arriving later would. */
function laterRules(continued: boolean) {
  const stopWatching = vi.fn();
  const rules: ImpliedModule = { continuedBrowsing: () => continued, watchNotice: () => stopWatching };
  let answer: () => void = () => {};
  const load: ImpliedLoader = (done) => {
    answer = () => done(rules);
  };
  return { load, answer: () => answer(), stopWatching };
}

afterEach(() => vi.restoreAllMocks());

describe('implied mode, rules on demand', () => {
  it('a visitor who went on: consent is implied once the rules answer, and the banner is never loaded', () => {
    const rules = laterRules(true);
    const { instance, loadUI } = pageView(rules.load);
    expect(instance.getState()).toMatchObject({ decided: false, source: 'default' });
    rules.answer();
    expect(instance.getState()).toMatchObject({ decided: true, source: 'implied' });
    expect(loadUI).not.toHaveBeenCalled();
  });

  it('a visitor who did not go on is asked; the notice watcher stops with the instance', () => {
    const rules = laterRules(false);
    const { instance, loadUI } = pageView(rules.load);
    expect(loadUI).not.toHaveBeenCalled();
    rules.answer();
    expect(loadUI).toHaveBeenCalledTimes(1);
    expect(instance.getState().decided).toBe(false);
    instance.destroy();
    expect(rules.stopWatching).toHaveBeenCalledTimes(1);
  });

  it('a choice made before the rules answer stands; the rules then do nothing', () => {
    const rules = laterRules(true);
    const { instance, loadUI } = pageView(rules.load);
    instance.declineAll();
    rules.answer();
    expect(instance.getState()).toMatchObject({ decided: true, source: 'api', categories: { analytics: false } });
    expect(loadUI).not.toHaveBeenCalled();
  });

  it('an instance destroyed before the rules answer ignores them', () => {
    const rules = laterRules(true);
    const { instance, loadUI } = pageView(rules.load);
    instance.destroy();
    rules.answer();
    expect(instance.getState().decided).toBe(false);
    expect(loadUI).not.toHaveBeenCalled();
    expect(rules.stopWatching).not.toHaveBeenCalled();
  });

  it('rules that fail to load: the visitor is asked, and it is reported', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { instance, loadUI } = pageView((_, fail) => fail(new Error('offline')));
    expect(loadUI).toHaveBeenCalledTimes(1);
    expect(instance.getState()).toMatchObject({ decided: false, source: 'default' });
    expect(error.mock.calls[0][0]).toMatch(/could not load the implied-consent rules/);
  });
});
