// IAB US Privacy (USP, deprecated by IAB in 2024 but still read by some vendors, Google among
// them): `window.__uspapi('getUSPData', 1, cb)`, the `__uspapiLocator` frame, and the
// `usprivacy` cookie (docs/semantics.md, "What each integration says").
import { writeCookie } from '../browser/cookies';
import type { Integration } from '../core/runtime';
import { usLawApplies } from '../core/jurisdiction';
import { doesPractice, sellsOrShares, usOptOutValue } from '../core/practices';
import type { Settings } from '../core/settings';
import type { State } from '../core/types';
import { serveFrames, type Reply } from './frames';

/**
 * Version 1; notice given "Y"; opted out of sale "Y"/"N"; LSPA covered "N" (the SDK has no LSPA
 * setting). "1---" where no US law applies to the visitor (core/jurisdiction.ts) or the site
 * neither sells nor shares. Otherwise the opt-out letter is GPP's SaleOptOut (1 = "Y"); a site
 * that shares without selling reports its SharingOptOut there (USP predates CPRA "sharing", and
 * vendors read this one letter for both). Both come from core/practices.ts, so the two APIs
 * always agree.
 */
export function uspString(settings: Settings, state: State): string {
  if (!usLawApplies(settings) || !sellsOrShares(settings)) return '1---';
  const practice = doesPractice(settings, 'sale') ? 'sale' : 'share';
  return '1Y' + (usOptOutValue(settings, state, practice) === 2 ? 'N' : 'Y') + 'N';
}

export const usp: Integration = (context) => {
  const { settings } = context;
  if (!settings.usp) return;
  const page = window as unknown as { __uspapi?: unknown; __uspapi_msghandler?: unknown };
  let value = '';
  const update = (state: State) => {
    value = uspString(settings, state);
    // Cookies unavailable (sandboxed frame): the API still answers.
    writeCookie('usprivacy', value, { days: settings.cookie.days, domain: settings.cookie.domain });
  };
  const api = (command: unknown, version: unknown, callback: unknown) => {
    if (typeof callback !== 'function') return;
    if (command === 'getUSPData' && (version == null || +(version as number) === 1))
      callback({ version: 1, uspString: value }, true);
    else callback(null, false);
  };
  update(context.getState());
  page.__uspapi = api;
  // A stub's message handler (integrations/iab-stubs.ts) forwards frame calls to window.__uspapi,
  // i.e. to us: a second listener would answer every call twice.
  const offFrames = serveFrames(
    '__uspapi',
    (call, reply: Reply) => api(call.command, call.version, reply),
    !page.__uspapi_msghandler,
  );
  const offChange = context.onChange(update);
  return () => {
    offChange();
    offFrames();
    if (page.__uspapi === api) delete page.__uspapi;
  };
};
