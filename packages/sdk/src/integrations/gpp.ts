// IAB GPP CMP API v1.1: `window.__gpp(command, callback, parameter, version)` with the generic
// commands (ping, addEventListener, removeEventListener, hasSection, getSection, getField),
// answered synchronously, plus the `__gppLocator` frame for callers in iframes (`gpp`; in the
// script tag the stubs serve the frames: integrations/iab-stubs.ts). US sections are
// opt-out frameworks: the string is final once built, so the signal is "ready" from the start
// (the IAB GPP CMP API specification) and only goes "not ready" while a change is applied.
//
// getSection returns what the spec defines: an array of sub-section objects, e.g.
// [{Version: 2, SharingNotice: 1, …}, {SubsectionType: 1, Gpc: true}] (parsedSections likewise).
// The reference implementation @iabgpp/cmpapi 3.2.0 returns one flat object with GpcSegmentType
// and GpcSegmentIncluded instead; getField reads the same either way ("usnat.SaleOptOut",
// "usnat.Gpc").
import type { Integration, IntegrationContext } from '../core/runtime';
import type { State } from '../core/types';
import { encodeSection, gppString, SECTION_IDS, type ParsedSection } from './gpp-encoder';
import { applicableSectionNames, gppSections, sectionNames } from './gpp-sections';
import { withFrames } from './frames';

type Callback = (data: unknown, success: boolean) => void;

/** What a stub (IAB sample) leaves on `window.__gpp` once called: the calls it queued, the
 *  listeners it registered (already told "listenerRegistered"), and the last listener id. */
interface Stub {
  queue?: ArrayLike<unknown>[];
  events?: { id: number; callback: Callback }[];
  lastId?: number;
}

type Listeners = Record<string, Callback>;
type GppWindow = Window & { __gpp?: unknown };
type Run = (command: unknown, callback: unknown, parameter?: unknown) => void;

const own = Object.prototype.hasOwnProperty;

/** The event object a listener gets, with the ping data as of now. */
const gppEvent = (eventName: string, data: unknown, listenerId: number, pingData: object) => ({
  eventName,
  listenerId,
  data,
  pingData,
});

