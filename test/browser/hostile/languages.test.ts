// Languages on the built bundle: <html lang> picks the locale chunk (loaded only for that
// language), site texts override per key, right-to-left pages get a right-to-left banner, and a
// locale that fails to load degrades to English instead of taking the consent UI down with it.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser';
import { getState, settle, uiButton, uiHost, waitForReady } from '../support/flow';
import { preferencesDialogStyle, uiCounts } from '../support/hostile';
import { BASE_CONFIG, sitePage, type PageOptions } from '../support/pages';
import type { Config } from '../../../packages/sdk/src/core/types';
import { browserSuite } from '../support/suite';

const suite = browserSuite();

async function open(
  path: string,
  options: Partial<PageOptions> & { dir?: string } = {},
  setup?: (page: Page) => Promise<unknown>,
) {
  let html = sitePage({ config: BASE_CONFIG, ...options });
  if (options.dir) html = html.replace(/<html lang="([^"]*)">/, `<html lang="$1" dir="${options.dir}">`);
  suite.server.route(path, html);
  const context = await suite.visitor();
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (setup) await setup(page);
  const before = suite.server.requests.length;
  await page.goto(suite.server.origin + path);
  await waitForReady(page);
  return { page, errors, requests: () => suite.server.requests.slice(before) };
}

const LOCALES: Record<
  string,
  { accept: string; decline: string; doNotSell: string; preferences: string; title: string; label: string }
> = {
  es: {
    accept: 'Aceptar',
    decline: 'Rechazar',
    doNotSell: 'No vender ni compartir mi información personal',
    preferences: 'Preferencias',
    title: 'Cookies en este sitio',
    label: 'Consentimiento de cookies',
  },
  fr: {
    accept: 'Accepter',
    decline: 'Refuser',
    doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
    preferences: 'Préférences',
    title: '',
    label: '',
  },
  de: {
    accept: 'Akzeptieren',
    decline: 'Ablehnen',
    doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
    preferences: 'Einstellungen',
    title: '',
    label: '',
  },
};

const bannerTexts = (page: Page) =>
  uiHost(page).evaluate((host) => {
    const root = (host as HTMLElement).shadowRoot!;
    const pc = root.querySelector('.pc') as HTMLElement;
    return {
      lang: pc ? pc.getAttribute('lang') : null,
      dir: pc ? pc.getAttribute('dir') : null,
      buttons: Array.from(root.querySelectorAll('.bn button')).map((b) => (b.textContent || '').trim()),
      title: (root.querySelector('.bn h2') || { textContent: '' }).textContent,
      label: (root.querySelector('.bn') as HTMLElement | null)?.getAttribute('aria-label'),
    };
  });

