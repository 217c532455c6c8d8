// One script tag for every config: with `gpp: true` and `usp: true`, the documented
// `privacy-choices.js` defines `__gpp` / `__uspapi` and their locator frames synchronously, and
// the APIs' chunk answers every call queued before it arrived, in order, from the page and from
// child frames. A page without GPP or USP loads no chunk and gets no stub.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser';
import { uiButton } from '../support/flow';
import { CALLER_FRAME, childFrame, otherOrigin, frameReplies, iabPage, waitForIAB } from '../support/integrations';
import { BASE_CONFIG } from '../support/pages';
import type { Config } from '../../../packages/sdk/src/core/types';
import { browserSuite } from '../support/suite';

const suite = browserSuite({ routes: { '/vendor/caller.html': CALLER_FRAME } });

const BOTH: Config = { ...BASE_CONFIG, integrations: { gpp: true, usp: true } };
const CHUNK = '/dist/privacy-choices-iab-api.js';

// Runs right after the SDK's script tag, before the APIs' chunk can have arrived.
const EARLY_CALLS = `<script>
window.__log = [];
__gpp('ping', function (d, ok) { __log.push(['ping', d.cmpStatus, d.signalStatus, ok]); });
__gpp('addEventListener', function (e) { __log.push(['event', e.eventName, e.data, e.listenerId]); });
__gpp('getField', function (d, ok) { __log.push(['getField', d, ok]); }, 'usnat.SaleOptOut');
__uspapi('getUSPData', 1, function (d, ok) { __log.push(['usp', d.uspString, ok]); });
__gpp('hasSection', function (d, ok) { __log.push(['hasSection', d, ok]); }, 'usnat');
window.__locators = [document.getElementsByName('__gppLocator').length, document.getElementsByName('__uspapiLocator').length];
</script>`;

const log = (page: Page) => page.evaluate(() => (window as unknown as { __log: unknown[][] }).__log);

