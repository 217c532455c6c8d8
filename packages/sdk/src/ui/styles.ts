// The UI's only CSS, applied as a constructable stylesheet (passes `style-src 'self'`).
// Theme from the host page on #privacy-choices-ui or :root (custom properties cross the shadow
// boundary): --pc-bg, --pc-fg, --pc-accent, --pc-accent-fg (text on accent), --pc-border,
// --pc-radius, --pc-font; dark scheme: the colour names with a -dark suffix (--pc-bg-dark, …).
// The README lists them with the `theme` key. Defaults: text ≥ 4.5:1, borders and focus ring
// ≥ 3:1 in both schemes. Logical properties for RTL. Lines are concatenated (the minifier folds
// them) so the shipped string has no newlines.
// `theme` classes on .pc (app.tsx): lt / dk force the light / dark scheme, bx the floating box.
const dark =
  '{--b:var(--pc-bg-dark,#1f1f1f);--f:var(--pc-fg-dark,#f0f0f0);--a:var(--pc-accent-dark,#a8c7fa);--o:var(--pc-accent-fg-dark,#0b1d3a);--l:var(--pc-border-dark,#9e9e9e);color-scheme:dark}';
export const css =
  ':host{all:initial}*{box-sizing:border-box}' +
  '.pc{--b:var(--pc-bg,#fff);--f:var(--pc-fg,#1a1a1a);--a:var(--pc-accent,#0b57d0);--o:var(--pc-accent-fg,#fff);--l:var(--pc-border,#6e6e6e);--r:var(--pc-radius,8px);' +
  'font:1rem/1.5 var(--pc-font,system-ui,sans-serif);color:var(--f)}' +
  '@media(prefers-color-scheme:dark){.pc:not(.lt)' + dark + '}.dk' + dark +
  // The banner: fixed bottom bar, scrolls inside itself at 320 px / 200 % text. 100vw caps it at
  // the screen's width on a phone whose page is wider than the screen (a long unbroken URL):
  // there the fixed layer is as wide as the page, the viewport unit is not.
  '.bn{position:fixed;z-index:2147483000;inset-inline:0;bottom:0;max-width:100vw;max-height:60vh;overflow:auto;overscroll-behavior:contain;padding:1rem;background:var(--b);border-top:2px solid var(--l)}' +
  // The box: a card floating in the bottom corner where lines start, the full width less a
  // margin on small screens (anchored at the start, it stays on a phone's screen as the bar does).
  '.bx .bn{inset-inline-end:auto;inset-inline-start:1rem;bottom:1rem;width:26rem;max-width:calc(100vw - 2rem);border:2px solid var(--l);border-radius:var(--r);box-shadow:0 .25rem 1rem #0005}' +
  '.in{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem 1.5rem;max-width:72rem;margin:auto}' +
  '.tx{flex:1 1 24rem}h2{margin:0 0 .25rem;font-size:1.125rem;line-height:1.3;outline:0}h3{flex:1;margin:0;font-size:1rem}p{margin:.25rem 0}a{color:var(--a)}' +
  // One button style for every action (symmetry); 44 px targets; a 3 px focus ring.
  '.bs,.ft{display:flex;flex-wrap:wrap;gap:.5rem}.bs{flex:1 1 26rem}' +
  '.b{flex:1 1 auto;min-height:44px;padding:.5rem 1rem;border:2px solid var(--a);border-radius:var(--r);background:var(--a);color:var(--o);font:inherit;font-weight:600;cursor:pointer}' +
  ':focus-visible{outline:3px solid var(--a);outline-offset:2px}' +
  // Dialogs: the UA's modal sizing keeps them inside small viewports; the footer stays in view.
  '.dl{width:40rem;padding:0;border:2px solid var(--l);border-radius:var(--r);background:var(--b);color:var(--f)}.dl::backdrop{background:#0009}' +
  '.hd{display:flex;align-items:center;gap:.5rem;padding:.5rem;padding-inline-start:1rem}' +
  // A title (dialog, or banner opened by an action) takes focus only to start reading there; it
  // is not a control, so no ring (set on h2 above).
  '.hd h2{flex:1;margin:0}' +
  '.x{min-width:44px;min-height:44px;border:0;border-radius:var(--r);background:none;color:var(--f);font:inherit;font-size:1.25rem;cursor:pointer}' +
  '.bd{padding:0 1rem}.cid{font-size:.875em}.cid code{user-select:all}.ft{position:sticky;bottom:0;padding:1rem;background:var(--b);border-top:1px solid var(--l)}' +
  // At small heights (400 % zoom: 320×256) a sticky bar would cover most of the dialog and the
  // focused control (WCAG 1.4.10, 2.4.11): it scrolls with the content instead.
  '@media(max-height:32em){.ft{position:static}}' +
  // Category rows and the switch (on: accent fill, knob at the inline end).
  '.cat{padding:.75rem 0;border-top:1px solid var(--l)}.row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem .75rem}' +
  '.sw{display:inline-flex;align-items:center;width:52px;height:32px;padding:3px;border:2px solid var(--l);border-radius:16px;background:none;cursor:pointer}' +
  '.sw span{width:22px;height:22px;border-radius:50%;background:var(--l)}' +
  '.sw[aria-checked=true]{justify-content:flex-end;background:var(--a);border-color:var(--a)}.sw[aria-checked=true] span{background:var(--o)}' +
  '.ss,.sm{font-size:.875rem}.nt{font-weight:600}' +
  '.vn{margin:.25rem 0;padding-inline-start:1.25rem}.vn a{display:inline-block;min-height:24px;margin-inline-end:1rem}' +
  '.st:not(:empty){margin:.5rem 0;padding:.5rem .75rem;border-inline-start:4px solid var(--a)}' +
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
  '@media(forced-colors:active){.sw span{background:CanvasText}}' +
  '@media(prefers-reduced-motion:no-preference){.dl[open]{animation:pc .15s ease-out}}@keyframes pc{from{transform:translateY(.5rem)}}';
