// IAB GPP CMP API v1.1: `window.__gpp(command, callback, parameter, version)` with the generic
// commands (ping, addEventListener, removeEventListener, hasSection, getSection, getField),
// answered synchronously, plus the `__gppLocator` frame for callers in iframes. US sections are
// opt-out frameworks: the string is final once built, so the signal is "ready" from the start
// (the IAB GPP CMP API specification) and only goes "not ready" while a change is applied.
//
// getSection returns what the spec defines: an array of sub-section objects, e.g.
// [{Version: 2, SharingNotice: 1, …}, {SubsectionType: 1, Gpc: true}] (parsedSections likewise).
// The reference implementation @iabgpp/cmpapi 3.2.0 returns one flat object with GpcSegmentType
// and GpcSegmentIncluded instead; getField reads the same either way ("usnat.SaleOptOut",
// "usnat.Gpc").
import type { Integration } from '../core/runtime';
import type { State } from '../core/types';
import { encodeSection, gppString, SECTION_IDS, type ParsedSection } from './gpp-encoder';
import { applicableSectionNames, gppSections, sectionNames } from './gpp-sections';
import { serveFrames } from './frames';

type Callback = (data: unknown, success: boolean) => void;

/** What a stub (IAB sample) leaves on `window.__gpp` once called: the calls it queued, the
 *  listeners it registered (already told "listenerRegistered"), and the last listener id. */
interface Stub {
  queue?: ArrayLike<unknown>[];
  events?: { id: number; callback: Callback }[];
  lastId?: number;
}

const own = Object.prototype.hasOwnProperty;

export const gpp: Integration = (context) => {
  const { settings } = context;
  if (!settings.gpp) return;
  const w = window as unknown as { __gpp?: unknown; __gpp_msghandler?: unknown };
  // Supported: what the site configured. In the string: only the sections whose law applies to
  // this visitor (fixed for the page view: region and mode do not change).
  const supported = sectionNames(settings);
  const names = applicableSectionNames(settings);
  const ids = names.map((name) => SECTION_IDS[name]);
  const listeners: Record<string, Callback> = Object.create(null);
  let lastId = 0;
  // Until the first build: what a stub reported, so its listeners hear each change.
  let signal = 'not ready';
  let display = 'hidden';
  let sections: Record<string, ParsedSection> = {};
  let strings: string[] = [];
  let string = '';

  const ping = () => ({
    gppVersion: '1.1',
    cmpStatus: 'loaded',
    cmpDisplayStatus: display,
    signalStatus: signal,
    supportedAPIs: supported.map((name) => SECTION_IDS[name] + ':' + name),
    cmpId: 1, // the US sections have no CMP registration (IAB GPP CMP API specification)
    cmpVersion: 1,
    sectionList: ids,
    applicableSections: ids.length ? ids : [-1],
    gppString: string,
    parsedSections: sections,
  });

  const event = (eventName: string, data: unknown, listenerId: number) => ({
    eventName,
    listenerId,
    data,
    pingData: ping(),
  });

  const fire = (eventName: string, data: unknown) => {
    for (const id in listeners) {
      try {
        listeners[id](event(eventName, data, +id), true);
      } catch (error) {
        setTimeout(() => {
          throw error;
        }); // one broken vendor must not silence the others
      }
    }
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
    if (changed.length && signal === 'ready') {
      signal = 'not ready';
      fire('signalStatus', signal);
    }
    sections = next;
    strings = encoded;
    string = gppString(names.map((_, i) => [ids[i], encoded[i]]));
    syncDisplay();
    for (const name of changed) fire('sectionChange', name);
    if (signal !== 'ready') {
      signal = 'ready';
      fire('signalStatus', signal);
    }
  };

  const run = (command: unknown, callback: unknown, parameter?: unknown) => {
    if (typeof callback !== 'function') return; // nowhere to answer
    const [name, field] = String(parameter).split('.');
    const section = names.indexOf(name as never) < 0 ? null : sections[name];
    let data: unknown = null;
    switch (command) {
      case 'ping':
        data = ping();
        break;
      case 'addEventListener':
        listeners[++lastId] = callback as Callback;
        data = event('listenerRegistered', true, lastId);
        break;
      case 'removeEventListener':
        data = event('listenerRemoved', (parameter as string) in listeners, parameter as number);
        delete listeners[parameter as string];
        break;
      case 'hasSection':
        data = !!section;
        break;
      case 'getSection':
        data = section;
        break;
      case 'getField':
        if (section) for (const sub of section) if (own.call(sub, field)) data = sub[field];
        break;
      default:
        return callback(null, false);
    }
    callback(data, true);
  };

  // Take over from a stub: its listeners keep their ids and hear the CMP load (cmpStatus, then
  // the first update's events); then the calls it queued run, in order.
  const stub = (w.__gpp || {}) as Stub;
  lastId = stub.lastId || 0;
  for (const e of stub.events || []) {
    listeners[e.id] = e.callback;
    lastId = Math.max(lastId, e.id);
  }
  w.__gpp = run;
  fire('cmpStatus', 'loaded');
  update(context.getState());
  for (const args of stub.queue || []) run(args[0], args[1], args[2]);

  const offChange = context.onChange(update);
  const offDisplay = context.onDisplayChange(syncDisplay);
  // The IAB stub's own message handler forwards frame calls to window.__gpp, i.e. to us: a
  // second listener would answer every call twice.
  const offFrames = serveFrames(
    '__gpp',
    (call, reply) => run(call.command, reply, call.parameter),
    !w.__gpp_msghandler,
  );

  return () => {
    offChange();
    offDisplay();
    offFrames();
    if (w.__gpp === run) delete w.__gpp;
  };
};
