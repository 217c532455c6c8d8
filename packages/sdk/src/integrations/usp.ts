// IAB US Privacy (USP, deprecated by IAB in 2024 but still read by some vendors, Google among
// them): `window.__uspapi('getUSPData', 1, cb)`, the `__uspapiLocator` frame, and the
// `usprivacy` cookie (standards §4.8).
import { writeCookie } from '../core/cookies';
import type { Integration } from '../core/runtime';
import { sellsOrShares, type Settings } from '../core/settings';
import type { State } from '../core/types';
import { serveFrames, type Reply } from './frames';

/**
 * Version 1; notice given "Y"; opted out of sale "Y"/"N"; LSPA covered "N" (the SDK has no LSPA
 * setting). A site that neither sells nor shares is outside the CCPA opt-out: "1---".
 * Opted out means either opt-out flag (USP predates CPRA "sharing"; vendors read this one
 * letter for both) or a GPC signal the config honours.
 */
export function uspString(settings: Settings, state: State): string {
  if (!sellsOrShares(settings)) return '1---';
  return '1Y' + (state.saleOptOut || state.shareOptOut || (state.gpc && settings.honorGpc) ? 'Y' : 'N') + 'N';
}

export const usp: Integration = (ctx) => {
  const { settings } = ctx;
  if (!settings.usp) return;
  const w = window as unknown as { __uspapi?: unknown; __uspapi_msghandler?: unknown };
  let value = '';
  const update = (state: State) => {
    value = uspString(settings, state);
    // Cookies unavailable (sandboxed frame): the API still answers.
    writeCookie('usprivacy', value, { days: settings.cookie.days, domain: settings.cookie.domain });
  };
  const api = (command: unknown, version: unknown, callback: unknown) => {
    if (typeof callback != 'function') return;
    if (command === 'getUSPData' && (version == 1 || version == null)) callback({ version: 1, uspString: value }, true);
    else callback(null, false);
  };
  update(ctx.getState());
  w.__uspapi = api;
  // A stub's message handler (integrations/iab-stubs.ts) forwards frame calls to window.__uspapi,
  // i.e. to us: a second listener would answer every call twice.
  const offFrames = serveFrames('__uspapi', (call, reply: Reply) => api(call.command, call.version, reply), !w.__uspapi_msghandler);
  const offChange = ctx.onChange(update);
  return () => {
    offChange();
    offFrames();
    if (w.__uspapi === api) delete w.__uspapi;
  };
};
