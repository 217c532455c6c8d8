// @vitest-environment happy-dom
// Implied consent's page rules: the page is marked only once the notice is on screen, so going on
// to another page implies consent only after a notice the visitor could see.
import { afterEach, describe, expect, it } from 'vitest';
import { configFingerprint } from '../core/hash';
import { toSettings } from '../core/settings';
import type { Config } from '../core/types';
import { continuedBrowsing, watchNotice } from './implied';

const config: Config = {
  revision: '1',
  mode: 'implied',
  links: { privacyPolicy: '/privacy' },
  categories: [{ id: 'necessary', label: 'Necessary', necessary: true }],
};
const settings = toSettings(config, configFingerprint(config));

/** A display signal the test switches, as the UI host reports the notice on screen. */
function display(initially = false) {
  let shown = initially;
  const listeners = new Set<(displayed: boolean) => void>();
  return {
    isDisplayed: () => shown,
    onDisplayChange(listener: (displayed: boolean) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    set(next: boolean) {
      shown = next;
      listeners.forEach((listener) => listener(next));
    },
  };
}

const at = (path: string) => history.replaceState(null, '', path);

afterEach(() => {
  document.cookie = 'privacy_choices_seen=; Max-Age=-1; Path=/';
  at('/');
});

describe('implied consent on the page', () => {
  it('a notice never displayed implies nothing on the next page', () => {
    at('/first');
    const stop = watchNotice(settings, display());
    stop();
    at('/second');
    expect(continuedBrowsing(settings)).toBe(false);
  });

  it('a notice displayed marks its page: the same page is not continuing, another one is', () => {
    at('/first');
    const signal = display();
    const stop = watchNotice(settings, signal);
    expect(document.cookie).not.toContain('privacy_choices_seen');
    signal.set(true);
    expect(document.cookie).toContain('privacy_choices_seen');
    stop();
    expect(continuedBrowsing(settings)).toBe(false);
    at('/second');
    expect(continuedBrowsing(settings)).toBe(true);
  });

  it('a notice already on screen when watched counts; on the policy page it neither counts nor marks', () => {
    at('/privacy');
    watchNotice(settings, display(true))();
    expect(document.cookie).not.toContain('privacy_choices_seen');
    at('/first');
    watchNotice(settings, display(true))();
    at('/privacy');
    expect(continuedBrowsing(settings)).toBe(false);
    at('/pricing');
    expect(continuedBrowsing(settings)).toBe(true);
  });

  it('after the watcher stops, a later display marks nothing', () => {
    at('/first');
    const signal = display();
    watchNotice(settings, signal)();
    signal.set(true);
    expect(document.cookie).not.toContain('privacy_choices_seen');
  });
});
