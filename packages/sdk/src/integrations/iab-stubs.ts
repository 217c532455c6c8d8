// IAB GPP (`__gpp`) and US Privacy (`__uspapi`) for the script tag, which serves every config
// from one file: what a page configures is defined synchronously as the IAB stubs define it, and
// the APIs' code (integrations/gpp.ts, usp.ts) arrives in a chunk that answers the queued calls in
// order. Until then `__gpp` answers ping with cmpStatus "stub" and signalStatus "not ready" and
// registers listeners (which then hear the CMP load), as the GPP spec allows; every other call,
// from this window or a child frame, waits in the queue. A page without GPP or USP loads nothing.
import type { Integration } from '../core/runtime';
import { serveFrames, type FrameCall, type Reply } from './frames';

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
function gppStub() {
  const queue: unknown[][] = [];
  const events: { id: number; callback: Callback }[] = [];
  const stub = Object.assign(
    (command: unknown, callback: unknown, parameter?: unknown, version?: unknown) => {
      if (typeof callback !== 'function') return;
      const pingData = stubPing();
      const answer = (eventName: string, listenerId: unknown, data: boolean) =>
        callback({ eventName, listenerId, data, pingData }, true);
      if (command === 'ping') callback(pingData, true);
      else if (command === 'addEventListener') {
        events.push({ id: ++stub.lastId, callback: callback as Callback });
        answer('listenerRegistered', stub.lastId, true);
      } else if (command === 'removeEventListener') {
        const i = events.findIndex((e) => e.id === parameter);
        if (i >= 0) events.splice(i, 1);
        answer('listenerRemoved', parameter, i >= 0);
      } else queue.push([command, callback, parameter, version]);
    },
    { queue, events, lastId: 0 },
  );
  return stub;
}

type Api = (...args: unknown[]) => void;

/** Stubs for what the config turns on, then the chunk. Its APIs start with the same context, so
 *  they hear every change from then on and read the current state at start. */
export const iabStubs =
  (load: IABLoader): Integration =>
  (context) => {
    const { settings } = context;
    if (!settings.gpp && !settings.usp) return;
    const w = window as StubWindow;
    const stops: (() => void)[] = [];
    const uspQueue: unknown[][] = [];
    let stopped = false;
    // Frame calls go to whatever answers on this window: the stub first, the API once loaded
    // (which then adds no listener of its own: the marker says one forwards already).
    const serve = (api: '__gpp' | '__uspapi', run: (call: FrameCall, reply: Reply) => void) => {
      const marker = `${api}_msghandler` as const;
      const listen = !w[marker];
      stops.push(serveFrames(api, run, listen));
      if (listen) {
        w[marker] = true;
        stops.push(() => delete w[marker]);
      }
    };
    if (settings.gpp) {
      if (typeof w.__gpp !== 'function') w.__gpp = gppStub();
      serve('__gpp', (call, reply) => (w.__gpp as Api)(call.command, reply, call.parameter, call.version));
    }
    if (settings.usp) {
      w.__uspapi = (...args: unknown[]) => void uspQueue.push(args);
      serve('__uspapi', (call, reply) => (w.__uspapi as Api)(call.command, call.version, reply));
    }
    load(
      (module) => {
        if (stopped) return;
        for (const start of [module.gpp, module.usp]) {
          const stop = start(context);
          if (stop) stops.push(stop);
        }
        for (const args of uspQueue) (w.__uspapi as Api)(...args);
      },
      (error) => console.error('privacy-choices: could not load the GPP/USP APIs', error),
    );
    return () => {
      stopped = true;
      stops.forEach((stop) => stop());
    };
  };
