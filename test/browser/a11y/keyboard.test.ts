// Keyboard and screen-reader behaviour of the consent UI on the built bundle (WAI-ARIA APG, WCAG 2.2 AA):
// APG modal dialog (role, name, aria-modal, focus in, Tab wraps, Escape closes, focus returns to
// the footer link), the non-modal banner (labelled region, no focus stealing), switches (role,
// state, name), target size (2.5.8), Focus Not Obscured (2.4.11), Reflow / Resize text (1.4.10,
// 1.4.4) and status messages (4.1.3).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settle, uiButton, uiDialog, uiHost, waitForReady } from '../support/flow';
import { BASE_CONFIG, sitePage, type PageOptions } from '../support/pages';
import type { Config } from '../../../packages/sdk/src/core/types';
import { browserSuite } from '../support/suite';

const suite = browserSuite();

const CONFIG: Config = {
  ...BASE_CONFIG,
  categories: [
    ...BASE_CONFIG.categories.slice(0, 2),
    {
      ...BASE_CONFIG.categories[2],
      vendors: [
        { name: 'NAI', optOutUrl: 'https://optout.networkadvertising.org/', privacyUrl: 'https://example.com/nai' },
      ],
    },
  ],
};

async function open(path: string, options: Partial<PageOptions> = {}, viewport = { width: 1024, height: 700 }) {
  suite.server.route(path, sitePage({ config: CONFIG, ...options }));
  const visit = await suite.visit(path, { viewport });
  await waitForReady(visit.page);
  return visit;
}

interface FocusInfo {
  where: 'body' | 'page' | 'ui' | 'none';
  id?: string;
  inDialog?: boolean;
  /** Index among the dialog's focusable elements (computed independently of the SDK). */
  index?: number;
  count?: number;
  label?: string;
}

/** Where focus is: the page, the body, or inside the UI's shadow root (and where in the dialog). */
const focusInfo = (page: Page): Promise<FocusInfo> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return { where: 'none' as const };
    const host = document.getElementById('privacy-choices-ui');
    if (host && el === host && host.shadowRoot) {
      const inner = host.shadowRoot.activeElement as HTMLElement | null;
      const dialog = host.shadowRoot.querySelector('dialog');
      const focusable = dialog
        ? (
            Array.from(dialog.querySelectorAll('a[href],button,input,select,textarea,[tabindex]')) as HTMLElement[]
          ).filter((e) => !(e as HTMLButtonElement).disabled && e.tabIndex >= 0 && e.getClientRects().length > 0)
        : [];
      return {
        where: 'ui' as const,
        inDialog: !!(dialog && inner && dialog.contains(inner)),
        index: inner ? focusable.indexOf(inner) : -1,
        count: focusable.length,
        label: inner ? (inner.getAttribute('aria-label') || inner.textContent || '').trim() : '',
      };
    }
    return { where: el === document.body ? ('body' as const) : ('page' as const), id: (el as HTMLElement).id };
  });