describe('GPP and USP from the one script tag', () => {
  it('stubs answer at once, queued calls (page and child frame) are answered in order when the chunk arrives', async () => {
    const page = await (await suite.visitor({ events: false })).newPage();
    const errors = watchErrors(page);
    // Hold the APIs' chunk until the test lets it through.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${CHUNK}`, async (route) => {
      await released;
      await route.continue();
    });
    const body = `<iframe title="vendor" src="${otherOrigin(suite.server)}/vendor/caller.html"></iframe>`;
    await page.goto(suite.server.route('/iab/early', iabPage({ config: BOTH, head: EARLY_CALLS, body })), {
      waitUntil: 'domcontentloaded',
    });

    // Before the chunk: ping and addEventListener answered by the stub, the rest waits.
    expect(await page.evaluate(() => (window as unknown as { __locators: number[] }).__locators)).toEqual([1, 1]);
    expect(await log(page)).toEqual([
      ['ping', 'stub', 'not ready', true],
      ['event', 'listenerRegistered', true, 1],
    ]);
    const frame = await childFrame(page, 'caller.html');
    await frame.evaluate(() => {
      const call = (window as unknown as { __call: (api: string, call: object, asString?: boolean) => boolean }).__call;
      call('__gpp', { command: 'ping', callId: 'f1' });
      call('__gpp', { command: 'getField', parameter: 'usnat.SaleOptOut', callId: 'f2' });
      call('__uspapi', { command: 'getUSPData', version: 1, callId: 'f3' }, true);
    });
    await expect.poll(() => frameReplies(frame).then((r) => r.length)).toBe(1);
    const [first] = await frameReplies(frame);
    expect(first.data).toMatchObject({
      __gppReturn: { callId: 'f1', success: true, returnValue: { cmpStatus: 'stub', signalStatus: 'not ready' } },
    });
    await page.waitForTimeout(200);
    expect(await frameReplies(frame)).toHaveLength(1); // the rest is queued, not dropped or answered empty

    release();
    await waitForIAB(page);
    const after = await log(page);
    // The stub's listener hears the CMP load; then each API's queued calls, in the order they
    // were made (the two APIs are independent: GPP's queue runs first).
    expect(after.filter((e) => e[0] !== 'event')).toEqual([
      ['ping', 'stub', 'not ready', true],
      ['getField', 2, true],
      ['hasSection', true, true],
      ['usp', '1YNN', true],
    ]);
    expect(after).toContainEqual(['event', 'cmpStatus', 'loaded', 1]);
    expect(after).toContainEqual(['event', 'signalStatus', 'ready', 1]);
    await expect.poll(() => frameReplies(frame).then((r) => r.length)).toBe(3);
    const replies = await frameReplies(frame);
    expect(replies[1].data).toEqual({ __gppReturn: { callId: 'f2', success: true, returnValue: 2 } });
    expect(replies[2].type).toBe('string'); // asked as a JSON string, answered as one
    expect(JSON.parse(replies[2].data as string)).toEqual({
      __uspapiReturn: { callId: 'f3', success: true, returnValue: { version: 1, uspString: '1YNN' } },
    });

    // From then on the APIs answer synchronously, once per call, and follow the visitor's choice.
    await uiButton(page, 'Decline').click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          let usp = '';
          let sale = 0;
          const w = window as unknown as { __uspapi: (...a: unknown[]) => void; __gpp: (...a: unknown[]) => void };
          w.__uspapi('getUSPData', 1, (d: { uspString: string }) => (usp = d.uspString));
          w.__gpp('getField', (d: number) => (sale = d), 'usnat.SaleOptOut');
          return [usp, sale];
        }),
      )
      .toEqual(['1YYN', 1]);
    await frame.evaluate(() =>
      (window as unknown as { __call: (api: string, call: object) => void }).__call('__gpp', {
        command: 'getField',
        parameter: 'usnat.SaleOptOut',
        callId: 'f4',
      }),
    );
    await expect.poll(() => frameReplies(frame).then((r) => r.length)).toBe(4);
    expect((await frameReplies(frame))[3].data).toEqual({
      __gppReturn: { callId: 'f4', success: true, returnValue: 1 },
    });
    await page.waitForTimeout(200);
    expect(await frameReplies(frame)).toHaveLength(4); // one listener answers: no double replies
    expect(errors).toEqual([]);
  });

  it('a page without GPP or USP loads no IAB chunk and defines no stub or locator frame', async () => {
    const page = await (await suite.visitor({ events: false })).newPage();
    const before = suite.server.requests.length;
    await page.goto(suite.server.route('/iab/none', iabPage({ config: BASE_CONFIG })));
    await uiButton(page, 'Decline').waitFor();
    expect(suite.server.requests.slice(before)).not.toContain(CHUNK);
    expect(
      await page.evaluate(() => [
        typeof (window as unknown as { __gpp?: unknown }).__gpp,
        typeof (window as unknown as { __uspapi?: unknown }).__uspapi,
        document.getElementsByName('__gppLocator').length,
      ]),
    ).toEqual(['undefined', 'undefined', 0]);
  });

  it('USP alone: __uspapi and its locator, no __gpp', async () => {
    const page = await (await suite.visitor({ events: false })).newPage();
    await page.goto(
      suite.server.route('/iab/usp', iabPage({ config: { ...BASE_CONFIG, integrations: { usp: true } } })),
    );
    await waitForIAB(page);
    expect(
      await page.evaluate(() => [
        typeof (window as unknown as { __gpp?: unknown }).__gpp,
        document.getElementsByName('__uspapiLocator').length,
      ]),
    ).toEqual(['undefined', 1]);
    expect(
      await page.evaluate(
        () =>
          new Promise((ok) =>
            (window as unknown as { __uspapi: (...a: unknown[]) => void }).__uspapi('getUSPData', 1, (d: unknown) =>
              ok(d),
            ),
          ),
      ),
    ).toEqual({ version: 1, uspString: '1YNN' });
  });

  it('privacy-choices-iab.js, the former IAB build, is the same file', () => {
    const dist = new URL('../../../packages/sdk/dist/', import.meta.url);
    expect(
      readFileSync(new URL('privacy-choices-iab.js', dist)).equals(readFileSync(new URL('privacy-choices.js', dist))),
    ).toBe(true);
  });
});
