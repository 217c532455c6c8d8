// The UI lives in an open shadow root on <div id="privacy-choices-ui">, so page CSS cannot break
// it and it cannot break the page. Styles go in as a constructable stylesheet: a strict CSP
// (`style-src 'self'`) blocks <style> elements and style attributes, not adoptedStyleSheets.
import { UI_HOST_ID } from '../page/ui-seam';
import { css } from './styles';

export function createShadowHost(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  host.id = UI_HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    /* an engine without constructable stylesheets: unstyled, but working */
  }
  // First in the body: keyboard users reach the banner before the page (the banner is fixed, so
  // DOM order does not move anything on screen).
  document.body.insertBefore(host, document.body.firstChild);
  return { host, root };
}
