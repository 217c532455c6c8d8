// Debian's Chromium as the tests, the bench and the demo's screenshots launch it through
// playwright-core (never a downloaded browser): one home for its path and its switches.
// Headless is Playwright's default. The switches keep it off the network and quiet on this
// closed machine: no background requests, updates, sync, QUIC or extensions; no GPU; /tmp instead
// of a small /dev/shm; no sandbox (CI runs as root).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--disable-extensions',
];
