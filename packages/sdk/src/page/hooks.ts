// The DOM hooks (README "DOM hooks"), through one delegated listener on the document, so links added at
// any time (SPA navigation) work without re-initialising.
import type { View } from '../core/types';

export type HookAction = View | 'accept-all' | 'decline-all';

export function hookActionOf(el: Element, linkView: View): HookAction | null {
  const value = el.getAttribute('data-privacy-choices');
  if (value === 'link') return linkView;
  if (value === 'open') return 'banner';
  if (value === 'preferences' || value === 'do-not-sell' || value === 'accept-all' || value === 'decline-all')
    return value;
  if (value == null && el.getAttribute('href') === '#privacy-choices') return 'banner';
  return null;
}

export function listenForHooks(
  doc: Document,
  linkView: View,
  run: (action: HookAction, el: Element) => void,
): () => void {
  const find = (event: Event) => {
    const target = event.target as Element | null;
    const el = target && target.closest ? target.closest('[data-privacy-choices],a[href="#privacy-choices"]') : null;
    const action = el && hookActionOf(el, linkView);
    if (el && action) {
      event.preventDefault();
      run(action, el);
    }
  };
  const onKey = (event: KeyboardEvent) => {
    // Elements given role="button" (a filled <span data-privacy-choices="link">) act on Enter/Space.
    const target = event.target as Element | null;
    if (
      (event.key === 'Enter' || event.key === ' ') &&
      target &&
      target.getAttribute &&
      target.getAttribute('role') === 'button' &&
      target.hasAttribute('data-privacy-choices')
    )
      find(event);
  };
  doc.addEventListener('click', find);
  doc.addEventListener('keydown', onKey);
  return () => {
    doc.removeEventListener('click', find);
    doc.removeEventListener('keydown', onKey);
  };
}
