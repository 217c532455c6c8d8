// The built bundle in Chromium against bad input and hostile host pages. Every case asserts what a
// site owner and a visitor can observe: no uncaught page error, at most the one console.error the
// case calls for, the page's own scripts still run (a normal inline script after the SDK), and
// the consent outcome — gated tags blocked or run, the banner shown or not, Decline working.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser';
import { events, getState, ran, settle, uiButton } from '../support/flow';
import { addGatedScript, gatedInline, gatedTag } from '../support/tags';
import { storedChoice } from '../support/choice-cookie';
import { PAGE_ALIVE, pageAlive, quiet, uiCounts, waitForErrors } from '../support/hostile';
import { BASE_CONFIG, sitePage, type PageOptions } from '../support/pages';
import { encodeChoice } from '../../../packages/sdk/src/core/choice-codec';
import { hash } from '../../../packages/sdk/src/core/hash';
import type { Config } from '../../../packages/sdk/src/core/types';
import { browserSuite } from '../support/suite';
import { necessaryOnly } from '../support/expected-state';

const suite = browserSuite();

/** Opt-out: with a valid config both gated scripts run on a first visit, so "blocked" is observable. */
const TAGS = gatedTag('analytics', 'analytics') + gatedInline('advertising', 'ads-inline');
const OPT_IN: Config = { ...BASE_CONFIG, mode: 'opt-in' };

/** Chooses `name` on the banner and waits until the choice is made; no banner fails with the page's errors. */
async function chooseOnBanner(p: Page, name: string, errors: string[]) {
  await uiButton(p, name)
    .waitFor({ state: 'visible', timeout: 10_000 })
    .catch(() => {
      throw new Error(`no banner; errors: ${JSON.stringify(errors)}`);
    });
  await uiButton(p, name).click();
  await expect.poll(async () => (await getState(p)).decided).toBe(true);
}
/** Gated scripts that never touch document.cookie (for pages where cookies throw). */
const INLINE_TAGS = gatedInline('analytics', 'analytics-inline') + gatedInline('advertising', 'ads-inline');

