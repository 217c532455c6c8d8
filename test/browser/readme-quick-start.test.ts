// The README's opt-in quick start, copied verbatim into a page, works with no publish step: the
// first visit downloads two files (no validator), gates the tag until Accept, and a returning
// visit downloads one file and applies the stored choice synchronously.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchErrors } from './support/browser';
import { uiButton } from './support/flow';
import { browserSuite } from './support/suite';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = resolve(ROOT, 'packages/sdk/dist');

/** The html block right after `<!-- quick-start: opt-in -->` in README.md, as written there. */
function readmeQuickStart(): string {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const m = /<!-- quick-start: opt-in -->\s*```html\n([\s\S]*?)\n```/.exec(readme);
  if (!m) throw new Error('README.md has no opt-in quick-start block');
  return m[1];
}

/** Served where the README's tag points: the files next to each other at the site root. */
const atSiteRoot = () =>
  Object.fromEntries(
    readdirSync(DIST)
      .filter((file) => /^privacy-choices[\w.-]*\.js$/.test(file))
      .map((file) => ['/' + file, { body: readFileSync(resolve(DIST, file)), type: 'text/javascript' }]),
  );

const suite = browserSuite({ routes: atSiteRoot() });

describe('README quick start (opt-in), copied verbatim', () => {
  it('has no data-validated mark: nothing to publish', () => {
    expect(readmeQuickStart()).not.toContain('data-validated');
    expect(readmeQuickStart()).toContain('<script src="/privacy-choices.js"></script>');
  });

  it('first visit: two files, tag held until Accept; returning visit: one file, choice applied synchronously', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quick start</title>
${readmeQuickStart()}
<script>window.__syncAllowed = window.PrivacyChoices.isAllowed('analytics');</script>
</head><body><main><h1>Site</h1></main>
<script type="text/plain" data-category="analytics" src="/tag/analytics.js"></script>
<footer><a href="#privacy-choices">Cookie banner</a></footer></body></html>`;
    const url = suite.server.route('/quick-start', html);
    const context = await suite.visitor({ events: false });
    const page = await context.newPage();
    const errors = watchErrors(page);
    let before = suite.server.requests.length;
    await page.goto(url);
    await uiButton(page, 'Reject all').waitFor();
    expect(suite.server.requests.slice(before).filter((r) => r.endsWith('.js'))).toEqual([
      '/privacy-choices.js',
      '/privacy-choices-ui.js',
    ]);
    expect(await page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran)).toBeUndefined();
    await uiButton(page, 'Accept all').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran))
      .toEqual(['analytics']);

    before = suite.server.requests.length;
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { __syncAllowed: boolean }).__syncAllowed)).toBe(true);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __ran?: string[] }).__ran))
      .toEqual(['analytics']);
    await page.waitForTimeout(300);
    expect(suite.server.requests.slice(before).filter((r) => /privacy-choices/.test(r))).toEqual([
      '/privacy-choices.js',
    ]);
    expect(errors).toEqual([]);
  });
});