describe('preferences dialog (APG modal dialog)', () => {
  it('role=dialog, accessible name, aria-modal; focus moves in; Tab and Shift+Tab wrap; Escape closes; focus returns to #prefs', async () => {
    const { page, errors } = await open('/a11y/kb/dialog');
    // A keyboard user opens it from the footer link.
    await page.focus('#prefs');
    await page.keyboard.press('Enter');
    const dialog = uiHost(page).getByRole('dialog', { name: 'Privacy preferences', exact: true });
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getAttribute('aria-modal')).toBe('true');

    // Focus moved inside the dialog.
    await expect.poll(async () => (await focusInfo(page)).inDialog).toBe(true);

    // Tab walks every focusable element in order and wraps from the last to the first.
    const start = await focusInfo(page);
    const count = start.count!;
    expect(count).toBeGreaterThanOrEqual(6); // ✕, link(s), 2 switches, vendor link(s), 3 buttons
    const forward: number[] = [];
    for (let i = 0; i < count + 2; i++) {
      await page.keyboard.press('Tab');
      const f = await focusInfo(page);
      expect(f.inDialog, `Tab #${i + 1} left the dialog: ${JSON.stringify(f)}`).toBe(true);
      forward.push(f.index!);
    }
    // From the title (or the first element), Tab visits 0,1,…,n-1 and then 0 again.
    const first = forward[0];
    const expected = Array.from({ length: count + 2 }, (_, i) => (first + i) % count);
    expect(forward).toEqual(expected);

    // Shift+Tab from the first focusable element goes to the last.
    while ((await focusInfo(page)).index !== 0) await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await focusInfo(page)).toMatchObject({ inDialog: true, index: count - 1 });
    await page.keyboard.press('Shift+Tab');
    expect(await focusInfo(page)).toMatchObject({ inDialog: true, index: count - 2 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusInfo(page)).toMatchObject({ inDialog: true, index: 0 });

    // Escape closes without recording anything, and focus returns to the invoking link.
    const before = await page.evaluate(() => (window as any).PrivacyChoices.getState());
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await uiHost(page).getByRole('dialog').count()).toBe(0);
    expect(await focusInfo(page)).toMatchObject({ where: 'page', id: 'prefs' });
    expect(await page.evaluate(() => (window as any).PrivacyChoices.getState())).toEqual(before);
    // The banner (still undecided) is still there: Escape on the dialog is not a choice.
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
  });

  it('the ✕ close button also returns focus to the opener; so does "Save choices" (the action)', async () => {
    const { page } = await open('/a11y/kb/close');
    for (const closer of ['Close', 'Save choices']) {
      await page.focus('#prefs');
      await page.keyboard.press('Enter');
      await uiDialog(page).waitFor({ state: 'visible' });
      await uiButton(page, closer).click();
      await uiDialog(page).waitFor({ state: 'hidden' });
      expect(await focusInfo(page)).toMatchObject({ where: 'page', id: 'prefs' });
    }
  });

  it('the page behind the modal dialog is inert: Tab never reaches page links, clicks on the page do nothing', async () => {
    const { page } = await open('/a11y/kb/inert', { body: '<p><a href="#x" id="behind">behind the dialog</a></p>' });
    await page.click('#prefs');
    await uiDialog(page).waitFor({ state: 'visible' });
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      expect((await focusInfo(page)).inDialog).toBe(true);
    }
    const inert = await page.evaluate(() => {
      const box = document.getElementById('behind')!.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + 2, box.top + 2);
      return hit !== document.getElementById('behind');
    });
    expect(inert).toBe(true);
  });
});

describe('non-modal banner', () => {
  it('is a labelled region, not a modal dialog, and does not take focus on load', async () => {
    const { page, errors } = await open('/a11y/kb/banner');
    const region = uiHost(page).getByRole('region', { name: 'Cookie consent', exact: true });
    await region.waitFor({ state: 'visible' });
    expect(await uiHost(page).getByRole('dialog').count()).toBe(0);
    await settle(page, 500);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // Escape on the banner is not a choice either.
    await page.keyboard.press('Escape');
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    expect((await page.evaluate(() => (window as any).PrivacyChoices.getState())).decided).toBe(false);
    expect(errors).toEqual([]);
  });

  it('keyboard users reach the banner early (WCAG 2.4.1: place it early in DOM order or provide a skip link)', async () => {
    // A realistic page: a navigation of 25 links before the footer.
    const nav =
      '<nav>' + Array.from({ length: 25 }, (_, i) => `<a href="#n${i}">Section ${i}</a> `).join('') + '</nav>';
    const { page } = await open('/a11y/kb/early', { body: nav });
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    let presses = 0;
    for (; presses < 40; presses++) {
      if ((await focusInfo(page)).where === 'ui') break;
      await page.keyboard.press('Tab');
    }
    // Either the banner's controls come first, or the first stop is a skip link that leads there.
    expect(presses, `the banner's first control took ${presses} Tab presses`).toBeLessThanOrEqual(2);
  });
});

describe('switches', () => {
  it('role=switch with aria-checked and a name; necessary is on and disabled; Space toggles', async () => {
    const { page } = await open('/a11y/kb/switches');
    await page.click('#prefs');
    await uiDialog(page).waitFor({ state: 'visible' });
    const switches = uiHost(page).getByRole('switch');
    expect(await switches.count()).toBe(3);
    for (const [name, checked] of [
      ['Strictly necessary', 'true'],
      ['Analytics', 'true'],
      ['Advertising', 'true'],
    ]) {
      const sw = uiHost(page).getByRole('switch', { name, exact: true });
      expect(await sw.count(), name).toBe(1);
      expect(await sw.getAttribute('aria-checked'), name).toBe(checked);
    }
    expect(await uiHost(page).getByRole('switch', { name: 'Strictly necessary' }).isDisabled()).toBe(true);
    const analytics = uiHost(page).getByRole('switch', { name: 'Analytics', exact: true });
    await analytics.focus();
    await page.keyboard.press('Space');
    expect(await analytics.getAttribute('aria-checked')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await analytics.getAttribute('aria-checked')).toBe('true');
  });
});

