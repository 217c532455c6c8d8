// reset() ("Forget choice & reload" in the demo) reaches the site's other open tabs, as a choice
// does: they forget the choice without a reload, show the banner again, and their state matches
// the now empty cookie; the tab that made the choice too, although it keeps a copy of what it
// wrote for browsers that drop cookies.
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/suite';
import { watchErrors } from '../support/browser';
import { eventVisitor, getState, ran, settle, uiButton } from '../support/flow';
import { gatedInline } from '../support/tags';
import { choiceCookie } from '../support/choice-cookie';
import { BASE_CONFIG, sitePage } from '../support/pages';
import type { Config } from '../../../packages/sdk/src/core/types';

const suite = browserSuite();

const OPT_IN: Config = { ...BASE_CONFIG, mode: 'opt-in' };

/** Two tabs of one visitor (one cookie jar) on the same page, both settled, errors watched. */
async function twoTabs(path: string, page: string) {
  suite.server.route(path, page);
  suite.context = await eventVisitor(suite.browser);
  const a = await suite.context.newPage();
  const b = await suite.context.newPage();
  const errors = [a, b].map(watchErrors);
  await a.goto(suite.server.origin + path);
  await b.goto(suite.server.origin + path);
  await Promise.all([settle(a), settle(b)]);
  return { a, b, errors };
}

describe('reset() in one tab', () => {
  it('opt-in: Accept all in tab A → tab B allowed; reset() in A → B undecided, everything off, banner shown, no reload', async () => {
    const { a, b, errors } = await twoTabs(
      '/tabs-reset/a',
      sitePage({ config: OPT_IN, body: gatedInline('analytics', 'analytics') }),
    );
    await b.evaluate(() => ((window as any).__sameDocument = true));

    await a.bringToFront();
    await uiButton(a, 'Accept all').click();
    await expect.poll(async () => (await getState(b)).categories.analytics).toBe(true);
    await expect.poll(() => ran(b)).toEqual(['analytics']);
    await uiButton(b, 'Accept all').waitFor({ state: 'hidden' });

    await a.evaluate(() => (window as any).PrivacyChoices.reset());
    await expect.poll(async () => (await getState(b)).decided).toBe(false);
    expect(await getState(b)).toMatchObject({
      decided: false,
      source: 'default',
      decidedAt: null,
      categories: { analytics: false, advertising: false },
    });
    await uiButton(b, 'Accept all').waitFor({ state: 'visible' });
    expect(await choiceCookie(suite.context!)).toBeUndefined();
    // Tab B was told, not reloaded.
    expect(await b.evaluate(() => (window as any).__sameDocument)).toBe(true);
    expect(errors.flat()).toEqual([]);
  });

  it('opt-out: Decline in A → B declined; reset() in A → B back to the defaults (on, undecided) with its banner', async () => {
    const { a, b } = await twoTabs('/tabs-reset/b', sitePage({ config: BASE_CONFIG }));
    await a.bringToFront();
    await uiButton(a, 'Decline').click();
    await expect.poll(async () => (await getState(b)).categories.analytics).toBe(false);
    await a.evaluate(() => (window as any).PrivacyChoices.reset());
    await expect.poll(async () => (await getState(b)).categories.analytics).toBe(true);
    expect((await getState(b)).decided).toBe(false);
    await uiButton(b, 'Decline').waitFor({ state: 'visible' });
  });

  it('opt-in: Accept all in tab B, reset() in A → B, the tab that chose, forgets it too: nothing more runs there', async () => {
    const { a, b, errors } = await twoTabs('/tabs-reset/c', sitePage({ config: OPT_IN }));
    await uiButton(b, 'Accept all').click();
    await expect.poll(async () => (await getState(a)).decided).toBe(true);
    await a.evaluate(() => (window as any).PrivacyChoices.reset());
    await expect.poll(async () => (await getState(b)).decided).toBe(false);
    expect((await getState(b)).categories).toEqual({ necessary: true, analytics: false, advertising: false });
    await uiButton(b, 'Accept all').waitFor({ state: 'visible' });
    // A tag the page adds now stays blocked in B.
    await b.evaluate(() => {
      const tag = document.createElement('script');
      tag.type = 'text/plain';
      tag.setAttribute('data-category', 'analytics');
      tag.text = '(window.__ran = window.__ran || []).push("late")';
      document.body.appendChild(tag);
    });
    await settle(b);
    expect(await ran(b)).toEqual([]);
    expect(await choiceCookie(suite.context!)).toBeUndefined();
    expect(errors.flat()).toEqual([]);
  });
});
