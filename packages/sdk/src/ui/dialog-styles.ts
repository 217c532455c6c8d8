// The dialogs' CSS, added to the first layer's sheet (ui/banner-styles.ts, whose custom
// properties and button style they use) when the dialogs chunk loads.
export const dialogCss =
  'h3{flex:1;margin:0;font-size:1rem}' +
  // Dialogs: the UA's modal sizing keeps them inside small viewports; the footer stays in view.
  '.pc-dialog{width:40rem;padding:0;border:2px solid var(--border);border-radius:var(--radius);' +
  'background:var(--background);' +
  'color:var(--foreground)}.pc-dialog::backdrop{background:#0009}' +
  '.pc-dialog-header{display:flex;align-items:center;gap:.5rem;padding:.5rem;padding-inline-start:1rem}' +
  '.pc-dialog-header h2{flex:1;margin:0}' +
  '.pc-close{min-width:44px;min-height:44px;border:0;border-radius:var(--radius);' +
  'background:none;color:var(--foreground);' +
  'font:inherit;font-size:1.25rem;cursor:pointer}' +
  '.pc-dialog-body{padding:0 1rem}.pc-consent-id{font-size:.875em}.pc-consent-id code{user-select:all}' +
  '.pc-dialog-footer{display:flex;flex-wrap:wrap;gap:.5rem;position:sticky;' +
  'bottom:0;padding:1rem;background:var(--background);' +
  'border-top:1px solid var(--border)}' +
  // At small heights (400 % zoom: 320×256) a sticky bar would cover most of the dialog and the
  // focused control (WCAG 1.4.10, 2.4.11): it scrolls with the content instead.
  '@media(max-height:32em){.pc-dialog-footer{position:static}}' +
  // Category rows and the switch (on: accent fill, knob at the inline end).
  '.pc-category{padding:.75rem 0;border-top:1px solid var(--border)}' +
  '.pc-category-row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem .75rem}' +
  '.pc-switch{display:inline-flex;align-items:center;width:52px;height:32px;' +
  'padding:3px;border:2px solid var(--border);' +
  'border-radius:16px;background:none;cursor:pointer}' +
  '.pc-switch span{width:22px;height:22px;border-radius:50%;background:var(--border)}' +
  '.pc-switch[aria-checked=true]{justify-content:flex-end;background:var(--accent);border-color:var(--accent)}' +
  '.pc-switch[aria-checked=true] span{background:var(--on-accent)}' +
  '.pc-switch-state,.pc-small{font-size:.875rem}.pc-note{font-weight:600}' +
  '.pc-vendors{margin:.25rem 0;padding-inline-start:1.25rem}.pc-vendors a{display:inline-block;' +
  'min-height:24px;margin-inline-end:1rem}' +
  '.pc-opt-out-status:not(:empty){margin:.5rem 0;padding:.5rem .75rem;border-inline-start:4px solid var(--accent)}' +
  '@media(forced-colors:active){.pc-switch span{background:CanvasText}}' +
  '@media(prefers-reduced-motion:no-preference){.pc-dialog[open]{animation:pc .15s ease-out}}' +
  '@keyframes pc{from{transform:translateY(.5rem)}}';
