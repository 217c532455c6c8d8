// A choice made in one tab, or its reset ("Forget choice"), applies in the site's other open tabs
// without a reload. Tabs are told through a BroadcastChannel, but always re-read the cookie: when
// two tabs choose at once, the last write wins in the cookie and every tab converges on it.
import { tryCookies } from '../browser/cookies';

export function watchOtherTabs(
  cookieName: string,
  onMaybeChanged: (forgotten?: boolean) => void,
): { notify(forgotten?: boolean): void; stop(): void } {
  let channel: BroadcastChannel | undefined;
  let pending: ReturnType<typeof setTimeout> | undefined;
  // What the pending post says, as the message: true when the choice was forgotten (reset). The
  // last write of this tab decides it.
  let forgotten: boolean | undefined;
  try {
    channel = new BroadcastChannel('privacy-choices:' + cookieName);
    channel.onmessage = (event) => onMaybeChanged(event.data === true);
  } catch {
    /* no BroadcastChannel: the visibility check below still catches up */
  }
  const onVisible = () => {
    if (document.visibilityState === 'visible') onMaybeChanged();
  };
  document.addEventListener('visibilitychange', onVisible);
  const post = () => {
    pending = undefined;
    // Chromium stores a cookie write asynchronously, and the other tab could read the old value;
    // a read here is answered only after this tab's earlier writes are stored. It is a blocking
    // round trip (bench/changes.md), hence in a task of its own, after the visitor's click is handled.
    tryCookies(() => document.cookie);
    try {
      if (channel) channel.postMessage(forgotten);
    } catch {
      /* closed channel */
    }
  };
  return {
    notify(reset) {
      forgotten = reset;
      if (channel && !pending) pending = setTimeout(post);
    },
    stop() {
      clearTimeout(pending);
      if (channel) channel.close();
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
