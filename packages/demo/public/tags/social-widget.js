// Stand-in for a third-party social widget (a "Like" / "Share This" button in an iframe). Reports
// to the embedding demo page (same origin) that it loaded. (A real widget's cookies live on its
// own domain, out of the site's reach: the gate keeps the frame from loading at all instead.)
(() => {
  const time = document.querySelector('time');
  if (time) time.textContent = new Date().toLocaleTimeString();
  const like = document.querySelector('.like');
  const count = document.querySelector('.count');
  if (like && count) {
    like.addEventListener('click', () => {
      const on = like.getAttribute('aria-pressed') !== 'true';
      like.setAttribute('aria-pressed', String(on));
      count.textContent = String(Number(count.textContent) + (on ? 1 : -1));
    });
  }
  try {
    const parentWindow = window.parent;
    if (parentWindow && parentWindow !== window) {
      const frame = window.frameElement;
      parentWindow.__demoTags = parentWindow.__demoTags || [];
      parentWindow.__demoTags.push({
        name: 'Social media widget (iframe)',
        category: frame ? frame.getAttribute('data-category') : null,
        at: new Date().toISOString(),
      });
      parentWindow.dispatchEvent(new parentWindow.CustomEvent('demo:tag-ran'));
    }
  } catch {
    /* cross-origin embedding: nothing to report to */
  }
})();
