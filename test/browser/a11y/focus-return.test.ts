// Where keyboard focus goes when the consent UI opens and closes, on the built bundle:
// - a banner opened by an action (Concord's "click here to prompt our cookie banner to reappear")
//   takes focus, so its buttons are the next Tab stops, not the whole page;
// - after a decision made in UI that something opened (the reopened banner, preferences or the
//   confirmation opened from it or from the footer), focus returns to that opener, never <body>;
// - a first visit is unchanged: no focus taken on load, and after the choice the next Tab reaches
//   the page's first control.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/suite';
import { watchErrors } from '../support/browser';
import { eventVisitor, getState, settle, uiButton, uiDialog, waitForReady } from '../support/flow';
import { BASE_CONFIG, sitePage } from '../support/pages';
import type { Config } from '../../../packages/sdk/src/core/types';

const suite = browserSuite();

// A page with controls of its own before the footer, as real pages have (the issue: the banner's
// buttons came 9 Tabs after the reopen link).
const BODY =
  '<nav>' + Array.from({ length: 8 }, (_, i) => `<a href="#n${i}" id="n${i}">Section ${i}</a> `).join('') + '</nav>';

async function open(path: string, config: Config = BASE_CONFIG): Promise<{ page: Page; errors: string[] }> {
  suite.server.route(path, sitePage({ config, body: BODY }));
  suite.context = await eventVisitor(suite.browser);
  const page = await suite.context.newPage();
  const errors = watchErrors(page);
  await page.goto(suite.server.origin + path);
  await waitForReady(page);
  return { page, errors };
}

interface Focus {
  where: 'body' | 'page' | 'banner' | 'dialog' | 'ui';
  id?: string;
  label?: string;
  tag?: string;
}

/** Enter on the focused Preferences button, then "Save choices" by keyboard: dialog and banner close. */
async function saveFromPreferencesByKeyboard(page: Page) {
  await page.keyboard.press('Enter');
  await uiDialog(page).waitFor({ state: 'visible' });
  await tabTo(page, 'Save choices');
  await page.keyboard.press('Enter');
  await uiDialog(page).waitFor({ state: 'hidden' });
  await uiButton(page, 'Accept').waitFor({ state: 'hidden' });
}

const focusOf = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const el = document.activeElement;
    const host = document.getElementById('privacy-choices-ui');
    if (!el || el === document.body) return { where: 'body' as const };
    if (el !== host) return { where: 'page' as const, id: el.id };
    const inner = host.shadowRoot!.activeElement as HTMLElement | null;
    const where = !inner ? 'ui' : inner.closest('dialog') ? 'dialog' : inner.closest('.bn') ? 'banner' : 'ui';
    return {
      where: where as Focus['where'],
      label: inner ? (inner.getAttribute('aria-label') || inner.textContent || '').trim() : '',
      tag: inner?.tagName,
    };
  });

/** Presses Tab until a UI button with this name has focus; returns how many presses it took. */
async function tabTo(page: Page, label: string, max = 20): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    const f = await focusOf(page);
    if ((f.where === 'banner' || f.where === 'dialog') && f.label === label) return presses;
  }
  throw new Error(`"${label}" not reached in ${max} Tab presses; focus: ${JSON.stringify(await focusOf(page))}`);
}

/** A keyboard visitor decides on the first visit, then comes back to the banner by the footer link. */
async function reopenByKeyboard(page: Page) {
  await uiButton(page, 'Accept').waitFor({ state: 'visible' });
  await page.evaluate(() => (window as any).PrivacyChoices.acceptAll());
  await uiButton(page, 'Accept').waitFor({ state: 'hidden' });
  await page.focus('#reopen');
  await page.keyboard.press('Enter');
  await uiButton(page, 'Accept').waitFor({ state: 'visible' });
}