/** Every button, switch and link in the shadow root that is rendered, with its box and context. */
const uiTargets = (page: Page) =>
  uiHost(page).evaluate((host) => {
    const root = (host as HTMLElement).shadowRoot!;
    return (Array.from(root.querySelectorAll('button,a[href],[role=switch]')) as HTMLElement[])
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const r = e.getBoundingClientRect();
        // "Inline in a sentence": the link's block has text that is not inside any link.
        const block = e.closest('p,li,div')!;
        const own = Array.from(block.childNodes)
          .filter((n) => n.nodeType === 3)
          .map((n) => n.textContent!.trim())
          .join('');
        return {
          label: (e.getAttribute('aria-label') || e.textContent || e.getAttribute('aria-labelledby') || '')
            .trim()
            .slice(0, 40),
          tag: e.tagName,
          role: e.getAttribute('role') || '',
          inSentence: e.tagName === 'A' && own.length > 0,
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      });
  });

type Target = Awaited<ReturnType<typeof uiTargets>>[number];

/** WCAG 2.5.8: ≥ 24×24, or a 24 px circle on the target's centre touches no other target or circle. */
function targetSizeProblems(targets: Target[]): string[] {
  const problems: string[] = [];
  const center = (t: Target) => ({ x: t.box.x + t.box.width / 2, y: t.box.y + t.box.height / 2 });
  const small = (t: Target) => t.box.width < 24 || t.box.height < 24;
  for (const t of targets) {
    if (t.tag !== 'A' || t.role) {
      // Buttons and switches: no exception applies.
      if (small(t))
        problems.push(`${t.role || t.tag} "${t.label}" is ${t.box.width.toFixed(1)}×${t.box.height.toFixed(1)}`);
      continue;
    }
    if (!small(t) || t.inSentence) continue;
    const c = center(t);
    for (const o of targets) {
      if (o === t) continue;
      // Distance from the circle's centre to the other target's box, or to its circle.
      const dx = Math.max(o.box.x - c.x, 0, c.x - (o.box.x + o.box.width));
      const dy = Math.max(o.box.y - c.y, 0, c.y - (o.box.y + o.box.height));
      const oc = center(o);
      const touchesBox = Math.hypot(dx, dy) < 12;
      const touchesCircle = small(o) && Math.hypot(oc.x - c.x, oc.y - c.y) < 24;
      if (touchesBox || touchesCircle)
        problems.push(
          `link "${t.label}" (${t.box.width.toFixed(1)}×${t.box.height.toFixed(1)}) is undersized and too close to "${o.label}"`,
        );
    }
  }
  return problems;
}

describe('target size (2.5.8)', () => {
  it('every button, switch and link of the banner and of each dialog is ≥ 24×24 (or spaced, for links not in a sentence)', async () => {
    const { page } = await open('/a11y/kb/targets');
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    const seen: Target[] = [];
    const check = async (what: string) => {
      const targets = await uiTargets(page);
      expect(targets.length, what).toBeGreaterThan(0);
      seen.push(...targets);
      expect(targetSizeProblems(targets), what).toEqual([]);
    };
    await check('banner');
    await page.click('#prefs');
    await uiHost(page).getByRole('switch').first().waitFor({ state: 'visible' });
    await check('preferences');
    await page.keyboard.press('Escape');
    await page.click('#dnss-link');
    await uiButton(page, 'Opt out of sale and sharing').waitFor({ state: 'visible' });
    await check('do-not-sell');
    // The close ✕ and the switches are among what was measured.
    expect(seen.some((t) => t.label === 'Close')).toBe(true);
    expect(seen.some((t) => t.role === 'switch')).toBe(true);
  });
});

