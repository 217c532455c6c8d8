// Consent records: one record per stored choice, POSTed to a collector (packages/collector), so
// the business can prove the choice after the visitor's cookie is gone (GDPR Art. 7(1), CCPA
// regulations §7101).
//
// Timing: a record leaves only after the cookie holds the choice (core tells us through
// onStored), and in a task of its own, so the click never waits for it.
//
// Delivery and "recorded": a fresh choice goes with navigator.sendBeacon, which the browser
// delivers even when the visitor navigates away at once, but which cannot tell whether the
// collector stored it. So the cookie's `recorded` flag is set only from an answer we can read:
// on the next page view a choice not yet marked recorded is sent again with fetch (keepalive),
// and a 2xx marks it. The collector is idempotent on (id, decidedAt), so the second send never
// makes a second record; a send that failed is retried the same way on every later page view.
// Without sendBeacon (or when it refuses), the first send is that fetch.
import type { Integration, IntegrationContext } from '../core/runtime';
import type { State } from '../core/types';

/** The body of POST /v1/records: the state's fields the record needs (named one by one: a new
 *  state field is not sent until the collector's schema knows it), with decidedAt in epoch ms,
 *  plus the config, region, language and page in force. */
export function recordBody(context: IntegrationContext, state: State): string {
  const { settings } = context;
  const { id, revision, mode, source, categories, saleOptOut, shareOptOut, gpc, knownChild } = state;
  const body: Record<string, unknown> = {
    id,
    decidedAt: Date.parse(state.decidedAt!),
    revision,
    mode,
    source,
    categories,
    saleOptOut,
    shareOptOut,
    gpc,
    // Why sale and sharing may be off without a request: the known-child rule (docs/semantics.md).
    // The rule's opt-out is the only decision the business makes (source default), so a record of
    // one says so even after the page lifted the mark: a record the beacon lost is sent again on
    // a later page view, from the cookie, and must still describe the decision it names.
    knownChild: knownChild || (source === 'default' && (saleOptOut || shareOptOut)),
    fingerprint: settings.fingerprint,
    region: /^[\w-]{1,32}$/.test(settings.region) ? settings.region : null,
    language: context.language.replace(/[^a-z0-9-]/g, ''),
    // Origin and path only: a query string or fragment may hold personal data.
    page: (location.origin + location.pathname).slice(0, 2000),
  };
  return JSON.stringify(body);
}

/** The endpoint (sendBeacon and fetch resolve a relative one against the page); with
 *  cookieRefresh, the cookie the collector's answer re-sets. */
export function recordsUrl(context: IntegrationContext): string {
  const { records, cookie } = context.settings;
  const endpoint = records!.endpoint;
  return records!.cookieRefresh
    ? endpoint +
        (endpoint.indexOf('?') < 0 ? '?' : '&') +
        'cookie=' +
        encodeURIComponent(cookie.name) +
        '&days=' +
        cookie.days +
        (cookie.domain ? '&domain=' + encodeURIComponent(cookie.domain) : '')
    : endpoint;
}

function beacon(url: string, body: string): boolean {
  try {
    // A string body is text/plain: no CORS preflight, which a beacon could not make.
    return typeof navigator.sendBeacon === 'function' && navigator.sendBeacon(url, body);
  } catch {
    return false;
  }
}

function post(url: string, body: string, acknowledged: () => void) {
  try {
    fetch(url, { method: 'POST', body, keepalive: true }).then(
      (response) => response.ok && acknowledged(),
      () => {},
    );
  } catch {
    /* no fetch: the next page view tries again */
  }
}

export const records: Integration = (context) => {
  if (!context.settings.records) return;
  const sent: Record<string, boolean> = {};
  const send = (state: State, fresh: boolean) => {
    if (!state.id || !state.decidedAt) return;
    const key = state.id + state.decidedAt;
    if (sent[key]) return;
    sent[key] = true;
    const decidedAt = Date.parse(state.decidedAt);
    const body = recordBody(context, state);
    const url = recordsUrl(context);
    if (!(fresh && beacon(url, body))) post(url, body, () => context.markRecorded(state.id!, decidedAt));
  };
  const offStored = context.onStored((state) => setTimeout(() => send(state, true)));
  // A choice from an earlier page view that the collector has not acknowledged yet (one made on
  // this page view in the meantime is onStored's).
  const earlier = context.getState();
  const retry = setTimeout(() => {
    const state = context.getState();
    if (!context.isRecorded() && state.id === earlier.id && state.decidedAt === earlier.decidedAt) send(state, false);
  });
  return () => {
    offStored();
    clearTimeout(retry);
  };
};
