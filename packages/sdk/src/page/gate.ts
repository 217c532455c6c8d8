// Gated elements (README "Quick start"): `<script type="text/plain" data-category>`, `<iframe data-src>`,
// `<img data-src>`. They run or load only once every category they name is allowed, in document
// order: an inline script waits for the external scripts before it, as the parser would make it.
// One that names no category (`data-category=""`, a template whose variable came out empty)
// never runs: the SDK cannot tell what it is for, so it cannot have been consented to.
// No Promise: a host page that replaces window.Promise must not stop its own tags.
import { trustedScript, trustedScriptURL } from '../browser/trusted-types';

const SELECTOR =
  'script[type="text/plain"][data-category],iframe[data-category][data-src],img[data-category][data-src]';

export type IsAllowed = (categoryId: string) => boolean;

export interface Gate {
  /** Activates every gated element whose categories are all allowed now (and re-blocks frames). */
  update(): void;
  destroy(): void;
}

const categoriesOf = (el: Element) => (el.getAttribute('data-category') || '').split(/[\s,]+/).filter(Boolean);

export function createGate(doc: Document, isAllowed: IsAllowed): Gate {
  const queue: HTMLScriptElement[] = [];
  const queued = new WeakSet<Element>();
  let waiting = false;
  let destroyed = false;

  const allowed = (el: Element) => {
    const categories = categoriesOf(el);
    return categories.length > 0 && categories.every(isAllowed);
  };

  function pump() {
    while (!waiting && queue.length) {
      // destroy() empties the queue
      const original = queue.shift()!;
      const script = revive(doc, original);
      // An external classic script without async blocks the ones after it, like the parser does.
      const blocking = !!script.src && !original.hasAttribute('async');
      if (blocking) {
        waiting = true;
        script.onload = script.onerror = () => {
          waiting = false;
          pump();
        };
      }
      if (original.parentNode) original.parentNode.replaceChild(script, original);
      else (doc.head || doc.documentElement).appendChild(script);
    }
  }

  function update() {
    if (destroyed) return;
    const elements = doc.querySelectorAll(SELECTOR);
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i];
      if (el.tagName === 'SCRIPT') {
        if (!queued.has(el) && allowed(el)) {
          queued.add(el);
          queue.push(el as HTMLScriptElement);
        }
      } else {
        loadOrBlock(el as HTMLIFrameElement | HTMLImageElement, allowed(el));
      }
    }
    pump();
  }

  return {
    update,
    destroy() {
      destroyed = true;
      queue.length = 0;
    },
  };
}

/** A live copy of a blocked script: same attributes (nonce included), its real type, its code. */
function revive(doc: Document, original: HTMLScriptElement): HTMLScriptElement {
  const script = doc.createElement('script');
  const attributes = original.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const { name, value } = attributes[i];
    if (name === 'src') script.src = trustedScriptURL(value);
    else if (name !== 'type' && name !== 'data-type') script.setAttribute(name, value);
  }
  const type = original.getAttribute('data-type');
  if (type) script.type = type;
  // Browsers hide the nonce attribute once parsed; the property keeps it (CSP nonce-hiding).
  if (original.nonce) script.nonce = original.nonce;
  if (original.src) script.async = original.hasAttribute('async');
  else script.text = trustedScript(original.text);
  script.setAttribute('data-privacy-choices-state', 'run');
  return script;
}

/** Frames and images load from data-src when allowed; a revoked frame is unloaded. */
function loadOrBlock(el: HTMLIFrameElement | HTMLImageElement, allowed: boolean) {
  const src = el.getAttribute('data-src')!;
  const loaded = el.getAttribute('data-privacy-choices-state') === 'run';
  if (allowed && !loaded) {
    const srcset = el.getAttribute('data-srcset');
    if (srcset) el.setAttribute('srcset', srcset);
    el.setAttribute('src', src);
    el.setAttribute('data-privacy-choices-state', 'run');
  } else if (!allowed && loaded && el.tagName === 'IFRAME') {
    el.setAttribute('src', 'about:blank');
    el.setAttribute('data-privacy-choices-state', 'blocked');
  }
}