/** Tabs through the page and reports, for each focused page element, whether the banner hides it entirely. */
async function tabThroughPage(page: Page, max = 80) {
  const results: { id: string; covered: boolean; el: DOMRect; banner: DOMRect }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    // Let smooth/instant scrolling and the banner's scroll padding settle.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const host = document.getElementById('privacy-choices-ui');
      if (!el || el === document.body) return null;
      // The banner comes first in the tab order (its host is the body's first child): its own
      // controls cannot be behind it, so only page elements are measured.
      if (el === host) return 'banner';
      const banner = host!.shadowRoot!.querySelector('.bn');
      const a = el.getBoundingClientRect();
      const b = banner ? banner.getBoundingClientRect() : new DOMRect(0, 0, 0, 0);
      const covered = !!banner && a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;
      const plain = (d: DOMRect) => ({
        x: d.x,
        y: d.y,
        width: d.width,
        height: d.height,
        top: d.top,
        bottom: d.bottom,
        left: d.left,
        right: d.right,
        toJSON() {},
      });
      return { id: el.id || el.textContent!.trim(), covered, el: plain(a), banner: plain(b) };
    });
    if (!r) break;
    if (r !== 'banner') results.push(r as never);
  }
  return results;
}

const LONG_BODY =
  Array.from(
    { length: 40 },
    (_, i) => `<p>Paragraph ${i} of a long article. `.padEnd(300, 'lorem ipsum ') + '</p>',
  ).join('') +
  '<ul>' +
  Array.from({ length: 12 }, (_, i) => `<li><a href="#b${i}" id="b${i}">Bottom link ${i}</a></li>`).join('') +
  '</ul>';

describe('focus not obscured (2.4.11)', () => {
  for (const [label, viewport, fontSize] of [
    ['desktop', { width: 1024, height: 700 }, ''],
    ['320 px and 200 % text', { width: 320, height: 640 }, '200%'],
  ] as const) {
    it(`${label}: tabbing through the links at the bottom of a long page, no focused element is entirely behind the banner`, async () => {
      const { page } = await open(`/a11y/kb/obscured-${viewport.width}`, { body: LONG_BODY }, viewport);
      if (fontSize) await page.evaluate((size) => (document.documentElement.style.fontSize = size), fontSize);
      await uiButton(page, 'Accept').waitFor({ state: 'visible' });
      const results = await tabThroughPage(page);
      // The scenario is live: the page links were reached, the page scrolled, the banner was shown.
      expect(results.map((r) => r.id)).toEqual(expect.arrayContaining(['b0', 'b11', 'reopen', 'prefs']));
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
      expect(results.every((r) => r.banner.height > 0)).toBe(true);
      const hidden = results
        .filter((r) => r.covered)
        .map(
          (r) =>
            `${r.id} at y=${r.el.top.toFixed(0)}…${r.el.bottom.toFixed(0)} behind banner y=${r.banner.top.toFixed(0)}…${r.banner.bottom.toFixed(0)}`,
        );
      expect(hidden).toEqual([]);
    });
  }
});

