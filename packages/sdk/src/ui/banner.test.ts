// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { UIHandle } from '../page/ui-seam';
import {
  click,
  fakeController,
  nextTask,
  getByRole,
  key,
  mountFake,
  queryAllByRole,
  type Fake,
} from '../../test-support/ui-controller';

let handle: UIHandle | null = null;
afterEach(() => handle?.destroy());

function showBanner(fake: Fake) {
  const mounted = mountFake(fake);
  handle = mounted.handle;
  handle.show('banner');
  return mounted.root;
}

const buttonNames = (root: ShadowRoot) =>
  queryAllByRole(getByRole(root, 'region', 'Cookie consent'), 'button').map((b) => b.textContent);

describe('banner', () => {
  it('opt-in: Accept all, Reject all and Preferences on the first layer', () => {
    const fake = fakeController({ mode: 'opt-in', links: { privacyPolicy: 'https://example.com/privacy' } });
    const root = showBanner(fake);
    expect(buttonNames(root)).toEqual(['Accept all', 'Reject all', 'Preferences']);
    expect(getByRole(root, 'link', 'Privacy policy').getAttribute('href')).toBe('https://example.com/privacy');
    expect(fake.displayed).toEqual([true]);
    // Not focused on load: the banner is non-modal.
    expect(root.activeElement).toBeNull();
  });

  it('opt-in: Accept all and Reject all are the same element with the same class', () => {
    const root = showBanner(fakeController({ mode: 'opt-in' }));
    const accept = getByRole(root, 'button', 'Accept all');
    const reject = getByRole(root, 'button', 'Reject all');
    expect(reject.tagName).toBe(accept.tagName);
    expect(reject.className).toBe(accept.className);
    expect(reject.getAttribute('style')).toBe(accept.getAttribute('style'));
  });

  it('opt-in: Accept all / Reject all act with source banner and hide the banner', async () => {
    for (const [name, type] of [
      ['Accept all', 'accept-all'],
      ['Reject all', 'decline-all'],
    ]) {
      const fake = fakeController({ mode: 'opt-in' });
      const root = showBanner(fake);
      click(getByRole(root, 'button', name));
      expect(fake.calls).toEqual([{ action: { type }, source: 'banner' }]);
      await nextTask();
      expect(queryAllByRole(root, 'region')).toHaveLength(0);
      expect(fake.displayed).toEqual([true, false]);
      expect(getByRole(root, 'status').textContent).toBe('Choices saved');
      handle!.destroy();
    }
  });

  it('opt-out with sold/shared categories: Accept, Decline, Do Not Sell or Share, Preferences', () => {
    const fake = fakeController({ mode: 'opt-out' });
    const root = showBanner(fake);
    expect(buttonNames(root)).toEqual([
      'Accept',
      'Decline',
      'Do Not Sell or Share My Personal Information',
      'Preferences',
    ]);
    expect(root.textContent).toContain('sale or sharing of your personal information');
    click(getByRole(root, 'button', 'Do Not Sell or Share My Personal Information'));
    expect(fake.calls).toEqual([{ action: { type: 'opt-out' }, source: 'banner' }]);
  });

  it('opt-out: Accept and Decline map to accept-all and decline-all', () => {
    const fake = fakeController({ mode: 'opt-out' });
    let root = showBanner(fake);
    click(getByRole(root, 'button', 'Accept'));
    handle!.show('banner');
    root = document.getElementById('privacy-choices-ui')!.shadowRoot!;
    click(getByRole(root, 'button', 'Decline'));
    expect(fake.calls.map((c) => [c.action.type, c.source])).toEqual([
      ['accept-all', 'banner'],
      ['decline-all', 'banner'],
    ]);
  });

  it('opt-out without sale or sharing: neutral text and no Do Not Sell button', () => {
    const root = showBanner(
      fakeController({
        mode: 'opt-out',
        categories: [
          { id: 'n', label: 'N', necessary: true },
          { id: 'f', label: 'F' },
        ],
      }),
    );
    expect(buttonNames(root)).toEqual(['Accept', 'Decline', 'Preferences']);
    expect(root.textContent).not.toContain('sale');
  });

  it('implied: the notice text, OK accepts, Settings opens the preferences', () => {
    const fake = fakeController({ mode: 'implied' });
    const root = showBanner(fake);
    expect(root.textContent).toContain(
      'By continuing to browse you accept cookies; you can change your settings at any time.',
    );
    expect(buttonNames(root)).toEqual(['OK', 'Settings']);
    click(getByRole(root, 'button', 'Settings'));
    expect(getByRole(root, 'dialog').getAttribute('aria-labelledby')).toBeTruthy();
    expect(fake.calls).toEqual([]);
    click(getByRole(root, 'button', 'OK'));
    expect(fake.calls).toEqual([{ action: { type: 'accept-all', keepOptOut: true }, source: 'banner' }]);
  });

  it('notice: OK dismisses, nothing is announced as saved', () => {
    const fake = fakeController({ mode: 'notice', links: { privacyPolicy: '/privacy' } });
    const root = showBanner(fake);
    expect(buttonNames(root)).toEqual(['OK']);
    expect(getByRole(root, 'link', 'Privacy policy')).toBeTruthy();
    click(getByRole(root, 'button', 'OK'));
    expect(fake.calls).toEqual([{ action: { type: 'dismiss' }, source: 'banner' }]);
    expect(getByRole(root, 'status').textContent).toBe('');
  });

  it('Escape on the banner does nothing', () => {
    const fake = fakeController({ mode: 'opt-in' });
    const root = showBanner(fake);
    const accept = getByRole(root, 'button', 'Accept all');
    accept.focus();
    key(accept, 'Escape');
    expect(fake.calls).toEqual([]);
    expect(queryAllByRole(root, 'region')).toHaveLength(1);
  });

  it('never renders a javascript: link from config', () => {
    const root = showBanner(fakeController({ mode: 'notice', links: { privacyPolicy: 'java\tscript:alert(1)' } }));
    expect(queryAllByRole(root, 'link')).toHaveLength(0);
  });

  it('enumerable junk on Object.prototype adds no attribute or listener to the banner', () => {
    (Object.prototype as Record<string, unknown>).junk = 'x';
    try {
      const root = showBanner(fakeController({ mode: 'opt-in' }));
      expect(root.querySelectorAll('[junk]')).toHaveLength(0);
      expect(buttonNames(root)).toEqual(['Accept all', 'Reject all', 'Preferences']);
    } finally {
      delete (Object.prototype as Record<string, unknown>).junk;
    }
  });
});
