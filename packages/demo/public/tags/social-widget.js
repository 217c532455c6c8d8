// Stand-in for a third-party social widget (a "Like" / "Share This" button in an iframe). Reports
// to the embedding demo page (same origin) that it loaded. (A real widget's cookies live on its
// own domain, out of the site's reach: the gate keeps the frame from loading at all instead.)
(function () {
  var time = document.querySelector('time');
  if (time) time.textContent = new Date().toLocaleTimeString();
  var like = document.querySelector('.like');
  var count = document.querySelector('.count');
  if (like && count) {
    like.addEventListener('click', function () {
      var on = like.getAttribute('aria-pressed') !== 'true';
      like.setAttribute('aria-pressed', String(on));
      count.textContent = String(Number(count.textContent) + (on ? 1 : -1));
    });
  }
  try {
    var parentWindow = window.parent;
    if (parentWindow && parentWindow !== window) {
      (parentWindow.__demoTags = parentWindow.__demoTags || []).push({
        name: 'Social media widget (iframe)',
        category: window.frameElement && window.frameElement.getAttribute('data-category'),
        at: new Date().toISOString(),
      });
      parentWindow.dispatchEvent(new parentWindow.CustomEvent('demo:tag-ran'));
    }
  } catch (e) {
    /* cross-origin embedding: nothing to report to */
  }
})();
