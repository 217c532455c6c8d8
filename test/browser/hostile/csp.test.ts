// The built bundle under a strict Content-Security-Policy (no 'unsafe-inline' for scripts or
// styles): the banner must still appear styled (constructable stylesheet, not <style> or style
// attributes), nothing may trip the policy, and gated inline scripts must keep their nonce when
// the gate revives them. Control tests prove the policy is live: the same gated script without a
// nonce is blocked with exactly one violation.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser';
import { getState, ran, settle, uiButton, waitForReady } from '../support/flow';
import { gatedInline, gatedTag } from '../support/tags';
import { cspViolations, preferencesDialogStyle, quiet, recordCspViolations } from '../support/hostile';
import { BASE_CONFIG, type PageOptions, sitePage } from '../support/pages';
import type { Config } from '../../../packages/sdk/src/core/types';
import { browserSuite } from '../support/suite';

const suite = browserSuite();

const STRICT = "default-src 'self'; script-src 'self' 'nonce-abc123'; style-src 'self'";
/** Stricter still: no 'self' for scripts, so every script element needs the nonce (the UI chunk too). */
const NONCE_ONLY =
  "default-src 'self'; script-src 'nonce-abc123'; style-src 'self'; object-src 'none'; base-uri 'none'";

const OPT_IN: Config = { ...BASE_CONFIG, mode: 'opt-in' };

