// IAB GPP (`__gpp`) and US Privacy (`__uspapi`) for the script tag, which serves every config
// from one file: what a page configures is defined synchronously as the IAB stubs define it, and
// the APIs' code (integrations/gpp.ts, usp.ts) arrives in a chunk that answers the queued calls in
// order. Until then `__gpp` answers ping with cmpStatus "stub" and signalStatus "not ready" and
// registers listeners (which then hear the CMP load), as the GPP spec allows; every other call,
// from this window or a child frame, waits in the queue. A page without GPP or USP loads nothing.
import type { Integration } from '../core/runtime';
import { serveFrames } from './frames';

type Callback = (data: unknown, success: boolean) => void;
export interface IABModule {
  gpp: Integration;
  usp: Integration;
}
export type IABLoader = (done: (module: IABModule) => void, fail: (error: unknown) => void) => void;

type StubWindow = Window & {
  __gpp?: unknown;
  __uspapi?: unknown;
  /** The IAB stubs' convention: a handler already forwards frame calls to window.__gpp. */
  __gpp_msghandler?: unknown;
  __uspapi_msghandler?: unknown;
};

const stubPing = () => ({
  gppVersion: '1.1',
  cmpStatus: 'stub',
  cmpDisplayStatus: 'hidden',
  signalStatus: 'not ready',
  supportedAPIs: [],
  cmpId: 1,
  cmpVersion: 1,
  sectionList: [],
  applicableSections: [-1],
  gppString: '',
  parsedSections: {},
});

/** `__gpp` as the IAB stub leaves it: `queue`, `events` and `lastId`, which gpp.ts takes over. */
function defineGppStub(w: StubWindow) {
  const queue: unknown[][] = [];
  const events: { id: number; callback: Callback; parameter?: unknown }[] = [];
  const stub = (command: unknown, callback: unknown, parameter?: unknown, version?: unknown) => {
    if (typeof callback != 'function') return;
    const event = (eventName: string, listenerId: unknown, data: boolean) => ({ eventName, listenerId, data, pingData: stubPing() });
    if (command === 'ping') callback(stubPing(), true);
    else if (command === 'addEventListener') {
      const id = ++stub.lastId;
      events.push({ id, callback: callback as Callback, parameter });
      callback(event('listenerRegistered', id, true), true);
    } else if (command === 'removeEventListener') {
      let found = false;
      for (let i = 0; i < events.length; i++) if (events[i].id === parameter) found = !!events.splice(i, 1);
      callback(event('listenerRemoved', parameter, found), true);
    } else queue.push([command, callback, parameter, version]);
  };
  stub.queue = queue;
  stub.events = events;
  stub.lastId = 0;
  w.__gpp = stub;
}

/** Stubs for what the config turns on, then the chunk. Its APIs start with the same context, so
 *  they hear every change from then on and read the current state at start. */
export const iabStubs = (load: IABLoader): Integration => (ctx) => {
  const { settings } = ctx;
  if (!settings.gpp && !settings.usp) return;
  const w = window as StubWindow;
  const stops: (() => void)[] = [];
  let stopped = false;
  // Frame calls go to whatever answers on this window: the stub first, the API once loaded.
  const forward = (api: '__gpp' | '__uspapi', marker: '__gpp_msghandler' | '__uspapi_msghandler') => {
    const listen = !w[marker];
    stops.push(
      serveFrames(
        api,
        (call, reply) => {
          const answer = w[api];
          if (typeof answer != 'function') return;
          if (api === '__gpp') answer(call.command, reply, call.parameter, call.version);
          else answer(call.command, call.version, reply);
        },
        listen,
      ),
    );
    if (listen) {
      w[marker] = true;
      stops.push(() => delete w[marker]);
    }
  };
  const uspQueue: unknown[][] = [];
  if (settings.gpp) {
    if (typeof w.__gpp != 'function') defineGppStub(w);
    forward('__gpp', '__gpp_msghandler');
  }
  if (settings.usp) {
    w.__uspapi = (...args: unknown[]) => void uspQueue.push(args);
    forward('__uspapi', '__uspapi_msghandler');
  }
  load(
    (module) => {
      if (stopped) return;
      for (const start of [module.gpp, module.usp]) {
        const stop = start(ctx);
        if (stop) stops.push(stop);
      }
      const api = w.__uspapi as (...args: unknown[]) => void;
      for (const args of uspQueue) api(...args);
    },
    (error) => console.error('privacy-choices: could not load the GPP/USP APIs', error),
  );
  return () => {
    stopped = true;
    stops.forEach((stop) => stop());
  };
};
