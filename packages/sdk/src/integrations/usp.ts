// IAB US Privacy (USP, deprecated by IAB in 2024 but still read by some vendors, Google among
// them): `window.__uspapi('getUSPData', 1, cb)`, the `__uspapiLocator` frame (`usp`; in the script
// tag the stubs serve the frames: integrations/iab-stubs.ts), and the
// `usprivacy` cookie (docs/semantics.md, "What each integration says").
import { writeCookie } from '../browser/cookies';
import type { Integration } from '../core/runtime';
import { usLawApplies } from '../core/jurisdiction';
import { doesPractice, sellsOrShares, usOptOutValue } from '../core/practices';
import type { Settings } from '../core/settings';
import type { State } from '../core/types';
import { withFrames } from './frames';

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

type UspWindow = Window & { __uspapi?: unknown };
type Api = (command: unknown, version: unknown, callback: unknown) => void;

/** `window.__uspapi` and the cookie, without the locator frame (the script tag's stubs serve it). */
export const uspApi: Integration = (context) => {
  const { settings } = context;
  if (!settings.usp) return;
  const page = window as UspWindow;
  let value = '';
  const update = (state: State) => {
    value = uspString(settings, state);
    // Cookies unavailable (sandboxed frame): the API still answers.
    writeCookie('usprivacy', value, settings.cookie); // its days and domain
  };
  const api: Api = (command, version, callback) => {
    if (typeof callback !== 'function') return;
    if (command === 'getUSPData' && (version == null || +(version as number) === 1))
      callback({ version: 1, uspString: value }, true);
    else callback(null, false);
  };
  update(context.getState());
  page.__uspapi = api;
  const offChange = context.onChange(update);
  return () => {
    offChange();
    if (page.__uspapi === api) delete page.__uspapi;
  };
};

/** The USP integration: the API plus the `__uspapiLocator` frame and the frame calls. */
export const usp: Integration = (context) => {
  const stop = uspApi(context);
  const api = (window as UspWindow).__uspapi as Api;
  return stop && withFrames('__uspapi', stop, (call, reply) => api(call.command, call.version, reply));
};
