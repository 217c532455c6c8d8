// Stand-in for Web beacon (site statistics) (served locally: the demo needs no network). A real tag would load from
// a vendor’s 1×1 pixel endpoint. It sets the first-party cookies the real tag sets, then reports that it ran.
(() => {
  const w = window;
  const script = document.currentScript;
  const img = new Image(1, 1);
  img.alt = '';
  img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
  w.__demoTags = w.__demoTags || [];
  w.__demoTags.push({
    name: 'Web beacon (site statistics)',
    category: script ? script.getAttribute('data-category') : null,
    at: new Date().toISOString(),
  });
  try {
    w.dispatchEvent(new CustomEvent('demo:tag-ran'));
  } catch {
    /* the inspector also polls */
  }
})();
