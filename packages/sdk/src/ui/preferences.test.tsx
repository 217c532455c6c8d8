// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { UIHandle } from '../page/ui-seam';
import type { Config } from '../core/types';
import {
  click,
  fakeController,
  getByRole,
  key,
  mountFake,
  nameOf,
  nextTask,
  queryAllByRole,
  type FakeOptions,
} from '../../test-support/ui-controller';

let handle: UIHandle | null = null;
afterEach(() => {
  if (handle) handle.destroy();
  document.body.innerHTML = '';
});

function openPreferences(config: Partial<Config> = {}, options: FakeOptions = {}, opener?: HTMLElement) {
  const fake = fakeController(config, options);
  const mounted = mountFake(fake);
  handle = mounted.handle;
  handle.show('preferences', opener);
  return { fake, root: mounted.root, dialog: getByRole(mounted.root, 'dialog') };
}

const switches = (root: ParentNode) =>
  queryAllByRole(root, 'switch').map((s) => [
    nameOf(s),
    s.getAttribute('aria-checked'),
    (s as HTMLButtonElement).disabled,
  ]);

describe('preferences dialog', () => {
  it('is a labelled modal dialog; focus moves to its title', () => {
    const { root, dialog } = openPreferences();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.hasAttribute('open')).toBe(true);
    const title = root.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Privacy preferences');
    expect(root.activeElement).toBe(title);
    expect(getByRole(dialog, 'button', 'Close').textContent).toBe('✕');
  });

  it('one switch per category, named by its label; necessary locked on; opt-in starts off', () => {
    const { dialog } = openPreferences({ mode: 'opt-in' });
    expect(switches(dialog)).toEqual([
      ['Strictly necessary', 'true', true],
      ['Functional', 'false', false],
      ['Analytics', 'false', false],
      ['Advertising', 'false', false],
    ]);
    expect(dialog.textContent).toContain('Always on');
    expect(dialog.textContent).toContain('Sold to third parties');
    expect(dialog.textContent).toContain('Used for cross-context behavioural advertising (sharing)');
    expect(dialog.textContent).toContain('_gid, _ga…');
  });

  it("shows the visitor's consent id, to quote to the site, once there is one", () => {
    const { dialog } = openPreferences({}, { state: { id: 'k3x9q2m7pa' } });
    const line = Array.from(dialog.querySelectorAll('p')).find((p) => p.textContent!.includes('k3x9q2m7pa'))!;
    expect(line.textContent).toBe('Your consent ID: k3x9q2m7pa');
    handle!.destroy();
    handle = null;
    document.body.innerHTML = '';
    const fresh = openPreferences({}, { state: { id: null } });
    expect(fresh.dialog.textContent).not.toContain('consent ID');
  });

  it('switches start from the current state (opt-out mode: on)', () => {
    const { dialog } = openPreferences({ mode: 'opt-out' });
    expect(switches(dialog).map((s) => s[1])).toEqual(['true', 'true', 'true', 'true']);
  });

  it('vendors are listed with opt-out and privacy links in a new tab', () => {
    const { dialog } = openPreferences();
    const optOut = getByRole(dialog, 'link', 'Opt out at Google Analytics');
    expect(optOut.getAttribute('href')).toBe('https://tools.google.com/dlpage/gaoptout');
    expect(optOut.getAttribute('target')).toBe('_blank');
    expect(optOut.getAttribute('rel')).toBe('noopener');
    expect(getByRole(dialog, 'link', 'Google Analytics privacy policy').getAttribute('href')).toBe(
      'https://policies.google.com/privacy',
    );
    expect(getByRole(dialog, 'link', 'Opt out at NAI')).toBeTruthy();
  });

  it('toggling flips aria-checked; Save sends set with the toggled values', async () => {
    const { fake, root, dialog } = openPreferences({ mode: 'opt-in' });
    click(getByRole(dialog, 'switch', 'Analytics'));
    click(getByRole(dialog, 'switch', 'Functional'));
    click(getByRole(dialog, 'switch', 'Functional'));
    click(getByRole(dialog, 'switch', 'Strictly necessary')); // disabled: no effect
    expect(switches(dialog).map((s) => s[1])).toEqual(['true', 'false', 'true', 'false']);
    click(getByRole(dialog, 'button', 'Save choices'));
    expect(fake.calls).toEqual([
      {
        action: { type: 'set', choices: { functional: false, analytics: true, advertising: false } },
        source: 'preferences',
      },
    ]);
    await nextTask();
    expect(queryAllByRole(root, 'dialog')).toHaveLength(0);
    expect(getByRole(root, 'status').textContent).toBe('Choices saved');
    expect(fake.displayed).toEqual([true, false]);
  });

  it('footer: Accept all, Reject all, Save choices, all the same element and class', () => {
    const { fake, dialog } = openPreferences({ mode: 'opt-in' });
    const footer = queryAllByRole(dialog, 'button').filter((b) => b.className === 'pc-button');
    expect(footer.map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Save choices']);
    click(footer[0]);
    expect(fake.calls).toEqual([{ action: { type: 'accept-all' }, source: 'preferences' }]);
  });

  it('opt-out mode: the footer says Decline all (decline-all)', () => {
    const { fake, dialog } = openPreferences({ mode: 'opt-out' });
    click(getByRole(dialog, 'button', 'Decline all'));
    expect(fake.calls).toEqual([{ action: { type: 'decline-all' }, source: 'preferences' }]);
  });

  it('Save after Preferences from the banner also hides the banner', async () => {
    const fake = fakeController({ mode: 'opt-in' });
    const { handle: h, root } = mountFake(fake);
    handle = h;
    h.show('banner');
    click(getByRole(root, 'button', 'Preferences'));
    click(getByRole(root, 'button', 'Save choices'));
    await nextTask();
    expect(queryAllByRole(root, 'region')).toHaveLength(0);
    expect(queryAllByRole(root, 'dialog')).toHaveLength(0);
  });

  it('Escape closes without recording anything; focus returns to the opener', () => {
    const opener = document.createElement('button');
    document.body.appendChild(opener);
    const { fake, root, dialog } = openPreferences({}, {}, opener);
    key(root.activeElement!, 'Escape');
    expect(queryAllByRole(root, 'dialog')).toHaveLength(0);
    expect(fake.calls).toEqual([]);
    expect(document.activeElement).toBe(opener);
    expect(dialog.isConnected).toBe(false);
  });

  it('the close button closes; focus returns to the banner button that opened it', () => {
    const fake = fakeController();
    const { handle: h, root } = mountFake(fake);
    handle = h;
    h.show('banner');
    const preferences = getByRole(root, 'button', 'Preferences');
    click(preferences);
    click(getByRole(root, 'button', 'Close'));
    expect(queryAllByRole(root, 'dialog')).toHaveLength(0);
    expect(root.activeElement).toBe(preferences);
  });

  it('Tab and Shift+Tab wrap inside the dialog', () => {
    const { root, dialog } = openPreferences();
    const tabbable = dialog.querySelectorAll<HTMLElement>('button:not([disabled]),a[href]');
    const first = tabbable[0];
    const last = tabbable[tabbable.length - 1];
    expect(nameOf(first)).toBe('Close');
    expect(nameOf(last)).toBe('Save choices');
    key(root.activeElement!, 'Tab', true); // from the title
    expect(root.activeElement).toBe(last);
    key(last, 'Tab');
    expect(root.activeElement).toBe(first);
    key(first, 'Tab', true);
    expect(root.activeElement).toBe(last);
  });

  it('GPC: "Opt-Out Request Honored" in a status region, sale/share switches off', () => {
    const { dialog } = openPreferences(
      { mode: 'opt-out' },
      {
        state: {
          gpc: true,
          saleOptOut: true,
          shareOptOut: true,
          decided: true,
          categories: { necessary: true, functional: true, analytics: false, advertising: false },
        },
      },
    );
    const status = queryAllByRole(dialog, 'status').find((s) => s.textContent);
    expect(status!.textContent).toContain('Opt-Out Request Honored');
    expect(status!.textContent).toContain('Global Privacy Control');
    expect(switches(dialog).map((s) => s[1])).toEqual(['true', 'true', 'false', 'false']);
  });

  it('GPC with an opt-in confirmed over it: an opt-out of sharing is the visitor’s own, not the signal honoured', () => {
    // Sale goes on (analytics) with GPC present: "we honored it as an opt-out of sale and sharing"
    // would be untrue.
    const { dialog } = openPreferences(
      { mode: 'opt-out' },
      {
        state: {
          gpc: true,
          saleOptOut: false,
          shareOptOut: true,
          decided: true,
          categories: { necessary: true, functional: true, analytics: true, advertising: false },
        },
      },
    );
    const status = queryAllByRole(dialog, 'status').find((s) => s.textContent);
    expect(status!.textContent).not.toContain('Global Privacy Control');
    expect(status!.textContent).toContain('You have opted out of the sharing of your personal information.');
  });

  it('no opt-out status without an opt-out', () => {
    const { dialog } = openPreferences({ mode: 'opt-out' });
    expect(dialog.textContent).not.toContain('Opt-Out Request Honored');
  });

  it('re-renders on a change from elsewhere, keeping the visitor’s own toggles', () => {
    const { fake, dialog } = openPreferences({ mode: 'opt-in' });
    click(getByRole(dialog, 'switch', 'Functional'));
    fake.change({
      decided: true,
      categories: { necessary: true, functional: false, analytics: true, advertising: true },
    });
    expect(switches(dialog).map((s) => s[1])).toEqual(['true', 'true', 'true', 'true']);
  });
});
