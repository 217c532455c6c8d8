// How scripts in child frames reach a CMP API of the page (IAB convention, shared by __gpp and
// __uspapi): they look up the frame tree for a window that has a child frame named
// `<api>Locator`, post `{<api>Call: {command, parameter, version, callId}}` to it and get
// `{<api>Return: {returnValue, success, callId}}` back, once per callback invocation (so
// addEventListener keeps answering). A call sent as a JSON string is answered as a JSON string.

export interface FrameCall {
  command: string;
  parameter?: unknown;
  version?: unknown;
  callId?: unknown;
}

export type Reply = (returnValue: unknown, success: boolean) => void;

/** Adds the locator frame and, if `listen`, the message listener. Returns the teardown. */
export function serveFrames(api: string, run: (call: FrameCall, reply: Reply) => void, listen: boolean): () => void {
  const d = document;
  const name = api + 'Locator';
  let frame: HTMLIFrameElement | undefined;
  // A stub may have added one already; one per window is what callers look for.
  if (!d.getElementsByName(name).length) {
    frame = d.createElement('iframe');
    frame.name = name;
    frame.style.display = 'none';
    // Callers only look the frame up by name. Sandboxed, its document cannot run script, so
    // Chromium gives it no JavaScript realm of its own: a GPP + USP page's heap after GC went
    // from 1,132 to 769 KB (738 KB with both off), measured in headless Chromium over CDP.
    frame.sandbox = '';
    // The SDK runs in <head>, before <body> exists: the root element works as well, and waiting
    // would leave frames that load meanwhile without an answer.
    (d.body || d.documentElement).appendChild(frame);
  }
  const onMessage = (event: MessageEvent) => {
    const json = typeof event.data === 'string';
    let call: FrameCall | undefined;
    try {
      call = (json ? JSON.parse(event.data) : event.data)[api + 'Call'];
    } catch {
      // not JSON, or null: someone else's message
    }
    const source = event.source as Window | null;
    if (!call || !source) return;
    run(call, (returnValue, success) => {
      const answer = { [api + 'Return']: { returnValue, success, callId: call.callId } };
      source.postMessage(json ? JSON.stringify(answer) : answer, '*');
    });
  };
  if (listen) addEventListener('message', onMessage);
  return () => {
    removeEventListener('message', onMessage);
    if (frame) frame.remove();
  };
}

/** An API started without the script tag's stubs (integrations/iab-stubs.ts): its locator frame
 *  and frame calls, which go to `run`. An IAB stub's message handler (`<api>_msghandler`)
 *  forwards frame calls to the API already: a second listener would answer every call twice.
 *  Returns the API's teardown `stop` together with the frames'. */
export function withFrames(api: string, stop: () => void, run: (call: FrameCall, reply: Reply) => void) {
  const offFrames = serveFrames(api, run, !(window as unknown as Record<string, unknown>)[api + '_msghandler']);
  return () => {
    stop();
    offFrames();
  };
}