describe('locale from <html lang>', () => {
  for (const lang of ['es', 'fr', 'de']) {
    it(`lang="${lang}": the banner is in that language and privacy-choices-locale-${lang}.js was requested`, async () => {
      const { page, errors, requests } = await open(`/lang/${lang}`, { lang });
      const t = LOCALES[lang];
      await uiButton(page, t.accept)
        .waitFor({ state: 'visible', timeout: 10_000 })
        .catch(() => {
          throw new Error(
            `no ${lang} banner; requests: ${JSON.stringify(requests())}; errors: ${JSON.stringify(errors)}`,
          );
        });
      expect(requests()).toContain(`/dist/privacy-choices-locale-${lang}.js`);
      expect(requests().filter((r) => /locale-/.test(r))).toEqual([`/dist/privacy-choices-locale-${lang}.js`]);
      const texts = await bannerTexts(page);
      expect(texts.buttons).toEqual([t.accept, t.decline, t.doNotSell, expect.any(String)]);
      expect(texts.lang).toBe(lang);
      if (t.title) expect(texts.title).toBe(t.title);
      if (t.label) expect(texts.label).toBe(t.label);
      // No English left on the first layer.
      expect(texts.buttons.join(' ')).not.toMatch(/\b(Accept|Decline|Preferences)\b/);
      // The footer link is translated too (it is filled without the UI chunk).
      expect(await page.textContent('#dnss-link')).toBe(t.doNotSell);
      // And it works.
      await uiButton(page, t.decline).click();
      await expect.poll(async () => (await getState(page)).saleOptOut).toBe(true);
      expect(errors).toEqual([]);
    });
  }

  it('lang="es-MX" uses the Spanish locale (primary subtag)', async () => {
    const { page, requests } = await open('/lang/es-MX', { lang: 'es-MX' });
    await uiButton(page, 'Aceptar').waitFor({ state: 'visible' });
    expect(requests()).toContain('/dist/privacy-choices-locale-es.js');
    expect((await bannerTexts(page)).lang).toBe('es-mx');
  });

  it('an English page requests no locale file', async () => {
    const { page, requests, errors } = await open('/lang/en', { lang: 'en' });
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    await settle(page);
    expect(requests()).toContain('/dist/privacy-choices-ui.js');
    expect(requests().filter((r) => /locale/.test(r))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a language without a bundled locale (pt) falls back to English, requests no locale file, and says lang="en"', async () => {
    const { page, requests } = await open('/lang/pt', { lang: 'pt' });
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    expect(requests().filter((r) => /locale/.test(r))).toEqual([]);
    expect((await bannerTexts(page)).lang).toBe('en');
  });

  it('config "language" wins over <html lang>', async () => {
    const { page, requests } = await open('/lang/config', { lang: 'en', config: { ...BASE_CONFIG, language: 'de' } });
    await uiButton(page, 'Akzeptieren').waitFor({ state: 'visible' });
    expect(requests()).toContain('/dist/privacy-choices-locale-de.js');
  });
});

describe('site texts override per key', () => {
  it('texts.es.accept wins over the Spanish locale; the other keys stay Spanish', async () => {
    const config: Config = { ...BASE_CONFIG, texts: { es: { accept: 'Vale', bannerTitle: 'Sus datos' } } };
    const { page } = await open('/lang/override-es', { lang: 'es', config });
    await uiButton(page, 'Vale').waitFor({ state: 'visible' });
    const texts = await bannerTexts(page);
    expect(texts.buttons.slice(0, 2)).toEqual(['Vale', 'Rechazar']);
    expect(texts.title).toBe('Sus datos');
  });

  it('texts.en overrides English; a full-tag key (en-GB) wins over the primary one', async () => {
    const config: Config = {
      ...BASE_CONFIG,
      texts: { en: { accept: 'Allow', decline: 'Refuse' }, 'en-GB': { accept: 'Allow cookies' } },
    };
    const { page } = await open('/lang/override-en', { lang: 'en-GB', config });
    await uiButton(page, 'Allow cookies').waitFor({ state: 'visible' });
    expect((await bannerTexts(page)).buttons.slice(0, 2)).toEqual(['Allow cookies', 'Refuse']);
  });

  it('override text is text, never markup', async () => {
    const config: Config = { ...BASE_CONFIG, texts: { en: { bannerTitle: '<img src=x onerror="window.__xss=1">Hi' } } };
    const { page } = await open('/lang/override-markup', { config });
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    expect((await bannerTexts(page)).title).toBe('<img src=x onerror="window.__xss=1">Hi');
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
  });
});

describe('right to left', () => {
  it('<html dir="rtl" lang="ar">: the banner root has dir=rtl and its buttons run right to left', async () => {
    const { page, errors } = await open('/lang/rtl', { lang: 'ar', dir: 'rtl' });
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    const texts = await bannerTexts(page);
    expect(texts.dir).toBe('rtl');
    const xs = await uiHost(page).evaluate((host) =>
      Array.from((host as HTMLElement).shadowRoot!.querySelectorAll('.bn button')).map((b) => {
        const r = b.getBoundingClientRect();
        return { x: r.x, y: r.y, right: r.right };
      }),
    );
    expect(xs.length).toBe(4);
    // First button on the right of the last.
    expect(xs[0].x).toBeGreaterThan(xs[xs.length - 1].x);
    // Within the first row, buttons run right to left.
    const row = xs.filter((b) => Math.abs(b.y - xs[0].y) < 1);
    expect(row.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < row.length; i++) expect(row[i].right).toBeLessThanOrEqual(row[i - 1].x + 0.5);
    // The dialog follows too.
    expect(await preferencesDialogStyle(page, 'direction')).toBe('rtl');
    expect(errors).toEqual([]);
  });

  it('control: an ltr page has the first button on the left', async () => {
    const { page } = await open('/lang/ltr', { lang: 'en' });
    await uiButton(page, 'Accept').waitFor({ state: 'visible' });
    expect((await bannerTexts(page)).dir).toBe('ltr');
    const xs = await uiHost(page).evaluate((host) =>
      Array.from((host as HTMLElement).shadowRoot!.querySelectorAll('.bn button')).map((b) => {
        const r = b.getBoundingClientRect();
        return { x: r.x, y: r.y, right: r.right };
      }),
    );
    const row = xs.filter((b) => Math.abs(b.y - xs[0].y) < 1);
    expect(row.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < row.length; i++) expect(row[i].x).toBeGreaterThanOrEqual(row[i - 1].right - 0.5);
  });
});

describe('a locale file that fails to load', () => {
  it('degrades to the English banner (the consent UI must not depend on a translation)', async () => {
    const { page, errors } = await open('/lang/locale-404', { lang: 'es' }, (p) =>
      p.route('**/privacy-choices-locale-es.js', (route) => route.abort()),
    );
    await uiButton(page, 'Accept')
      .waitFor({ state: 'visible', timeout: 10_000 })
      .catch(() => {
        throw new Error(`no banner at all; errors: ${JSON.stringify(errors)}`);
      });
    expect((await uiCounts(page)).buttons).toBe(4);
    await uiButton(page, 'Decline').click();
    await expect.poll(async () => (await getState(page)).saleOptOut).toBe(true);
    // The failed request itself is logged by Chromium; the SDK may add one message, no more.
    expect(errors.filter((e) => !/Failed to load resource/.test(e)).length).toBeLessThanOrEqual(1);
  });
});