/** Tells every listener; one broken vendor must not silence the others. */
function notify(listeners: Listeners, eventName: string, data: unknown, ping: () => object) {
  for (const id in listeners) {
    try {
      listeners[id](gppEvent(eventName, data, +id, ping()), true);
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  }
}

/** hasSection, getSection and getField ("usnat", "usnat.SaleOptOut") from the sections last
 *  built, of the applicable `names` only; any other command fails. */
function answerSectionCommand(
  command: unknown,
  parameter: unknown,
  callback: Callback,
  names: string[],
  sections: Record<string, ParsedSection>,
) {
  const [name, field] = String(parameter).split('.');
  const section = names.indexOf(name) < 0 ? null : sections[name];
  if (command === 'hasSection') return callback(!!section, true);
  if (command === 'getSection') return callback(section, true);
  if (command !== 'getField') return callback(null, false);
  let value: unknown = null;
  if (section) for (const sub of section) if (own.call(sub, field)) value = sub[field];
  callback(value, true);
}

/** The part of PingReturn that is fixed for the page view. Supported: what the site configured;
 *  the section list: the configured sections whose law applies to this visitor. New arrays for
 *  every answer: a caller that edits the one it got must not edit the API's own list of section
 *  ids, from which every later GPP string is built. */
const fixedPingFields = (supported: string[], ids: number[]) => ({
  supportedAPIs: supported.map((name) => SECTION_IDS[name] + ':' + name),
  cmpId: 1, // the US sections have no CMP registration (IAB GPP CMP API specification)
  cmpVersion: 1,
  sectionList: ids.slice(),
  applicableSections: ids.length ? ids.slice() : [-1],
});

/** Takes over a stub's listeners (they keep their ids); returns the last id given out. */
function adoptListeners(stub: Stub, listeners: Listeners): number {
  let lastId = stub.lastId || 0;
  for (const e of stub.events || []) {
    listeners[e.id] = e.callback;
    lastId = Math.max(lastId, e.id);
  }
  return lastId;
}

/** Keeps the API in step with the state and the display; the teardown also removes `run` from
 *  `window.__gpp` (unless something replaced it since). */
function follow(context: IntegrationContext, update: (state: State) => void, syncDisplay: () => void, run: Run) {
  const offChange = context.onChange(update);
  const offDisplay = context.onDisplayChange(syncDisplay);
  return () => {
    offChange();
    offDisplay();
    const w = window as GppWindow;
    if (w.__gpp === run) delete w.__gpp;
  };
}

/** `window.__gpp` and its events, without the locator frame (the script tag's stubs serve it).
 *  In the string: only the sections whose law applies to this visitor (`names`, fixed for the
 *  page view: region and mode do not change). */
export const gppApi: Integration = (context) => {
  const { settings } = context;
  if (!settings.gpp) return;
  const w = window as GppWindow;
  const names = applicableSectionNames(settings);
  const ids = names.map((name) => SECTION_IDS[name]);
  const listeners: Listeners = Object.create(null);
  const stub = (w.__gpp || {}) as Stub;
  let lastId = adoptListeners(stub, listeners);
  // Until the first build: what a stub reported, so its listeners hear each change.
  let signal = 'not ready';
  let display = 'hidden';
  let sections: Record<string, ParsedSection> = {};
  let strings: string[] = [];
  let string = '';

  const supported = sectionNames(settings);
  const ping = () => ({
    gppVersion: '1.1',
    cmpStatus: 'loaded',
    cmpDisplayStatus: display,
    signalStatus: signal,
    ...fixedPingFields(supported, ids),
    gppString: string,
    parsedSections: sections,
  });
  const fire = (eventName: string, data: unknown) => notify(listeners, eventName, data, ping);
  const setSignal = (next: string) => {
    signal = next;
    fire('signalStatus', signal);
  };
  const syncDisplay = () => {
    const now = context.isDisplayed() ? 'visible' : 'hidden';
    if (now === display) return;
    display = now;
    fire('cmpDisplayStatus', display);
  };

  // Events in the order the spec requires: "not ready" first, "ready" last, between them the
  // display change and one sectionChange per section whose string changed. A change that
  // leaves every section as it was fires nothing.
  const update = (state: State) => {
    const next = gppSections(settings, state);
    const encoded = names.map((name) => encodeSection(name, next[name]));
    const changed = names.filter((_, i) => encoded[i] !== strings[i]);
    if (changed.length && signal === 'ready') setSignal('not ready');
    sections = next;
    strings = encoded;
    string = gppString(names.map((_, i) => [ids[i], encoded[i]]));
    syncDisplay();
    for (const name of changed) fire('sectionChange', name);
    if (signal !== 'ready') setSignal('ready');
  };

  const run: Run = (command, callback, parameter) => {
    if (typeof callback !== 'function') return; // nowhere to answer
    if (command === 'ping') callback(ping(), true);
    else if (command === 'addEventListener') {
      listeners[++lastId] = callback as Callback;
      callback(gppEvent('listenerRegistered', true, lastId, ping()), true);
    } else if (command === 'removeEventListener') {
      const known = (parameter as string) in listeners;
      delete listeners[parameter as string];
      callback(gppEvent('listenerRemoved', known, parameter as number, ping()), true);
    } else answerSectionCommand(command, parameter, callback as Callback, names, sections);
  };

  // Take over from a stub: its listeners hear the CMP load (cmpStatus, then the first update's
  // events); then the calls it queued run, in order.
  w.__gpp = run;
  fire('cmpStatus', 'loaded');
  update(context.getState());
  for (const args of stub.queue || []) run(args[0], args[1], args[2]);

  return follow(context, update, syncDisplay, run);
};

/** The GPP integration: the API plus the `__gppLocator` frame and the frame calls. */
export const gpp: Integration = (context) => {
  const stop = gppApi(context);
  const run = (window as GppWindow).__gpp as Run;
  return stop && withFrames('__gpp', stop, (call, reply) => run(call.command, reply, call.parameter));
};
