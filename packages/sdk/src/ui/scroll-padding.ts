// WCAG 2.4.11 Focus Not Obscured: while the fixed banner covers the bottom of the page, the page
// scrolls focused elements above it. Set through the CSSOM, which a strict CSP allows.
const PROP = 'scroll-padding-bottom';

/** Returns `track(banner | null)`: call it after every render; null removes the padding. */
export function createScrollPadding() {
  let tracked: HTMLElement | null = null;
  let observer: ResizeObserver | null = null;
  let previous = '';
  const style = () => document.documentElement.style;
  const apply = () => tracked && style().setProperty(PROP, tracked.offsetHeight + 'px');

  return function track(el: HTMLElement | null) {
    if (el == tracked) return;
    if (observer) observer.disconnect();
    if (!tracked) previous = style().getPropertyValue(PROP);
    tracked = el;
    if (el) {
      apply();
      // The banner's height changes with the viewport width and text size.
      observer = typeof ResizeObserver == 'function' ? new ResizeObserver(apply) : null;
      if (observer) observer.observe(el);
    } else if (previous) style().setProperty(PROP, previous);
    else style().removeProperty(PROP);
  };
}
