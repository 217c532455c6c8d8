// axe-core (WCAG 2.0/2.1/2.2 A + AA: color-contrast, target-size, aria-dialog-name, button-name,
// link-name, aria-toggle-field-name…) on every piece of consent UI the built bundle can show —
// the banner of each mode, the preferences dialog, the "Do Not Sell or Share" dialog and the
// opt-in confirmation step — in the light and the dark colour scheme. Zero serious or critical
// findings allowed.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeSeriousViolations, type AxeViolation } from '../support/browser';
import { uiButton, uiDialog, uiHost, waitForReady } from '../support/flow';
import { BASE_CONFIG, sitePage } from '../support/pages';
import type { Config, Mode } from '../../../packages/sdk/src/core/types';
import { browserSuite } from '../support/suite';

const suite = browserSuite();

/** A config that exercises every element: vendors with links, descriptions, cookies, sale + share. */
const configFor = (mode: Mode): Config => ({
  ...BASE_CONFIG,
  mode,
  categories: [
    { id: 'necessary', label: 'Strictly necessary', necessary: true, description: 'Needed for the site to work.' },
    { id: 'functional', label: 'Functional', description: 'Remembers your settings.', cookies: ['prefs'] },
    {
      id: 'analytics',
      label: 'Analytics',
      sale: true,
      cookies: ['_gid', '/^_ga/'],
      consentMode: ['analytics_storage'],
      vendors: [
        {
          name: 'Google Analytics',
          optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
          privacyUrl: 'https://policies.google.com/privacy',
        },
      ],
    },
    {
      id: 'advertising',
      label: 'Advertising',
      sale: true,
      share: true,
      cookies: ['_fbp'],
      vendors: [{ name: 'NAI', optOutUrl: 'https://optout.networkadvertising.org/' }],
    },
  ],
});

const SCHEMES = ['light', 'dark'] as const;
const FIRST_BUTTON: Record<Mode, string> = { 'opt-out': 'Accept', 'opt-in': 'Accept all', implied: 'OK', notice: 'OK' };