async function visit(path: string, html: string, setup?: (context: BrowserContext) => Promise<unknown>) {
  suite.server.route(path, html);
  const context = await suite.visitor();
  if (setup) await setup(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(suite.server.origin + path);
  return { page, errors };
}

const page = (options: Partial<PageOptions> & { config: Config | string }) =>
  sitePage({ ...options, body: (options.body ?? TAGS) + PAGE_ALIVE });

// ------------------------------------------------------------------------------------------------

describe('invalid configs: exactly one console.error naming the key path(s); tags stay blocked; no banner', () => {
  const category = (i: number, patch: object) => {
    const categories = BASE_CONFIG.categories.map((c) => ({ ...c })) as Record<string, unknown>[];
    categories[i] = { ...categories[i], ...patch };
    return categories;
  };
  const cases: { name: string; config: unknown; expect: (string | RegExp)[] }[] = [
    {
      name: 'wrong types (mode misspelt, revision a number, necessary a string)',
      config: { ...BASE_CONFIG, mode: 'optout', revision: 2024, categories: category(0, { necessary: 'yes' }) },
      expect: ['mode', 'revision', 'categories[0].necessary'],
    },
    {
      name: 'unknown key: typo "sael"',
      config: { ...BASE_CONFIG, categories: category(1, { sale: undefined, sael: true }) },
      expect: ['categories[1]', '"sael"'],
    },
    {
      name: 'duplicate category ids',
      config: {
        ...BASE_CONFIG,
        categories: [...BASE_CONFIG.categories, { id: 'analytics', label: 'Analytics again' }],
      },
      expect: ['categories[3].id', /duplicate/],
    },
    {
      name: 'necessary category marked sale',
      config: { ...BASE_CONFIG, categories: category(0, { sale: true }) },
      expect: ['categories[0].sale'],
    },
    { name: 'cookie.days 500', config: { ...BASE_CONFIG, cookie: { days: 500 } }, expect: ['cookie.days', /400/] },
    {
      name: 'javascript: privacyPolicy link',
      config: { ...BASE_CONFIG, links: { privacyPolicy: 'javascript:alert(1)' } },
      expect: ['links.privacyPolicy'],
    },
    {
      name: 'javascript: link obfuscated with a tab and upper case',
      config: { ...BASE_CONFIG, links: { privacyPolicy: 'JaVa\tScRiPt:alert(1)' } },
      expect: ['links.privacyPolicy'],
    },
    { name: 'config is valid JSON but null', config: null, expect: [/config/] },
    { name: 'config is an array', config: [BASE_CONFIG], expect: [/expected object/] },
    {
      name: '33 categories (more than the 32 bits of the cookie)',
      config: {
        ...BASE_CONFIG,
        categories: [
          ...BASE_CONFIG.categories,
          ...Array.from({ length: 30 }, (_, i) => ({ id: 'c' + i, label: 'C' + i })),
        ],
      },
      expect: ['categories', /at most 32/],
    },
    {
      name: 'category id is an object whose "toString" is not a function (valid JSON)',
      config: { ...BASE_CONFIG, categories: category(1, { id: { toString: 'analytics' } }) },
      expect: ['categories[1].id'],
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const { page: p, errors } = await visit(
        `/bad/config/${hash(c.name)}`,
        page({ config: JSON.stringify(c.config) }),
      );
      await waitForErrors(p, errors);
      expect(errors, JSON.stringify(errors)).toHaveLength(1);
      expect(errors[0]).not.toMatch(/^pageerror/);
      for (const part of c.expect) {
        if (typeof part === 'string') expect(errors[0]).toContain(part);
        else expect(errors[0]).toMatch(part);
      }
      expect(errors[0]).toMatch(/^privacy-choices: invalid config/);
      expect(await ran(p)).toEqual([]);
      expect((await uiCounts(p)).buttons).toBe(0);
      expect(await pageAlive(p)).toBe(1);
      // The footer hooks do nothing harmful either.
      await p.click('#reopen');
      await quiet(p);
      expect((await uiCounts(p)).buttons).toBe(0);
      expect(await ran(p)).toEqual([]);
      expect(errors).toHaveLength(1);
    });
  }

  it('config JSON syntax error', async () => {
    const { page: p, errors } = await visit(
      '/bad/config/syntax',
      page({ config: '{"mode": "opt-out", "categories": [' }),
    );
    await waitForErrors(p, errors);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/privacy-choices-config.*not valid JSON/);
    expect(await ran(p)).toEqual([]);
    expect((await uiCounts(p)).buttons).toBe(0);
    expect(await pageAlive(p)).toBe(1);
  });

  it('no config at all (neither the JSON element nor window.privacyChoicesConfig)', async () => {
    const html = page({ config: '{}' }).replace(
      /<script type="application\/json" id="privacy-choices-config">[\s\S]*?<\/script>/,
      '',
    );
    expect(html).not.toContain('privacy-choices-config');
    const { page: p, errors } = await visit('/bad/config/none', html);
    await waitForErrors(p, errors);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/no config/);
    expect(await ran(p)).toEqual([]);
    expect((await uiCounts(p)).buttons).toBe(0);
    expect(await pageAlive(p)).toBe(1);
  });

  it('window.privacyChoicesConfig that cannot be serialised (circular)', async () => {
    const html = page({ config: '{}', noScript: true })
      .replace(/<script type="application\/json" id="privacy-choices-config">[\s\S]*?<\/script>/, '')
      .replace(
        '</head>',
        `<script>var c = ${JSON.stringify(BASE_CONFIG)}; c.self = c; window.privacyChoicesConfig = c;</script><script src="/dist/privacy-choices.js"></script></head>`,
      );
    const { page: p, errors } = await visit('/bad/config/circular', html);
    await waitForErrors(p, errors);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/circular/);
    expect(await ran(p)).toEqual([]);
    expect(await pageAlive(p)).toBe(1);
  });

  it('control: the valid config runs the tags and shows the banner, with no error', async () => {
    const { page: p, errors } = await visit('/bad/config/control', page({ config: BASE_CONFIG }));
    await uiButton(p, 'Accept').waitFor({ state: 'visible' });
    await expect.poll(() => ran(p)).toEqual(['analytics', 'ads-inline']);
    await settle(p);
    expect(errors).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------

/** A cookie that is perfectly well-formed except for its fields' ranges. */
function wellFormedCookie(patch: Record<number, string>): string {
  const layout = hash(BASE_CONFIG.categories.map((c) => c.id).join(','));
  const parts = encodeChoice({
    decidedAt: Date.UTC(2026, 5, 1),
    bits: 1,
    saleOptOut: false,
    shareOptOut: false,
    confirmedOptIn: false,
    pending: false,
    knownChild: false,
    recorded: false,
    defaultsOn: false,
    optOutAt: null,
    source: 'banner',
    id: 'abcdef1234',
    fingerprint: 'zzzz',
    layout,
    revision: BASE_CONFIG.revision!,
  }).split('.');
  for (const i in patch) parts[Number(i)] = patch[i];
  return parts.join('.');
}

describe('garbage consent cookies: treated as no choice (banner shows), no error', () => {
  const cookies: [string, string][] = [
    ['garbage', 'garbage%%%!!not-a-choice'],
    ['oversized (4000 chars)', 'x'.repeat(4000)],
    ['oversized but starting like ours (4000 chars)', '1.' + 'a.'.repeat(1999)],
    [
      'OneTrust-like',
      'isGpcEnabled=0&datestamp=Mon+Nov+23+2026&version=202401.1.0&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A0',
    ],
    ['JSON', encodeURIComponent('{"necessary":true,"analytics":true}')],
    ['future format version', '2.t8vpc0.7.0.b..abcdef1234.zzzz.1.2024-10-02'],
    ['percent-encoding that does not decode', '%E0%A4%A'],
    ['well-formed, decidedAt beyond what a Date holds', wellFormedCookie({ 1: 'zzzzzzzzz' })],
  ];
  for (const [name, value] of cookies) {
    it(name, async () => {
      const { page: p, errors } = await visit(`/bad/cookie/${hash(name)}`, page({ config: BASE_CONFIG }), (ctx) =>
        ctx.addCookies([{ name: 'privacy_choices', value, url: suite.server.origin }]),
      );
      await uiButton(p, 'Accept')
        .waitFor({ state: 'visible', timeout: 10_000 })
        .catch(() => {
          throw new Error(`no banner; errors: ${JSON.stringify(errors)}`);
        });
      await settle(p);
      expect(await getState(p)).toMatchObject({ decided: false, source: 'default', saleOptOut: false });
      expect(await pageAlive(p)).toBe(1);
      expect(errors).toEqual([]);
      // Decline works and replaces the cookie with a decodable choice.
      await uiButton(p, 'Decline').click();
      await expect.poll(async () => (await storedChoice(suite.context!))?.saleOptOut).toBe(true);
      expect(errors).toEqual([]);
    });
  }
});

// ------------------------------------------------------------------------------------------------

describe('hostile storage', () => {
  const cookiesThrow = () => {
    const fail = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(Document.prototype, 'cookie', { get: fail, set: fail, configurable: true });
    Object.defineProperty(Navigator.prototype, 'cookieEnabled', { get: () => false, configurable: true });
  };
  const cookiesIgnored = () => {
    Object.defineProperty(Document.prototype, 'cookie', { get: () => '', set: () => {}, configurable: true });
  };

  for (const [label, init] of [
    ['document.cookie throws', cookiesThrow],
    ['document.cookie ignores writes', cookiesIgnored],
  ] as const) {
    it(`${label}: Reject all applies in memory (tags blocked, decided), Accept all later runs them; no error`, async () => {
      const { page: p, errors } = await visit(
        `/bad/storage/${hash(label)}`,
        page({ config: OPT_IN, body: INLINE_TAGS }),
        (ctx) => ctx.addInitScript(init),
      );
      await uiButton(p, 'Reject all').click();
      await uiButton(p, 'Reject all').waitFor({ state: 'hidden' });
      const state = await getState(p);
      expect(state).toMatchObject(necessaryOnly({ decided: true, source: 'banner' }));
      // A tag added later (SPA) stays blocked too.
      await addGatedScript(p, 'analytics', { text: '(window.__ran = window.__ran || []).push("late")' });
      await quiet(p);
      expect(await ran(p)).toEqual([]);
      expect((await uiCounts(p)).buttons).toBe(0);
      // Reopen → Accept all: the choice changes in memory and the tags run without reload.
      await p.click('#prefs');
      await uiButton(p, 'Accept all').click();
      // Should Reject all have recorded an opt-out of sale/sharing, opting back in takes the confirm step.
      const confirm = uiButton(p, 'Allow sale and sharing');
      if (
        await confirm.waitFor({ state: 'visible', timeout: 1_000 }).then(
          () => true,
          () => false,
        )
      )
        await confirm.click();
      await expect.poll(() => ran(p)).toEqual(['analytics-inline', 'ads-inline', 'late']);
      expect(await pageAlive(p)).toBe(1);
      expect(errors).toEqual([]);
    });
  }

  it('window.localStorage / sessionStorage throw: banner shows, Decline works, no error', async () => {
    const { page: p, errors } = await visit('/bad/storage/local', page({ config: BASE_CONFIG }), (ctx) =>
      ctx.addInitScript(() => {
        const fail = () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        };
        Object.defineProperty(window, 'localStorage', { get: fail, configurable: true });
        Object.defineProperty(window, 'sessionStorage', { get: fail, configurable: true });
      }),
    );
    await uiButton(p, 'Decline').click();
    await expect.poll(async () => (await getState(p)).decided).toBe(true);
    expect((await getState(p)).saleOptOut).toBe(true);
    expect(await storedChoice(suite.context!)).toMatchObject({ saleOptOut: true, shareOptOut: true });
    expect(await pageAlive(p)).toBe(1);
    expect(errors).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------

describe('how the script is loaded', () => {
  it('loaded twice (second copy from another URL, async, after the banner is up): one instance, one UI host', async () => {
    const { page: p, errors } = await visit(
      '/bad/load/twice',
      page({ config: BASE_CONFIG, head: '<script>window.__first = window.PrivacyChoices;</script>' }),
    );
    await uiButton(p, 'Accept').waitFor({ state: 'visible' });
    await p.evaluate(
      () =>
        new Promise<void>((done) => {
          const s = document.createElement('script');
          s.src = '/dist/privacy-choices.js?v=2';
          s.async = true;
          s.onload = () => done();
          document.head.appendChild(s);
        }),
    );
    await settle(p);
    expect(await p.evaluate(() => (window as any).__first === (window as any).PrivacyChoices)).toBe(true);
    expect(await uiCounts(p)).toEqual({ hosts: 1, buttons: 4 });
    expect((await events(p)).filter((e) => e.type === 'ready')).toHaveLength(1);
    await uiButton(p, 'Decline').click();
    await expect.poll(async () => (await getState(p)).saleOptOut).toBe(true);
    expect((await events(p)).filter((e) => e.type === 'change')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('loaded with async (opt-in): banner shows, nothing runs before consent, Accept all runs the tags in order', async () => {
    const { page: p, errors } = await visit('/bad/load/async', page({ config: OPT_IN, scriptAttributes: 'async' }));
    await uiButton(p, 'Accept all').waitFor({ state: 'visible' });
    await settle(p);
    expect(await ran(p)).toEqual([]);
    await uiButton(p, 'Accept all').click();
    await expect.poll(() => ran(p)).toEqual(['analytics', 'ads-inline']);
    expect(await pageAlive(p)).toBe(1);
    expect(errors).toEqual([]);
  });

  const injectOn = (event: string, delay = 0) =>
    `<script>${event === 'DOMContentLoaded' ? 'document' : 'window'}.addEventListener(${JSON.stringify(event)}, function () { setTimeout(function () {
      var s = document.createElement('script'); s.src = '/dist/privacy-choices.js'; document.head.appendChild(s);
    }, ${delay}); });</script>`;

  for (const [label, head, extraBody] of [
    ['after DOMContentLoaded', injectOn('DOMContentLoaded'), ''],
    ['1 s after window load (lazy tag manager)', injectOn('load', 1000), ''],
    [
      'after DOMContentLoaded, on a page with an element id="PrivacyChoices"',
      injectOn('DOMContentLoaded'),
      '<div id="PrivacyChoices">Your privacy choices</div>',
    ],
  ] as const) {
    it(`loaded ${label} (opt-in): banner shows, Reject all keeps the tags blocked`, async () => {
      const { page: p, errors } = await visit(
        `/bad/load/${hash(label)}`,
        page({ config: OPT_IN, noScript: true, head, body: extraBody + TAGS }),
      );
      await chooseOnBanner(p, 'Reject all', errors);
      await quiet(p);
      expect(await ran(p)).toEqual([]);
      expect(await pageAlive(p)).toBe(1);
      expect(errors).toEqual([]);
    });
  }

  it('document.body missing at load (SDK first in <head>, the normal case): banner shows once the body exists', async () => {
    const { page: p, errors } = await visit(
      '/bad/load/head',
      page({ config: BASE_CONFIG, head: '<script>window.__bodyAtSdk = !!document.body;</script>' }),
    );
    await uiButton(p, 'Accept').waitFor({ state: 'visible' });
    expect(await p.evaluate(() => (window as any).__bodyAtSdk)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('body arrives late (a blocking slow tag in <head> after the SDK): the UI chunk arrives first, the banner still mounts', async () => {
    const head = '<script src="/tag/slow-head.js?delay=2000"></script>';
    const { page: p, errors } = await visit('/bad/load/late-body', page({ config: BASE_CONFIG, head }), (ctx) =>
      ctx.addInitScript(() =>
        addEventListener('privacy-choices:ready', () => ((window as any).__bodyAtReady = !!document.body)),
      ),
    );
    await uiButton(p, 'Accept').waitFor({ state: 'visible', timeout: 15_000 });
    // The SDK did not wait for the body to start (ready fired while the parser was still blocked).
    expect(await p.evaluate(() => (window as any).__bodyAtReady)).toBe(false);
    expect(await ran(p)).toEqual(['slow-head', 'analytics', 'ads-inline']);
    expect(await uiCounts(p)).toEqual({ hosts: 1, buttons: 4 });
    await uiButton(p, 'Decline').click();
    await expect.poll(async () => (await getState(p)).saleOptOut).toBe(true);
    expect(errors).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------

describe('hostile host pages', () => {
  const hostile: [string, () => void][] = [
    [
      'enumerable junk on Array.prototype and Object.prototype',
      () => {
        (Array.prototype as any).junkMethod = () => 'junk';
        (Array.prototype as any).junkValue = 42;
        (Object.prototype as any).polluted = 'yes';
      },
    ],
    [
      'window.Promise replaced by a broken stub before the SDK loads',
      () => {
        // biome-ignore lint/suspicious/noShadowRestrictedNames: a stub that passes for Promise, name too
        (window as any).Promise = function Promise() {
          throw new Error('broken Promise polyfill');
        };
      },
    ],
    [
      'window.Promise removed',
      () => {
        (window as any).Promise = undefined;
      },
    ],
    [
      'Object.prototype, Array.prototype and Function.prototype frozen (SES-style lockdown)',
      () => {
        Object.freeze(Object.prototype);
        Object.freeze(Array.prototype);
        Object.freeze(Function.prototype);
      },
    ],
    [
      'no BroadcastChannel, ResizeObserver or MutationObserver',
      () => {
        (window as any).BroadcastChannel = undefined;
        (window as any).ResizeObserver = undefined;
        (window as any).MutationObserver = undefined;
      },
    ],
  ];

  it('queueMicrotask and Promise replaced by task-based shims: the next script still finds the instance, the stubs and Consent Mode’s default', async () => {
    const config: Config = {
      ...BASE_CONFIG,
      integrations: { googleConsentMode: true, gpp: true, usp: true },
    };
    // Right after the SDK's tag, before any later script: what a gated or Google tag would find.
    const head = `<script>window.__next = {
      instance: !!window.PrivacyChoices && typeof window.PrivacyChoices.getState === 'function',
      gpp: typeof window.__gpp, usp: typeof window.__uspapi,
      first: window.dataLayer && window.dataLayer[0] && Array.from(window.dataLayer[0]).slice(0, 2),
    };</script>`;
    const { page: p, errors } = await visit('/bad/host/task-microtasks', page({ config, head }), (ctx) =>
      ctx.addInitScript(() => {
        // Old polyfills: a "microtask" that is a task, and a Promise that throws.
        (window as any).queueMicrotask = (callback: () => void) => setTimeout(callback);
        // biome-ignore lint/suspicious/noShadowRestrictedNames: a stub that passes for Promise, name too
        (window as any).Promise = function Promise() {
          throw new Error('broken Promise polyfill');
        };
      }),
    );
    expect(await p.evaluate(() => (window as any).__next)).toEqual({
      instance: true,
      gpp: 'function',
      usp: 'function',
      first: ['consent', 'default'],
    });
    await chooseOnBanner(p, 'Decline', errors);
    expect(await pageAlive(p)).toBe(1);
    expect(errors).toEqual([]);
  });

  for (const [label, init] of hostile) {
    it(`${label}: banner shows, Decline works, preferences save works, the page still runs`, async () => {
      const { page: p, errors } = await visit(`/bad/host/${hash(label)}`, page({ config: BASE_CONFIG }), (ctx) =>
        ctx.addInitScript(init),
      );
      await chooseOnBanner(p, 'Decline', errors);
      const state = await p.evaluate(() => {
        const s = (window as any).PrivacyChoices.getState();
        return {
          saleOptOut: s.saleOptOut,
          keys: Object.keys(s.categories),
          categories: JSON.parse(JSON.stringify(s.categories)),
        };
      });
      expect(state).toEqual({
        saleOptOut: true,
        keys: ['necessary', 'analytics', 'advertising'],
        categories: { necessary: true, analytics: false, advertising: false },
      });
      expect(await storedChoice(suite.context!)).toMatchObject({ saleOptOut: true, shareOptOut: true });
      // The second layer and the API work too.
      await p.click('#prefs');
      await uiButton(p, 'Save choices').click();
      await p.waitForTimeout(400); // no page-side Promise here: some cases break it on purpose
      const keys = await p.evaluate(() => Object.keys((window as any).PrivacyChoices.getState().categories));
      expect(keys).toEqual(['necessary', 'analytics', 'advertising']);
      const setError = await p.evaluate(() => {
        try {
          (window as any).PrivacyChoices.set({ analytics: false });
          return null;
        } catch (error) {
          return String(error);
        }
      });
      expect(setError).toBeNull();
      expect(await pageAlive(p)).toBe(1);
      expect(errors).toEqual([]);
    });
  }
});