describe('a banner opened by an action takes focus and gives it back', () => {
  it("Enter on the footer's reopen link: focus moves into the banner (its heading), its buttons are the next Tab stops", async () => {
    const { page, errors } = await open('/focus/reopen');
    await reopenByKeyboard(page);
    await expect.poll(() => focusOf(page)).toMatchObject({ where: 'banner', tag: 'H2' });
    // Heading → privacy policy link → Accept.
    expect(await tabTo(page, 'Accept')).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
  });

  it('a decision in the reopened banner returns focus to the reopen link (not <body>)', async () => {
    const { page } = await open('/focus/reopen-decide');
    await reopenByKeyboard(page);
    await tabTo(page, 'Decline');
    await page.keyboard.press('Enter');
    await uiButton(page, 'Decline').waitFor({ state: 'hidden' });
    await expect.poll(() => focusOf(page)).toMatchObject({ where: 'page', id: 'reopen' });
    expect((await getState(page)).categories.analytics).toBe(false);
    // The next Tab continues from there in the footer, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toMatchObject({ where: 'page', id: 'prefs' });
  });

  it("reopened banner → Preferences → Escape: back on the banner's Preferences button; → Save choices: back on the reopen link", async () => {
    const { page } = await open('/focus/reopen-prefs');
    await reopenByKeyboard(page);
    await tabTo(page, 'Preferences');
    await page.keyboard.press('Enter');
    await uiDialog(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await uiDialog(page).waitFor({ state: 'hidden' });
    expect(await focusOf(page)).toMatchObject({ where: 'banner', label: 'Preferences' });
    await saveFromPreferencesByKeyboard(page);
    await expect.poll(() => focusOf(page)).toMatchObject({ where: 'page', id: 'reopen' });
  });

  it('the confirmation step opened from the reopened banner: after "Allow", focus returns to the reopen link', async () => {
    const { page } = await open('/focus/confirm');
    await uiButton(page, 'Decline').click(); // an opt-out: opting back in then needs a confirmation
    await uiButton(page, 'Decline').waitFor({ state: 'hidden' });
    await page.focus('#reopen');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Accept');
    await page.keyboard.press('Enter');
    await uiButton(page, 'Allow sale and sharing').waitFor({ state: 'visible' });
    await tabTo(page, 'Allow sale and sharing');
    await page.keyboard.press('Enter');
    await uiDialog(page).waitFor({ state: 'hidden' });
    await expect.poll(async () => (await getState(page)).categories.analytics).toBe(true);
    await expect.poll(() => focusOf(page)).toMatchObject({ where: 'page', id: 'reopen' });
  });

  it('preferences opened from the footer: "Decline all" returns focus to the footer link', async () => {
    const { page } = await open('/focus/footer-decline');
    await page.focus('#prefs');
    await page.keyboard.press('Enter');
    await uiDialog(page).waitFor({ state: 'visible' });
    await tabTo(page, 'Decline all');
    await page.keyboard.press('Enter');
    await uiDialog(page).waitFor({ state: 'hidden' });
    await expect.poll(() => focusOf(page)).toMatchObject({ where: 'page', id: 'prefs' });
  });

  it('a page button calling PrivacyChoices.open(): focus into the banner, back to the button after the choice', async () => {
    const { page } = await open('/focus/api', { ...BASE_CONFIG, mode: 'opt-in' });
    await page.evaluate(() => {
      const w = window as any;
      w.PrivacyChoices.declineAll();
      const b = document.createElement('button');
      b.id = 'api';
      b.textContent = 'Cookie choices';
      b.onclick = () => w.PrivacyChoices.open();
      document.querySelector('main')!.appendChild(b);
    });
    await page.focus('#api');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusOf(page)).toMatchObject({ where: 'banner', tag: 'H2' });
    await tabTo(page, 'Accept all');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusOf(page)).toMatchObject({ where: 'page', id: 'api' });
  });
});

describe('first visit: unchanged', () => {
  it("the banner takes no focus on load; after a keyboard choice, the next Tab reaches the page's first control", async () => {
    const { page } = await open('/focus/first');
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    await settle(page, 300);
    expect(await focusOf(page)).toEqual({ where: 'body' });
    // The banner is first in the tab order.
    expect(await tabTo(page, 'Accept')).toBeLessThanOrEqual(2);
    await page.keyboard.press('Enter');
    await uiButton(page, 'Accept').waitFor({ state: 'hidden' });
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toMatchObject({ where: 'page', id: 'n0' });
  });

  it("first-visit banner → Preferences → Save choices: the next Tab reaches the page's first control", async () => {
    const { page } = await open('/focus/first-prefs');
    await tabTo(page, 'Preferences');
    await saveFromPreferencesByKeyboard(page);
    await page.keyboard.press('Tab');
    expect(await focusOf(page)).toMatchObject({ where: 'page', id: 'n0' });
  });

  it("a visitor who moved on into the page keeps their place when another tab's choice closes the banner", async () => {
    const { page } = await open('/focus/elsewhere');
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    await page.focus('#n3');
    // Same cookie jar, another tab decides.
    const other = await suite.context!.newPage();
    await other.goto(suite.server.origin + '/focus/elsewhere');
    await uiButton(other, 'Decline').click();
    await expect.poll(async () => (await getState(page)).decided).toBe(true);
    await uiButton(page, 'Accept').waitFor({ state: 'hidden' });
    expect(await focusOf(page)).toMatchObject({ where: 'page', id: 'n3' });
  });
});
