// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UIHandle } from '../page/ui-seam';
import { mountUI } from './mount';
import type { DialogsLoader } from './mount';
import {
  click,
  fakeController,
  getByRole,
  loadedDialogs,
  mountFake,
  queryAllByRole,
} from '../../test-support/ui-controller';

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

  it("sets scroll-padding-bottom from the banner's ResizeObserver (no forced layout) and removes it when hidden", () => {
    const callbacks: (() => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          callbacks.push(callback);
        }
        observe() {}
        disconnect() {}
      },
    );
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
    expect(mounted.root.querySelector('.pc-root')!.getAttribute('dir')).toBe('rtl');
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

describe('the dialogs module, loaded on demand', () => {
  /** A loader that answers when the test says so, counting requests. */
  function deferredLoader() {
    const waiting: { done: Parameters<DialogsLoader>[0]; fail: Parameters<DialogsLoader>[1] }[] = [];
    const load: DialogsLoader = (done, fail) => void waiting.push({ done, fail });
    return { load, waiting };
  }

  it('is not requested for the banner, and loaded when Preferences is clicked; the dialog then shows with focus on its title', () => {
    const loader = deferredLoader();
    const fake = fakeController();
    const mounted = mountFake(fake, loader.load);
    handle = mounted.handle;
    handle.show('banner');
    expect(loader.waiting).toHaveLength(0);
    const preferences = getByRole(mounted.root, 'button', 'Preferences');
    preferences.focus();
    click(preferences);
    expect(loader.waiting).toHaveLength(1);
    expect(queryAllByRole(mounted.root, 'dialog')).toHaveLength(0);
    expect(fake.displayed).toEqual([true]);
    loadedDialogs(loader.waiting[0].done, loader.waiting[0].fail);
    const dialog = getByRole(mounted.root, 'dialog');
    expect(mounted.root.activeElement!.textContent).toBe('Privacy preferences');
    expect(dialog.contains(mounted.root.activeElement)).toBe(true);
    // Its CSS joins the one sheet.
    expect(mounted.root.adoptedStyleSheets).toHaveLength(1);
  });

  it('is warmed when the visitor reaches for Preferences (pointer down or focus), once', () => {
    const loader = deferredLoader();
    const mounted = mountFake(fakeController(), loader.load);
    handle = mounted.handle;
    handle.show('banner');
    const preferences = getByRole(mounted.root, 'button', 'Preferences');
    preferences.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    preferences.dispatchEvent(new Event('focus'));
    click(preferences);
    expect(loader.waiting).toHaveLength(1);
  });

  it('a dialogs module that fails to load is reported, and the banner stays usable and tries again', () => {
    const loader = deferredLoader();
    const fake = fakeController();
    const mounted = mountFake(fake, loader.load);
    handle = mounted.handle;
    handle.show('banner');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      click(getByRole(mounted.root, 'button', 'Preferences'));
      loader.waiting[0].fail(new Error('privacy-choices: failed to load privacy-choices-dialogs.js'));
      expect(error).toHaveBeenCalledTimes(1);
      expect(String(error.mock.calls[0])).toContain('could not load the consent dialogs');
      expect(queryAllByRole(mounted.root, 'dialog')).toHaveLength(0);
      click(getByRole(mounted.root, 'button', 'Reject all'));
      expect(fake.calls).toEqual([{ action: { type: 'decline-all' }, source: 'banner' }]);
      click(getByRole(mounted.root, 'button', 'Preferences'));
      expect(loader.waiting).toHaveLength(2);
    } finally {
      error.mockRestore();
    }
  });

  it('a warm-up that fails says nothing until a dialog is wanted', () => {
    const loader = deferredLoader();
    const mounted = mountFake(fakeController(), loader.load);
    handle = mounted.handle;
    handle.show('banner');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      getByRole(mounted.root, 'button', 'Preferences').dispatchEvent(new Event('focus'));
      loader.waiting[0].fail(new Error('offline'));
      expect(error).not.toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });
});
