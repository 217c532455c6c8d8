// A choice made in one tab applies in the site's other open tabs without a reload. Tabs are told
// through a BroadcastChannel, but always re-read the cookie: when two tabs choose at once, the
// last write wins in the cookie and every tab converges on it.
export function watchOtherTabs(cookieName: string, onMaybeChanged: () => void): { notify(): void; stop(): void } {
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel('privacy-choices:' + cookieName);
    channel.onmessage = onMaybeChanged;
  } catch {
    /* no BroadcastChannel: the visibility check below still catches up */
  }
  const onVisible = () => {
    if (document.visibilityState === 'visible') onMaybeChanged();
  };
  document.addEventListener('visibilitychange', onVisible);
  return {
    notify() {
      try {
        if (channel) channel.postMessage(1);
      } catch {
        /* closed channel */
      }
    },
    stop() {
      if (channel) channel.close();
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}
