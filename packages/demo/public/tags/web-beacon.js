// Stand-in for Web beacon (site statistics) (served locally: the demo needs no network). A real tag would load from
// a vendor’s 1×1 pixel endpoint. It sets the first-party cookies the real tag sets, then reports that it ran.
(function () {
  var w = window;
  var script = document.currentScript;
  var year = 365 * 24 * 3600;
  var id = Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  var img = new Image(1, 1);
  img.alt = '';
  img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  (w.__demoTags = w.__demoTags || []).push({
    name: 'Web beacon (site statistics)',
    category: script && script.getAttribute('data-category'),
    at: new Date().toISOString(),
  });
  try {
    w.dispatchEvent(new CustomEvent('demo:tag-ran'));
  } catch (e) {
    /* the inspector also polls */
  }
})();
