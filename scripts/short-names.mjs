// The UI's CSS class and custom-property names are written in full words in the source
// (packages/sdk/src/ui/*-styles.ts and the elements that use them); the build shortens them with
// this one map, so the shipped chunks carry two-letter names. Each name is replaced as a whole
// token (not inside a longer name such as the public --pc-border), wherever it occurs in the
// built code: CSS text, class attributes and selectors are all string literals.
export const SHORT_NAMES = {
  // classes
  'pc-root': 'pc',
  'pc-light': 'lt',
  'pc-dark': 'dk',
  'pc-box': 'bx',
  'pc-banner': 'bn',
  'pc-banner-inner': 'in',
  'pc-banner-text': 'tx',
  'pc-banner-buttons': 'bs',
  'pc-button': 'b',
  'pc-visually-hidden': 'sr',
  'pc-dialog': 'dl',
  'pc-dialog-header': 'hd',
  'pc-close': 'x',
  'pc-dialog-body': 'bd',
  'pc-dialog-footer': 'ft',
  'pc-consent-id': 'cid',
  'pc-category': 'cat',
  'pc-category-row': 'row',
  'pc-switch': 'sw',
  'pc-switch-state': 'ss',
  'pc-small': 'sm',
  'pc-note': 'nt',
  'pc-vendors': 'vn',
  'pc-opt-out-status': 'st',
  // custom properties (private: the page's theme sets the public --pc-* ones)
  '--background': '--b',
  '--foreground': '--f',
  '--accent': '--a',
  '--on-accent': '--o',
  '--border': '--l',
  '--radius': '--r',
};

const escapeDash = (name) => name.replace(/[-]/g, '\\$&');
// Longest first, so that pc-banner-text is not read as pc-banner + "-text" (the token guard
// below also prevents it).
const names = Object.keys(SHORT_NAMES).sort((a, b) => b.length - a.length);
const pattern = new RegExp(`(?<![\\w-])(${names.map(escapeDash).join('|')})(?![\\w-])`, 'g');

export const shortenName = (code) => code.replace(pattern, (name) => SHORT_NAMES[name]);

/** The rollup plugin: rewrites each rendered chunk. */
export const shortNames = () => ({
  name: 'short-names',
  renderChunk: (code) => ({ code: shortenName(code), map: null }),
});
