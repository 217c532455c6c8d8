// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UIHandle } from '../page/ui-seam';
import { mountUI } from './mount';
import { click, fakeController, getByRole, mountFake, queryAllByRole } from './test-controller';

let handle: UIHandle | null = null;
afterEach(() => {
  if (handle) handle.destroy();
  document.documentElement.removeAttribute('dir');
});

const scrollPadding = () => document.documentElement.style.getPropertyValue('scroll-padding-bottom');

describe('mounting', () => {
  it('an open shadow root on #privacy-choices-ui, styled by an adopted sheet, no <style> or style attributes', () => {
    const fake = fakeController();
    const mounted = mountFake(fake);
    handle = mounted.handle;
    handle.show('banner');
    handle.show('preferences');
    const host = document.getElementById('privacy-choices-ui')!;
    expect(host.parentNode).toBe(document.body);
    expect(host.shadowRoot!.mode).toBe('open');
    expect(host.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
    expect(host.shadowRoot!.querySelectorAll('style,[style]')).toHaveLength(0);
    expect(host.hasAttribute('style')).toBe(false);
  });

  it('sets scroll-padding-bottom from the banner\'s ResizeObserver (no forced layout) and removes it when hidden', () => {
    const callbacks: (() => void)[] = [];
    vi.stubGlobal('ResizeObserver', class {
      constructor(callback: () => void) {
        callbacks.push(callback);
      }
      observe() {}
      disconnect() {}
    });
    try {
      const mounted = mountFake(fakeController());
      handle = mounted.handle;
      handle.show('banner');
      expect(scrollPadding()).toBe(''); // nothing measured while the script runs
      expect(callbacks).toHaveLength(1);
      callbacks[0](); // the observer's first call, after layout
      expect(scrollPadding()).toMatch(/px$/);
      handle.hide();
      expect(scrollPadding()).toBe('');
      expect(queryAllByRole(mounted.root, 'region')).toHaveLength(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('without ResizeObserver, measures the banner once when it shows', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    try {
      handle = mountFake(fakeController()).handle;
      handle.show('banner');
      expect(scrollPadding()).toMatch(/px$/);
      handle.hide();
      expect(scrollPadding()).toBe('');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('hides the banner when the state becomes decided elsewhere', () => {
    const fake = fakeController();
    const mounted = mountFake(fake);
    handle = mounted.handle;
    handle.show('banner');
    fake.change({ decided: true });
    expect(queryAllByRole(mounted.root, 'region')).toHaveLength(0);
    expect(fake.displayed).toEqual([true, false]);
  });

  it('destroy removes the host, the scroll padding and reports nothing displayed', () => {
    const fake = fakeController();
    handle = mountFake(fake).handle;
    handle.show('banner');
    handle.destroy();
    expect(document.getElementById('privacy-choices-ui')).toBeNull();
    expect(scrollPadding()).toBe('');
    expect(fake.displayed).toEqual([true, false]);
    handle.show('banner'); // after destroy: nothing
    expect(document.getElementById('privacy-choices-ui')).toBeNull();
    handle = null;
  });

  it('a choice whose close is still pending when the UI is destroyed closes nothing and sets no timer', () => {
    vi.useFakeTimers();
    try {
      const fake = fakeController();
      const { handle: h, root } = mountFake(fake);
      h.show('banner');
      click(getByRole(root, 'button', 'Reject all'));
      expect(fake.calls).toHaveLength(1); // stored at once
      h.destroy();
      vi.runOnlyPendingTimers(); // the deferred close
      expect(vi.getTimerCount()).toBe(0); // no "Choices saved" timer left behind
      expect(fake.displayed).toEqual([true, false]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('right-to-left pages get dir=rtl on the UI root', () => {
    document.documentElement.dir = 'rtl';
    const mounted = mountFake(fakeController());
    handle = mounted.handle;
    handle.show('banner');
    expect(mounted.root.querySelector('.pc')!.getAttribute('dir')).toBe('rtl');
  });

  it('waits for DOMContentLoaded when there is no body yet', () => {
    const body = document.body;
    body.remove();
    const fake = fakeController();
    handle = mountUI(fake.controller);
    handle.show('banner');
    expect(document.getElementById('privacy-choices-ui')).toBeNull();
    document.documentElement.appendChild(body);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    const root = document.getElementById('privacy-choices-ui')!.shadowRoot!;
    expect(getByRole(root, 'region', 'Cookie consent')).toBeTruthy();
    expect(fake.displayed).toEqual([true]);
  });
});
