// Helpers for the ad-stack integration tests (test/browser/integrations): pages on the one script,
// dataLayer snapshots that keep the Arguments-vs-object distinction, synchronous __gpp/__uspapi
// calls, a child frame that talks to a CMP API through its locator frame, and the reference GPP
// encoder (@iabgpp/cmpapi) to compute and decode expected strings independently of the SDK.
import { GppModel } from '@iabgpp/cmpapi';
import type { Frame, Page } from 'playwright-core';
import { sitePage, type PageOptions } from './pages';
import type { TestServer } from './server';

/** The one script tag file: it serves GPP and USP too (their APIs load as a chunk). */
export const SCRIPT = '/dist/privacy-choices.js';

/**
 * A site page on a given build. `before` goes between the config element and the SDK script (a
 * page's own dataLayer/gtag or a CMP stub), `head` after it (probes that run right after the SDK).
 */
export function buildPage(build: string, options: PageOptions & { before?: string }): string {
  const { before, head, ...rest } = options;
  return sitePage({ ...rest, noScript: true, head: `${before || ''}<script src="${build}"></script>${head || ''}` });
}

export const iabPage = (options: PageOptions & { before?: string }) => buildPage(SCRIPT, options);

export interface LayerEntry {
  /** Object.prototype.toString of the entry: '[object Arguments]' for gtag commands. */
  kind: string;
  /** Arguments as an array, anything else as JSON. */
  value: unknown;
}

/** window.dataLayer as it is now, entry by entry. */
export const dataLayerEntries = (page: Page): Promise<LayerEntry[]> =>
  page.evaluate(() =>
    ((window as unknown as { dataLayer?: unknown[] }).dataLayer || []).map((e) => {
      const kind = Object.prototype.toString.call(e);
      return {
        kind,
        value: kind === '[object Arguments]' ? Array.prototype.slice.call(e) : JSON.parse(JSON.stringify(e)),
      };
    }),
  );

/** The gtag commands (Arguments entries) `consent <type>`, in order, as their values object. */
export const consentCommands = (entries: LayerEntry[], type: 'default' | 'update') =>
  entries
    .filter(
      (e) =>
        e.kind === '[object Arguments]' &&
        (e.value as unknown[])[0] === 'consent' &&
        (e.value as unknown[])[1] === type,
    )
    .map((e) => (e.value as unknown[])[2] as Record<string, unknown>);

export const GCM_KEYS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

export interface ApiAnswer<T = unknown> {
  /** The callback ran before the API function returned. */
  sync: boolean;
  calls: number;
  data: T;
  success: boolean;
}

/** Calls `window.__gpp(command, cb, parameter)` and reports whether it answered synchronously. */
export const gppCall = <T = unknown>(page: Page, command: string, parameter?: unknown): Promise<ApiAnswer<T>> =>
  page.evaluate(
    ([command, parameter]) => {
      const answer = { sync: false, calls: 0, data: undefined as unknown, success: false };
      let returned = false;
      (window as unknown as { __gpp: (...a: unknown[]) => void }).__gpp(
        command,
        (data: unknown, success: boolean) => {
          answer.calls++;
          answer.sync = !returned;
          answer.data = data === undefined ? undefined : JSON.parse(JSON.stringify(data));
          answer.success = success;
        },
        parameter,
      );
      returned = true;
      return answer;
    },
    [command, parameter] as const,
  ) as Promise<ApiAnswer<T>>;

export const gppString = async (page: Page): Promise<string> =>
  (await gppCall<{ gppString: string }>(page, 'ping')).data.gppString;

/** `window.__uspapi('getUSPData', 1, cb)`, with whether it answered synchronously. */
export const uspCall = (page: Page): Promise<ApiAnswer<{ version: number; uspString: string }>> =>
  page.evaluate(() => {
    const answer = { sync: false, calls: 0, data: undefined as unknown, success: false };
    let returned = false;
    (window as unknown as { __uspapi: (...a: unknown[]) => void }).__uspapi(
      'getUSPData',
      1,
      (data: unknown, success: boolean) => {
        answer.calls++;
        answer.sync = !returned;
        answer.data = JSON.parse(JSON.stringify(data));
        answer.success = success;
      },
    );
    returned = true;
    return answer;
  }) as Promise<ApiAnswer<{ version: number; uspString: string }>>;