/** Serves a site page (the SDK's script tag with the nonce) under `csp`, and opens it recording violations. */
async function openUnder(csp: string, path: string, options: PageOptions) {
  suite.server.route(path, {
    body: sitePage({ ...options, scriptAttributes: 'nonce="abc123"' }),
    headers: { 'content-security-policy': csp },
  });
  const context = await suite.visitor();
  await recordCspViolations(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(suite.server.origin + path);
  return { page, errors };
}

const open = (path: string, csp: string, config: Config, body = '', head = '') =>
  openUnder(csp, path, { config, body, head });

/** The computed background of a banner button, and what an unstyled button would have. */
async function buttonStyle(page: Page, name: string) {
  const styled = await uiButton(page, name).evaluate((b) => {
    const s = getComputedStyle(b);
    return {
      background: s.backgroundColor,
      minHeight: s.minHeight,
      position: getComputedStyle(b.closest('section')!).position,
    };
  });
  const unstyled = await page.evaluate(() => {
    const b = document.createElement('button');
    document.body.appendChild(b);
    const bg = getComputedStyle(b).backgroundColor;
    b.remove();
    return bg;
  });
  return { ...styled, unstyled };
}

for (const [label, csp] of [
  ["script-src 'self' + nonce", STRICT],
  ["nonce-only script-src (no 'self')", NONCE_ONLY],
] as const) {
  describe(`strict CSP: ${label}`, () => {
    it('the banner appears, styled, with zero CSP violations', async () => {
      const { page, errors } = await open(`/csp/${csp === STRICT ? 'strict' : 'nonce'}/styled`, csp, BASE_CONFIG);
      await uiButton(page, 'Accept').waitFor({ state: 'visible', timeout: 10_000 });
      const style = await buttonStyle(page, 'Accept');
      expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(style.background).not.toBe(style.unstyled);
      expect(style.background).toBe('rgb(11, 87, 208)'); // the default accent
      expect(style.minHeight).toBe('44px');
      expect(style.position).toBe('fixed');
      // The scroll padding (2.4.11) is set through the CSSOM, which style-src allows.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollPaddingBottom)).not.toBe(
        'auto',
      );
      await settle(page);
      // Open every view: the dialogs must be styled too, and trip nothing.
      expect(await preferencesDialogStyle(page, 'border-top-width')).toBe('2px');
      await page.keyboard.press('Escape');
      await page.click('#dnss-link');
      await uiButton(page, 'Opt out of sale and sharing').click();
      await quiet(page);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('a gated inline script with the nonce runs after Accept (nonce carried), as does a gated external tag', async () => {
      const body =
        gatedInline('analytics', 'inline-nonce', 'nonce="abc123"') + gatedTag('advertising', 'ads', 'nonce="abc123"');
      const { page, errors } = await open(`/csp/${csp === STRICT ? 'strict' : 'nonce'}/gated`, csp, OPT_IN, body);
      await uiButton(page, 'Accept all').waitFor({ state: 'visible', timeout: 10_000 });
      await settle(page);
      expect(await ran(page)).toEqual([]); // opt-in: nothing before consent
      await uiButton(page, 'Accept all').click();
      await expect.poll(() => ran(page)).toEqual(['inline-nonce', 'ads']);
      expect((await getState(page)).categories).toMatchObject({ analytics: true, advertising: true });
      await quiet(page);
      expect(await cspViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('control: the same gated inline script WITHOUT the nonce is blocked by the live policy — exactly that one violation', async () => {
      const body =
        gatedInline('analytics', 'inline-no-nonce') + gatedInline('analytics', 'inline-nonce', 'nonce="abc123"');
      const { page, errors } = await open(`/csp/${csp === STRICT ? 'strict' : 'nonce'}/control`, csp, OPT_IN, body);
      await uiButton(page, 'Accept all').click();
      await expect.poll(() => ran(page)).toEqual(['inline-nonce']);
      await quiet(page);
      const violations = await cspViolations(page);
      expect(violations).toHaveLength(1);
      expect(violations[0]).toMatchObject({ directive: 'script-src-elem', blocked: 'inline' });
      // Chromium logs the refusal as a console error; nothing else may be logged.
      expect(errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    });
  });
}

describe('strict CSP: returning visitor', () => {
  it("a stored choice applies with no UI chunk, no violation, and the nonce'd tag runs", async () => {
    const body = gatedInline('analytics', 'inline-nonce', 'nonce="abc123"');
    const { page } = await open('/csp/returning', NONCE_ONLY, OPT_IN, body);
    await uiButton(page, 'Accept all').click();
    await expect.poll(() => ran(page)).toEqual(['inline-nonce']);
    const requests = suite.server.requests.length;
    await page.reload();
    await waitForReady(page);
    await expect.poll(() => ran(page)).toEqual(['inline-nonce']);
    await quiet(page);
    expect(suite.server.requests.slice(requests)).not.toContain('/dist/privacy-choices-ui.js');
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('strict CSP: other hostile policies', () => {
  it("'strict-dynamic' + nonce, Spanish page: the UI chunk and the locale chunk load, no violation", async () => {
    const csp = "script-src 'nonce-abc123' 'strict-dynamic'; style-src 'self'; object-src 'none'; base-uri 'none'";
    const { page, errors } = await openUnder(csp, '/csp/strict-dynamic', { config: BASE_CONFIG, lang: 'es' });
    await uiButton(page, 'Aceptar').waitFor({ state: 'visible', timeout: 10_000 });
    await quiet(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("Trusted Types enforced (require-trusted-types-for 'script'): the banner still appears and gated tags still run", async () => {
    const csp = "script-src 'self' 'nonce-abc123'; style-src 'self'; require-trusted-types-for 'script'";
    const body = gatedInline('analytics', 'inline-nonce', 'nonce="abc123"') + gatedTag('advertising', 'ads');
    const { page, errors } = await open('/csp/trusted-types', csp, OPT_IN, body);
    await uiButton(page, 'Accept all')
      .waitFor({ state: 'visible', timeout: 10_000 })
      .catch(async () => {
        throw new Error(
          `no banner; console errors: ${JSON.stringify(errors)}; violations: ${JSON.stringify(await cspViolations(page))}`,
        );
      });
    await uiButton(page, 'Accept all').click();
    await expect.poll(() => ran(page)).toEqual(['inline-nonce', 'ads']);
    await quiet(page);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
