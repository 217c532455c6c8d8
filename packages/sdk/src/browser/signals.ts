// The browser's privacy signals. GPC is fixed per navigation (GPC §3), so reading it once per
// page view is enough. DNT: "1" (and the legacy msDoNotTrack / window.doNotTrack) means on.
import type { Signals } from '../core/policy';

export function readSignals(): Signals {
  if (typeof navigator === 'undefined') return { gpc: false, dnt: false };
  const nav = navigator as Navigator & { globalPrivacyControl?: boolean; msDoNotTrack?: string };
  const dnt = nav.doNotTrack || nav.msDoNotTrack || (window as { doNotTrack?: string }).doNotTrack;
  // A page that knows the visitor is under 16 says so before the script runs (README).
  const knownChild = (window as { privacyChoicesKnownChild?: unknown }).privacyChoicesKnownChild === true;
  return { gpc: nav.globalPrivacyControl === true, dnt: dnt === '1' || dnt === 'yes', knownChild };
}
