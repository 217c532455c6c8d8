// The UI lives in an open shadow root on <div id="privacy-choices-ui">, so page CSS cannot break
// it and it cannot break the page. Styles go in as one constructable stylesheet: a strict CSP
// (`style-src 'self'`) blocks <style> elements and style attributes, not adoptedStyleSheets.
import { UI_HOST_ID } from '../page/ui-seam';
import { bannerCss } from './banner-styles';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Appends rules to the sheet (the dialogs chunk brings its CSS when it loads). */
  addCss(css: string): void;
}

export function createShadowHost(): ShadowHost {
  const host = document.createElement('div');
  host.id = UI_HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  let sheet: CSSStyleSheet | null = null;
  let text = '';
  const addCss = (css: string) => {
    text += css;
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        root.adoptedStyleSheets = [sheet];
      }
      sheet.replaceSync(text);
    } catch {
      /* an engine without constructable stylesheets: unstyled, but working */
    }
  };
  addCss(bannerCss);
  // First in the body: keyboard users reach the banner before the page (the banner is fixed, so
  // DOM order does not move anything on screen).
  document.body.insertBefore(host, document.body.firstChild);
  return { host, root, addCss };
}