const describeViolations = (violations: AxeViolation[]) =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary || '')).join('\n  ')}`,
    )
    .join('\n');

async function open(path: string, mode: Mode, scheme: 'light' | 'dark') {
  suite.server.route(path, sitePage({ config: configFor(mode) }));
  const visit = await suite.visit(path, { colorScheme: scheme });
  await waitForReady(visit.page);
  return visit;
}

/** The colour scheme really applies inside the shadow root (else the dark run would test nothing). */
async function backgroundOf(page: Page, selector: string): Promise<string> {
  return uiHost(page).evaluate((host, sel) => {
    const el = (host as HTMLElement).shadowRoot!.querySelector(sel)!;
    return getComputedStyle(el).backgroundColor;
  }, selector);
}

async function expectClean(page: Page) {
  const violations = await axeSeriousViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

for (const scheme of SCHEMES) {
  describe(`axe, ${scheme} scheme`, () => {
    for (const mode of ['opt-out', 'opt-in', 'implied', 'notice'] as Mode[]) {
      it(`${mode} banner`, async () => {
        const { page, errors } = await open(`/a11y/axe/${scheme}/${mode}`, mode, scheme);
        await uiButton(page, FIRST_BUTTON[mode]).waitFor({ state: 'visible' });
        expect(await backgroundOf(page, '.bn')).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(31, 31, 31)');
        await expectClean(page);
        expect(errors).toEqual([]);
      });
    }

    for (const mode of ['opt-out', 'opt-in'] as Mode[]) {
      it(`${mode} preferences dialog (opened from the footer link)`, async () => {
        const { page, errors } = await open(`/a11y/axe/${scheme}/prefs-${mode}`, mode, scheme);
        await page.click('#prefs');
        await uiDialog(page).waitFor({ state: 'visible' });
        await uiHost(page).getByRole('switch').first().waitFor({ state: 'visible' });
        expect(await backgroundOf(page, 'dialog')).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(31, 31, 31)');
        await expectClean(page);
        // With a switch flipped on (the "on" colours are a different pair).
        await uiHost(page).getByRole('switch', { name: 'Functional' }).click();
        await expectClean(page);
        expect(errors).toEqual([]);
      });
    }

    it('do-not-sell dialog (opened from the footer link), then its "Opt-Out Request Honored" state', async () => {
      const { page, errors } = await open(`/a11y/axe/${scheme}/dns`, 'opt-out', scheme);
      await page.click('#dnss-link');
      await uiButton(page, 'Opt out of sale and sharing').waitFor({ state: 'visible' });
      await expectClean(page);
      await uiButton(page, 'Opt out of sale and sharing').click();
      await uiDialog(page).waitFor({ state: 'hidden' });
      await page.click('#dnss-link');
      await uiHost(page).getByText('Opt-Out Request Honored').waitFor({ state: 'visible' });
      await expectClean(page);
      expect(errors).toEqual([]);
    });

    it('confirmation step (opting back in after an opt-out)', async () => {
      const { page, errors } = await open(`/a11y/axe/${scheme}/confirm`, 'opt-out', scheme);
      await uiButton(page, 'Decline').click();
      await page.click('#prefs');
      await uiButton(page, 'Accept all').click();
      await uiButton(page, 'Allow sale and sharing').waitFor({ state: 'visible' });
      await expectClean(page);
      expect(errors).toEqual([]);
    });
  });
}

/** `theme`: a forced scheme wins over the system's; the box layout floats. Axe-clean in each. */
describe('theme: colorScheme and layout', () => {
  const WHITE = 'rgb(255, 255, 255)';
  const DARK = 'rgb(31, 31, 31)';
  const cases = [
    // [system scheme, theme, expected background]
    ['light', { colorScheme: 'dark' }, DARK],
    ['dark', { colorScheme: 'light' }, WHITE],
    ['light', { layout: 'box' }, WHITE],
    ['dark', { layout: 'box' }, DARK],
    ['dark', { colorScheme: 'dark', layout: 'box' }, DARK],
  ] as const;

  for (const [system, theme, background] of cases) {
    it(`system ${system}, theme ${JSON.stringify(theme)}: banner and preferences are ${background === DARK ? 'dark' : 'light'} and axe-clean`, async () => {
      const { colorScheme, layout }: { colorScheme?: string; layout?: string } = theme;
      const path = `/a11y/axe/theme/${system}-${colorScheme || 'auto'}-${layout || 'bar'}`;
      suite.server.route(path, sitePage({ config: { ...configFor('opt-out'), theme } }));
      const { page, errors } = await suite.visit(path, { colorScheme: system });
      await waitForReady(page);
      await uiButton(page, 'Accept').waitFor({ state: 'visible' });
      expect(await backgroundOf(page, '.bn')).toBe(background);
      await expectClean(page);
      await page.click('#prefs');
      await uiHost(page).getByRole('switch').first().waitFor({ state: 'visible' });
      expect(await backgroundOf(page, 'dialog')).toBe(background);
      await expectClean(page);
      expect(errors).toEqual([]);
    });
  }

  for (const [width, height] of [
    [1024, 700],
    [375, 700],
  ]) {
    it(`box layout at ${width} px: a card that floats inside the viewport, off its edges; the bar spans the width`, async () => {
      const box = async (theme: Config['theme']) => {
        const path = `/a11y/axe/theme/geometry-${width}-${theme?.layout}`;
        suite.server.route(path, sitePage({ config: { ...configFor('opt-out'), theme } }));
        const { context, page } = await suite.visit(path, { viewport: { width, height } });
        await uiButton(page, 'Accept').waitFor({ state: 'visible' });
        const r = await uiHost(page).evaluate((host) => {
          const b = (host as HTMLElement).shadowRoot!.querySelector('.bn')!.getBoundingClientRect();
          return {
            left: b.left,
            right: b.right,
            bottom: b.bottom,
            width: b.width,
            innerWidth: document.documentElement.clientWidth,
            innerHeight,
          };
        });
        await context.close();
        return r;
      };
      const card = await box({ layout: 'box' });
      expect(card.left).toBeGreaterThanOrEqual(8);
      expect(card.right).toBeLessThanOrEqual(card.innerWidth - 8);
      expect(card.bottom).toBeLessThanOrEqual(card.innerHeight - 8);
      if (width > 600) expect(card.width).toBeLessThan(card.innerWidth / 2);
      const bar = await box({ layout: 'bar' });
      expect(bar).toMatchObject({ left: 0, right: bar.innerWidth, bottom: bar.innerHeight });
    });
  }
});

describe('axe control: the check is live', () => {
  it('reports an unlabeled, low-contrast page button as serious', async () => {
    suite.server.route(
      '/a11y/axe/control',
      sitePage({
        config: configFor('opt-out'),
        body: '<button id="bad" style="color:#bbb;background:#fff"></button><p style="color:#ccc;background:#fff">faint text</p>',
      }),
    );
    const { page } = await suite.visit('/a11y/axe/control');
    await waitForReady(page);
    const ids = (await axeSeriousViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
  });

  it("sees inside the UI's open shadow root (a nameless button planted in the banner is reported)", async () => {
    suite.server.route('/a11y/axe/control-shadow', sitePage({ config: configFor('opt-out') }));
    const { page } = await suite.visit('/a11y/axe/control-shadow');
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    await expectClean(page);
    await uiHost(page).evaluate((host) => {
      const planted = document.createElement('button');
      planted.className = 'b';
      (host as HTMLElement).shadowRoot!.querySelector('.bs')!.appendChild(planted);
    });
    const violations = await axeSeriousViolations(page);
    const buttonName = violations.find((v) => v.id === 'button-name');
    expect(buttonName, describeViolations(violations)).toBeDefined();
    expect(JSON.stringify(buttonName!.nodes[0].target)).toContain('#privacy-choices-ui');
  });
});