describe('reflow (1.4.10) and resize text (1.4.4): 320 px wide, 200 % text', () => {
  it('the banner fits the width, scrolls within the viewport, and every button is reachable by keyboard and visible', async () => {
    suite.server.route('/a11y/kb/reflow', sitePage({ config: CONFIG }));
    const context = await suite.visitor({ viewport: { width: 320, height: 568 } });
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '200%')),
    );
    const page = await context.newPage();
    await page.goto(suite.server.origin + '/a11y/kb/reflow');
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    const layout = await page.evaluate(() => {
      const bn = document.getElementById('privacy-choices-ui')!.shadowRoot!.querySelector('.bn') as HTMLElement;
      const r = bn.getBoundingClientRect();
      return {
        pageOverflow: document.documentElement.scrollWidth - innerWidth,
        bannerLeft: r.left,
        bannerRight: r.right,
        bannerTop: r.top,
        bannerBottom: r.bottom,
        innerWidth,
        innerHeight,
        bannerHorizontalScroll: bn.scrollWidth - bn.clientWidth,
        bannerScrolls: bn.scrollHeight > bn.clientHeight,
      };
    });
    expect(layout.pageOverflow, 'horizontal overflow of the page').toBeLessThanOrEqual(0);
    expect(layout.bannerLeft).toBeGreaterThanOrEqual(0);
    expect(layout.bannerRight).toBeLessThanOrEqual(layout.innerWidth + 0.5);
    expect(layout.bannerTop).toBeGreaterThanOrEqual(0);
    expect(layout.bannerBottom).toBeLessThanOrEqual(layout.innerHeight + 0.5);
    expect(layout.bannerHorizontalScroll, 'horizontal scrolling inside the banner').toBeLessThanOrEqual(0);

    // Keyboard: Tab until the banner, then through all its controls; each is fully in view.
    const names: string[] = [];
    for (let i = 0; i < 30 && names.length < 5; i++) {
      await page.keyboard.press('Tab');
      const seen = await page.evaluate(() => {
        const host = document.getElementById('privacy-choices-ui')!;
        if (document.activeElement !== host) return null;
        const el = host.shadowRoot!.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        const bn = host.shadowRoot!.querySelector('.bn')!.getBoundingClientRect();
        const inside = (o: DOMRect, i: DOMRect) =>
          o.left >= i.left - 0.5 && o.right <= i.right + 0.5 && o.top >= i.top - 0.5 && o.bottom <= i.bottom + 0.5;
        return {
          name: (el.textContent || '').trim(),
          visible: inside(r, new DOMRect(0, 0, innerWidth, innerHeight)) && inside(r, bn),
        };
      });
      if (!seen) continue;
      expect(seen.visible, `"${seen.name}" is focused but not fully visible`).toBe(true);
      names.push(seen.name);
    }
    expect(names).toEqual(
      expect.arrayContaining(['Accept', 'Decline', 'Do Not Sell or Share My Personal Information', 'Preferences']),
    );
    // And the last one works.
    await uiButton(page, 'Decline').click();
    await expect
      .poll(async () => (await page.evaluate(() => (window as any).PrivacyChoices.getState())).decided)
      .toBe(true);
  });
});

describe('status messages (4.1.3)', () => {
  const statusTextOf = (page: Page) =>
    uiHost(page).evaluate((host) =>
      (Array.from((host as HTMLElement).shadowRoot!.querySelectorAll('[role=status],[aria-live]')) as HTMLElement[])
        .map((e) => e.textContent || '')
        .join(' | '),
    );

  it('"Choices saved" is announced in a role=status region that existed before, without moving focus', async () => {
    const { page } = await open('/a11y/kb/status-saved');
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    // The live region must already be in the tree (empty) before the message, or it is not announced.
    expect(
      await uiHost(page).evaluate(
        (h) =>
          (h as HTMLElement).shadowRoot!.querySelectorAll('[role=status],[aria-live=polite],[aria-live=assertive]')
            .length,
      ),
    ).toBeGreaterThan(0);
    await page.focus('#prefs');
    await page.keyboard.press('Enter');
    await uiButton(page, 'Save choices').click();
    await expect.poll(() => statusTextOf(page)).toContain('Choices saved');
    const where = await page.evaluate(() => {
      const host = document.getElementById('privacy-choices-ui')!;
      const live = Array.from(host.shadowRoot!.querySelectorAll('[role=status],[aria-live]')).find((e) =>
        (e.textContent || '').includes('Choices saved'),
      )!;
      return {
        role: live.getAttribute('role'),
        live: live.getAttribute('aria-live'),
        focusOnIt: host.shadowRoot!.activeElement === live,
      };
    });
    expect(where.role === 'status' || where.live === 'polite').toBe(true);
    expect(where.focusOnIt).toBe(false);
    expect(await focusInfo(page)).toMatchObject({ where: 'page', id: 'prefs' });
  });

  it('"Opt-Out Request Honored" is in a role=status region when the do-not-sell control is reopened', async () => {
    const { page } = await open('/a11y/kb/status-honored');
    await page.click('#dnss-link');
    await uiButton(page, 'Opt out of sale and sharing').click();
    await uiDialog(page).waitFor({ state: 'hidden' });
    await expect.poll(() => statusTextOf(page)).toContain('Choices saved');
    await page.click('#dnss-link');
    await uiDialog(page).waitFor({ state: 'visible' });
    const inStatus = await uiHost(page).evaluate((host) => {
      const root = (host as HTMLElement).shadowRoot!;
      const strong = Array.from(root.querySelectorAll('*')).find(
        (e) => e.children.length === 0 && (e.textContent || '').trim() === 'Opt-Out Request Honored',
      );
      return !!strong && !!strong.closest('[role=status],[aria-live=polite]');
    });
    expect(inStatus).toBe(true);
  });
});