/**
 * A page meant to run in a child frame, as a vendor's ad or measurement script does: it walks up
 * the frame tree for the window that has a child frame named `<api>Locator`
 * (`w.frames[name]`, also across origins), posts calls to that window and keeps every message it
 * gets back in `window.__replies`.
 */
export const CALLER_FRAME = `<!doctype html><html><head><meta charset="utf-8"><title>vendor frame</title></head><body><p>vendor</p>
<script>
window.__replies = [];
addEventListener('message', function (e) { window.__replies.push({ type: typeof e.data, data: e.data }); });
window.__locate = function (name) {
  var w = window;
  for (;;) {
    try { if (w.frames[name]) return w; } catch (e) { /* keep walking */ }
    if (w === window.top) return null;
    w = w.parent;
  }
};
window.__call = function (api, call, asString) {
  var target = window.__locate(api + 'Locator');
  if (!target) return false;
  var message = {};
  message[api + 'Call'] = call;
  target.postMessage(asString ? JSON.stringify(message) : message, '*');
  return true;
};
</script></body></html>`;

/** The same test server under another host name: another origin (and site) for a child frame. */
export const otherOrigin = (server: TestServer) => server.origin.replace('127.0.0.1', 'localhost');

/** Finds the child frame whose URL contains `part`. */
export async function childFrame(page: Page, part: string): Promise<Frame> {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(part));
    if (frame) {
      await frame.waitForFunction(() => typeof (window as unknown as { __call?: unknown }).__call === 'function');
      return frame;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no child frame with ${part}`);
}

export const frameReplies = (frame: Frame): Promise<{ type: string; data: unknown }[]> =>
  frame.evaluate(() => (window as unknown as { __replies: { type: string; data: unknown }[] }).__replies);

/** usnat / usca field values (the rest stays at the reference encoder's defaults). */
export type Fields = Record<string, number | boolean | number[]>;

/** The GPP string the reference encoder @iabgpp/cmpapi 3.2.0 makes for these sections. */
export function referenceString(sections: Record<string, Fields>): string {
  const model = new GppModel();
  for (const [section, fields] of Object.entries(sections)) {
    for (const [field, value] of Object.entries(fields)) model.setFieldValue(section, field, value);
  }
  return model.encode();
}

/** Decodes with the reference implementation; returns section ids and the requested fields. */
export function decode(
  gpp: string,
  section: string,
  fields: string[],
): { ids: number[]; values: Record<string, unknown> } {
  const model = new GppModel(gpp);
  const values: Record<string, unknown> = {};
  for (const field of fields) values[field] = model.getFieldValue(section, field);
  return { ids: model.getSectionIds() as number[], values };
}

/** A usnat section for a site that sells and shares (BASE_CONFIG), with the given opt-out. */
export const sellerUsnat = (optedOut: boolean, gpc: boolean): Fields => ({
  SharingNotice: 1,
  SaleOptOutNotice: 1,
  SharingOptOutNotice: 1,
  TargetedAdvertisingOptOutNotice: 1,
  SaleOptOut: optedOut ? 1 : 2,
  SharingOptOut: optedOut ? 1 : 2,
  TargetedAdvertisingOptOut: optedOut ? 1 : 2,
  MspaCoveredTransaction: 2,
  Gpc: gpc,
});

export const sellerUsca = (optedOut: boolean, gpc: boolean): Fields => ({
  SaleOptOutNotice: 1,
  SharingOptOutNotice: 1,
  SaleOptOut: optedOut ? 1 : 2,
  SharingOptOut: optedOut ? 1 : 2,
  MspaCoveredTransaction: 2,
  Gpc: gpc,
});

/**
 * Waits until the GPP and USP APIs themselves answer (their chunk has loaded and taken over from
 * the stubs): `__gpp` ping says cmpStatus "loaded", `__uspapi` answers synchronously. A vendor
 * does the same by waiting for signalStatus "ready".
 */
export const waitForIAB = (page: Page) =>
  page.waitForFunction(() => {
    const w = window as unknown as { __gpp?: (...a: unknown[]) => void; __uspapi?: (...a: unknown[]) => void };
    let gpp = typeof w.__gpp !== 'function';
    let usp = typeof w.__uspapi !== 'function';
    if (!gpp) w.__gpp!('ping', (data: { cmpStatus: string }) => (gpp = data.cmpStatus === 'loaded'));
    if (!usp) w.__uspapi!('getUSPData', 1, () => (usp = true));
    return gpp && usp;
  });
