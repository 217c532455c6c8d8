// 400 % zoom on a 1280×1024 screen = a 320×256 CSS px viewport (WCAG 1.4.10 Reflow, 2.4.11 Focus
// Not Obscured, 2.4.7 Focus Visible). The preferences dialog's action bar must not cover its title or the control that
// has focus: every control reached by Tab is fully visible and is what is on top at its centre.
// The same for the banner; and both are axe-clean at that size.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/suite';
import { axeSeriousViolations, watchErrors } from '../support/browser';
import { eventVisitor, uiButton, uiDialog, waitForReady } from '../support/flow';
import { BASE_CONFIG, sitePage } from '../support/pages';
import type { Config } from '../../../packages/sdk/src/core/types';

const suite = browserSuite();

const CONFIG: Config = {
  ...BASE_CONFIG,
  categories: [
    { id: 'necessary', label: 'Strictly necessary', necessary: true, description: 'Needed for the site to work.' },
    { id: 'functional', label: 'Functional', description: 'Remembers your settings.' },
    { ...BASE_CONFIG.categories[1], description: 'Counts visits.' },
    { ...BASE_CONFIG.categories[2], vendors: [{ name: 'NAI', optOutUrl: 'https://optout.networkadvertising.org/' }] },
  ],
};

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  suite.server.route(path, sitePage({ config: CONFIG }));
  suite.context = await eventVisitor(suite.browser, { viewport: { width: 320, height: 256 } });
  const page = await suite.context.newPage();
  const errors = watchErrors(page);
  await page.goto(suite.server.origin + path);
  await waitForReady(page);
  return { page, errors };
}

/** The focused UI element: its name, whether it lies inside the viewport, and whether it is the
 *  topmost element at its centre (not under a sticky bar or anything else). */
const focusedInUi = (page: Page) =>
  page.evaluate(() => {
    const host = document.getElementById('privacy-choices-ui')!;
    if (document.activeElement !== host) return null;
    const root = host.shadowRoot!;
    const el = root.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      name: (el.getAttribute('aria-label') || el.textContent || el.getAttribute('aria-labelledby') || '')
        .trim()
        .slice(0, 40),
      inViewport: r.top >= -0.5 && r.left >= -0.5 && r.bottom <= innerHeight + 0.5 && r.right <= innerWidth + 0.5,
      onTop: !!hit && (hit === el || el.contains(hit)),
      // The focus indicator (2.4.7): a ring of at least 2 px.
      ring: getComputedStyle(el).outlineStyle !== 'none' && parseFloat(getComputedStyle(el).outlineWidth) >= 2,
      box: `${r.top.toFixed(0)}…${r.bottom.toFixed(0)}`,
    };
  });

const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('320×256 (400 % zoom)', () => {
  it('preferences dialog: the title is visible on open; every control reached by Tab is fully visible and on top', async () => {
    const { page, errors } = await open('/small/prefs');
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    await page.focus('#prefs');
    await page.keyboard.press('Enter');
    await uiDialog(page).waitFor({ state: 'visible' });
    await frames(page);
    // Focus starts on the title, which nothing covers.
    const title = await focusedInUi(page);
    expect(title, 'focus in the dialog').not.toBeNull();
    expect(title!.name).toBe('Privacy preferences');
    expect(title, JSON.stringify(title)).toMatchObject({ inViewport: true, onTop: true });

    const seen = new Set<string>();
    const problems: string[] = [];
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      await frames(page);
      const f = await focusedInUi(page);
      expect(f, `Tab #${i + 1} left the UI`).not.toBeNull();
      seen.add(f!.name);
      if (!f!.inViewport || !f!.onTop || !f!.ring)
        problems.push(`${f!.name} at y=${f!.box} (inViewport ${f!.inViewport}, onTop ${f!.onTop}, ring ${f!.ring})`);
    }
    // The walk went through the switches and the action bar.
    expect([...seen]).toEqual(expect.arrayContaining(['Close', 'Accept all', 'Decline all', 'Save choices']));
    expect([...seen].some((name) => name.startsWith('pc-c'))).toBe(true); // switches (named by aria-labelledby)
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('preferences dialog: axe-clean at 320×256', async () => {
    const { page } = await open('/small/prefs-axe');
    await page.click('#prefs');
    await uiDialog(page).waitFor({ state: 'visible' });
    const violations = await axeSeriousViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
  });

  it('banner: axe-clean, and each of its controls reached by Tab is fully visible and on top', async () => {
    const { page } = await open('/small/banner');
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    const violations = await axeSeriousViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    const seen: string[] = [];
    const problems: string[] = [];
    for (let i = 0; i < 12 && seen.length < 5; i++) {
      await page.keyboard.press('Tab');
      await frames(page);
      const f = await focusedInUi(page);
      if (!f) continue;
      seen.push(f.name);
      if (!f.inViewport || !f.onTop || !f.ring) problems.push(`${f.name} at y=${f.box} (ring ${f.ring})`);
    }
    expect(seen).toEqual(expect.arrayContaining(['Accept', 'Decline', 'Preferences']));
    expect(problems).toEqual([]);
  });
});

describe('phone whose page is wider than the screen (a long unbroken URL)', () => {
  for (const layout of ['bar', 'box'] as const) {
    it(`${layout}: the banner and each of its buttons stay on the 375 px screen, not the page's width`, async () => {
      const url = 'https://example.com/' + 'averyveryverylongpathsegment'.repeat(8);
      suite.server.route(
        `/small/wide-${layout}`,
        sitePage({ config: { ...CONFIG, theme: { layout } }, body: `<p>${url}</p>` }),
      );
      suite.context = await eventVisitor(suite.browser, {
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      });
      const page = await suite.context.newPage();
      await page.goto(suite.server.origin + `/small/wide-${layout}`);
      await uiButton(page, 'Accept').waitFor({ state: 'visible' });
      const l = await page.evaluate(() => {
        const root = document.getElementById('privacy-choices-ui')!.shadowRoot!;
        const rights = (Array.from(root.querySelectorAll('.bn, .bn button')) as HTMLElement[]).map(
          (e) => e.getBoundingClientRect().right,
        );
        return {
          pageWidth: document.documentElement.scrollWidth,
          screen: visualViewport!.width,
          left: root.querySelector('.bn')!.getBoundingClientRect().left,
          rights,
        };
      });
      // The scenario is live: the page really is wider than the screen.
      expect(l.pageWidth).toBeGreaterThan(l.screen + 100);
      expect(l.left).toBeGreaterThanOrEqual(0);
      expect(Math.max(...l.rights)).toBeLessThanOrEqual(l.screen + 0.5);
    });
  }
});
