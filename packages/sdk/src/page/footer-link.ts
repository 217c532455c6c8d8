// `data-privacy-choices="link"`: the SDK writes the legally worded footer link itself, so a
// site cannot get the CCPA wording wrong (CCR §7013(c), §7015(b)). Built with DOM calls only:
// config text is text, never markup. The words come from core/page-words.ts (English) or the
// page language's locale chunk, not from the UI chunk: a returning visitor's page loads no UI.
import type { Settings } from '../core/settings';
import type { PageWords } from '../core/page-words';
import { FOOTER_LINK_TEXT_KEYS } from '../core/texts';
import type { FooterLinkKind, View } from '../core/types';

/** Which view the footer link opens: the opt-out control for the CCPA links, else preferences. */
export const footerLinkView = (settings: Settings): View =>
  settings.links.footerLink === 'cookie-settings' ? 'preferences' : 'do-not-sell';

/** The three link titles the CCPA regulations prescribe (§7013(c), §7015(b)): in English a site's
 *  `texts` cannot change them (config-warnings.ts says so); translations may be overridden. */
export const isStatutoryLink = (kind: FooterLinkKind) => kind !== 'cookie-settings';

/** The link's words: the site's own (`texts`, except an English statutory title), else the
 *  page language's. */
export function footerLinkText(settings: Settings, language: string, words: PageWords): string {
  const kind = settings.links.footerLink;
  const primary = language.split('-')[0];
  const own = settings.texts[language] || settings.texts[primary];
  const overridable = !(primary === 'en' && isStatutoryLink(kind));
  return (overridable && own && own[FOOTER_LINK_TEXT_KEYS[kind]]) || words.links[kind];
}

const SVG = 'http://www.w3.org/2000/svg';

/** The California opt-out icon (30×14, blue toggle with ✓ and ✗), beside "Your Privacy Choices". */
function optOutIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 30 14');
  svg.setAttribute('width', '30');
  svg.setAttribute('height', '14');
  // Decorative here: the link text says what it is, and a second name would be read twice.
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shapes: [string, Record<string, string>][] = [
    ['path', { d: 'M7 .5h16a6.5 6.5 0 0 1 0 13H7a6.5 6.5 0 0 1 0-13z', fill: '#fff', stroke: '#06f' }],
    ['path', { d: 'M16.5 .5H23a6.5 6.5 0 0 1 0 13h-10z', fill: '#06f' }],
    ['path', { d: 'M19.5 4.5l5 5m0-5l-5 5', stroke: '#fff', 'stroke-width': '1.6', 'stroke-linecap': 'round' }],
    [
      'path',
      { d: 'M5.5 7.2l2.2 2.2 4.3-4.6', stroke: '#06f', 'stroke-width': '1.6', fill: 'none', 'stroke-linecap': 'round' },
    ],
  ];
  for (const [tag, attrs] of shapes) {
    const shape = doc.createElementNS(SVG, tag);
    for (const name of Object.keys(attrs)) shape.setAttribute(name, attrs[name]);
    svg.appendChild(shape);
  }
  return svg;
}

export function fillFooterLink(el: Element, settings: Settings, language: string, words: PageWords) {
  const doc = el.ownerDocument;
  const text = footerLinkText(settings, language, words);
  if (el.getAttribute('data-privacy-choices-text') === text) return; // already filled
  el.textContent = text;
  const kind = settings.links.footerLink;
  if (kind === 'privacy-choices' || kind === 'california-privacy-choices') {
    el.appendChild(doc.createTextNode(' '));
    el.appendChild(optOutIcon(doc));
  }
  el.setAttribute('data-privacy-choices-text', text);
  // A span or div would be unreachable by keyboard: make it a button in the accessibility tree.
  if (el.tagName !== 'A' && el.tagName !== 'BUTTON') {
    el.setAttribute('role', 'button');
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
  } else if (el.tagName === 'A' && !el.hasAttribute('href')) {
    el.setAttribute('href', '#privacy-choices');
  }
}
