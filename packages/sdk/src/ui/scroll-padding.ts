// While the fixed banner covers the bottom of the page:
// - WCAG 2.4.11 Focus Not Obscured: scroll-padding-bottom makes the page scroll focused elements
//   above it;
// - the end of the page (often the footer with the privacy links) must still be reachable by
//   mouse: padding-bottom on <html> adds that much room to scroll into. Content above does not
//   move, so this causes no layout shift.
// Both are set through the CSSOM, which a strict CSP allows, and restored afterwards.
const PROPS = ['scroll-padding-bottom', 'padding-bottom'];

/** Returns `track(banner | null)`: call it after every render; null restores the page's values. */
export function createScrollPadding() {
  let tracked: HTMLElement | null = null;
  let observer: ResizeObserver | null = null;
  let previous: string[] = [];
  const style = () => document.documentElement.style;
  // The height is read once: read after the first property is set, it would lay the page out again.
  const apply = () => {
    if (tracked) {
      const height = tracked.offsetHeight + 'px';
      PROPS.forEach((p) => style().setProperty(p, height));
    }
  };

  return function track(el: HTMLElement | null) {
    if (el === tracked) return;
    if (observer) observer.disconnect();
    if (!tracked) previous = PROPS.map((p) => style().getPropertyValue(p));
    tracked = el;
    if (el) {
      // The banner's height changes with the viewport width and text size. The observer's first
      // call comes after the next layout, before paint: reading offsetHeight now instead would
      // force a synchronous layout of the whole page (~10 ms of script time on a first visit).
      observer = typeof ResizeObserver === 'function' ? new ResizeObserver(apply) : null;
      if (observer) observer.observe(el);
      else apply();
    } else {
      PROPS.forEach((p, i) => (previous[i] ? style().setProperty(p, previous[i]) : style().removeProperty(p)));
    }
  };
}
