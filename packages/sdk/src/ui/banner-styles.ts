// The first layer's CSS (the dialogs bring theirs: ui/dialog-styles.ts), applied as a
// constructable stylesheet (passes `style-src 'self'`). Theme from the host page on
// #privacy-choices-ui or :root (custom properties cross the shadow boundary): --pc-bg, --pc-fg,
// --pc-accent, --pc-accent-fg (text on accent), --pc-border, --pc-radius, --pc-font; dark scheme:
// the colour names with a -dark suffix (--pc-bg-dark, …). The README lists them with the `theme`
// key. Defaults: text ≥ 4.5:1, borders and focus ring ≥ 3:1 in both schemes. Logical properties
// for RTL. Lines are concatenated (the minifier folds them) so the shipped string has no newlines.
// Class and custom-property names are written in full; the build shortens them
// (scripts/short-names.mjs).
// `theme` classes on .pc-root (ui/mount.ts): pc-light / pc-dark force the scheme, pc-box the floating box.
const dark =
  '{--background:var(--pc-bg-dark,#1f1f1f);--foreground:var(--pc-fg-dark,#f0f0f0);' +
  '--accent:var(--pc-accent-dark,#a8c7fa);' +
  '--on-accent:var(--pc-accent-fg-dark,#0b1d3a);--border:var(--pc-border-dark,#9e9e9e);color-scheme:dark}';
export const bannerCss =
  ':host{all:initial}*{box-sizing:border-box}' +
  '.pc-root{--background:var(--pc-bg,#fff);--foreground:var(--pc-fg,#1a1a1a);--accent:var(--pc-accent,#0b57d0);' +
  '--on-accent:var(--pc-accent-fg,#fff);--border:var(--pc-border,#6e6e6e);--radius:var(--pc-radius,8px);' +
  'font:1rem/1.5 var(--pc-font,system-ui,sans-serif);color:var(--foreground)}' +
  '@media(prefers-color-scheme:dark){.pc-root:not(.pc-light)' +
  dark +
  '}.pc-dark' +
  dark +
  // The banner: fixed bottom bar, scrolls inside itself at 320 px / 200 % text. 100vw caps it at
  // the screen's width on a phone whose page is wider than the screen (a long unbroken URL):
  // there the fixed layer is as wide as the page, the viewport unit is not.
  '.pc-banner{position:fixed;z-index:2147483000;inset-inline:0;bottom:0;max-width:100vw;' +
  'max-height:60vh;overflow:auto;' +
  'overscroll-behavior:contain;padding:1rem;background:var(--background);border-top:2px solid var(--border)}' +
  // The box: a card floating in the bottom corner where lines start, the full width less a
  // margin on small screens (anchored at the start, it stays on a phone's screen as the bar does).
  '.pc-box .pc-banner{inset-inline-end:auto;inset-inline-start:1rem;bottom:1rem;' +
  'width:26rem;max-width:calc(100vw - 2rem);' +
  'border:2px solid var(--border);border-radius:var(--radius);box-shadow:0 .25rem 1rem #0005}' +
  '.pc-banner-inner{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem 1.5rem;max-width:72rem;margin:auto}' +
  // A title (dialog, or banner opened by an action) takes focus only to start reading there; it
  // is not a control, so no ring.
  '.pc-banner-text{flex:1 1 24rem}h2{margin:0 0 .25rem;font-size:1.125rem;' +
  'line-height:1.3;outline:0}p{margin:.25rem 0}' +
  'a{color:var(--accent)}' +
  // One button style for every action (symmetry); 44 px targets; a 3 px focus ring.
  '.pc-banner-buttons{display:flex;flex-wrap:wrap;gap:.5rem;flex:1 1 26rem}' +
  '.pc-button{flex:1 1 auto;min-height:44px;padding:.5rem 1rem;border:2px solid var(--accent);' +
  'border-radius:var(--radius);' +
  'background:var(--accent);color:var(--on-accent);font:inherit;font-weight:600;cursor:pointer}' +
  ':focus-visible{outline:3px solid var(--accent);outline-offset:2px}' +
  '.pc-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}';
