// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { UIHandle } from '../page/ui-seam';
import {
  click,
  fakeController,
  getByRole,
  mountFake,
  nextTask,
  queryAllByRole,
} from '../../test-support/ui-controller';

let handle: UIHandle | null = null;
afterEach(() => {
  if (handle) handle.destroy();
  document.body.innerHTML = '';
});

const OPTED_OUT = {
  saleOptOut: true,
  shareOptOut: true,
  decided: true,
  categories: { necessary: true, functional: true, analytics: false, advertising: false },
};

describe('confirm: opting back in takes two steps', () => {
  it('when act answers confirm, asks first; Allow repeats the action with confirmOptIn and the same source', async () => {
    const fake = fakeController({ mode: 'opt-out' }, { state: OPTED_OUT, result: 'confirm' });
    const { handle: h, root } = mountFake(fake);
    handle = h;
    h.show('banner');
    click(getByRole(root, 'button', 'Accept'));
    const dialog = getByRole(root, 'dialog');
    expect(dialog.textContent).toContain(
      'You previously opted out of the sale and sharing of your personal information.',
    );
    expect(dialog.textContent).toContain('Do you want to allow it?');
    expect(root.activeElement!.textContent).toBe('Allow sale and sharing?');
    fake.result = 'done';
    click(getByRole(dialog, 'button', 'Allow sale and sharing'));
    expect(fake.calls).toEqual([
      { action: { type: 'accept-all' }, source: 'banner' },
      { action: { type: 'accept-all', confirmOptIn: true }, source: 'banner' },
    ]);
    await nextTask();
    expect(queryAllByRole(root, 'dialog')).toHaveLength(0);
    expect(queryAllByRole(root, 'region')).toHaveLength(0);
  });

  it('from the preferences: Save that turns a sold category on asks; Keep my opt-out saves the rest with the opt-out kept', async () => {
    const fake = fakeController({ mode: 'opt-out' }, { state: OPTED_OUT, result: 'confirm' });
    const { handle: h, root } = mountFake(fake);
    handle = h;
    h.show('preferences');
    click(getByRole(root, 'switch', 'Analytics'));
    click(getByRole(root, 'button', 'Save choices'));
    expect(getByRole(root, 'dialog').textContent).toContain('Allow sale and sharing');
    fake.result = 'done'; // core applies a kept opt-out without asking again
    click(getByRole(root, 'button', 'Keep my opt-out'));
    expect(fake.calls).toHaveLength(2);
    expect(fake.calls[1]).toEqual({ action: { ...fake.calls[0].action, keepOptOut: true }, source: 'preferences' });
    await nextTask();
    expect(queryAllByRole(root, 'dialog')).toHaveLength(0);
  });

  it("show('confirm') from core, after GPC: names the signal and acts with the given source", () => {
    const fake = fakeController({ mode: 'opt-out' }, { state: { ...OPTED_OUT, gpc: true } });
    const { handle: h, root } = mountFake(fake);
    handle = h;
    h.show('confirm', null, { type: 'set', choices: { analytics: true } }, 'link');
    expect(getByRole(root, 'dialog').textContent).toContain(
      'Your browser sent a Global Privacy Control signal, which we honored as an opt-out of the sale and sharing.',
    );
    click(getByRole(root, 'button', 'Allow sale and sharing'));
    expect(fake.calls).toEqual([
      { action: { type: 'set', choices: { analytics: true }, confirmOptIn: true }, source: 'link' },
    ]);
  });
});

describe('do-not-sell dialog', () => {
  const config = {
    mode: 'opt-out' as const,
    links: { doNotSellRequest: 'mailto:privacy@example.com', privacyPolicy: 'https://example.com/privacy' },
  };

  it('opts out of sale and sharing in one click, with source link', async () => {
    const fake = fakeController(config);
    const { handle: h, root } = mountFake(fake);
    handle = h;
    h.show('do-not-sell');
    const dialog = getByRole(root, 'dialog');
    expect(root.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).toBe(
      'Do Not Sell or Share My Personal Information',
    );
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    click(getByRole(dialog, 'button', 'Opt out of sale and sharing'));
    expect(fake.calls).toEqual([{ action: { type: 'opt-out' }, source: 'link' }]);
    await nextTask();
    expect(queryAllByRole(root, 'dialog')).toHaveLength(0);
    expect(fake.displayed).toEqual([true, false]);
  });

  it('uses the source given to show()', () => {
    const fake = fakeController(config);
    const { handle: h, root } = mountFake(fake);
    handle = h;
    h.show('do-not-sell', null, undefined, 'api');
    click(getByRole(root, 'button', 'Opt out of sale and sharing'));
    expect(fake.calls[0].source).toBe('api');
  });

  it('links: other sales request, vendors of sold/shared categories, preferences', () => {
    const fake = fakeController(config);
    const { handle: h, root } = mountFake(fake);
    handle = h;
    h.show('do-not-sell');
    const dialog = getByRole(root, 'dialog');
    expect(getByRole(dialog, 'link', 'Other ways to opt out').getAttribute('href')).toBe('mailto:privacy@example.com');
    expect(getByRole(dialog, 'link', 'Opt out at Google Analytics')).toBeTruthy();
    expect(getByRole(dialog, 'link', 'Opt out at NAI')).toBeTruthy();
    click(getByRole(dialog, 'button', 'All cookie preferences'));
    expect(getByRole(root, 'dialog').textContent).toContain('Privacy preferences');
    expect(fake.calls).toEqual([]);
  });

  it('shows the opt-out in force (GPC): Opt-Out Request Honored', () => {
    const fake = fakeController(config, { state: { ...OPTED_OUT, gpc: true } });
    const { handle: h, root } = mountFake(fake);
    handle = h;
    h.show('do-not-sell');
    const status = queryAllByRole(getByRole(root, 'dialog'), 'status')[0];
    expect(status.textContent).toContain('Opt-Out Request Honored');
  });

  it('shows a plain opt-out as opted out', () => {
    const fake = fakeController(config, { state: OPTED_OUT });
    const { handle: h, root } = mountFake(fake);
    handle = h;
    h.show('do-not-sell');
    expect(getByRole(root, 'dialog').textContent).toContain(
      'You have opted out of the sale and sharing of your personal information.',
    );
  });
});
