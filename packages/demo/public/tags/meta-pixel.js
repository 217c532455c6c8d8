// Stand-in for Meta Pixel (served locally: the demo needs no network). A real tag would load from
// https://connect.facebook.net/en_US/fbevents.js. It sets the first-party cookies the real tag sets, then reports that it ran.
(() => {
  const w = window;
  const script = document.currentScript;
  const id = Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  document.cookie = '_fbp=fb.1.' + Date.now() + '.' + id + '; path=/; max-age=' + 90 * 86400 + '; SameSite=Lax';
  w.__demoTags = w.__demoTags || [];
  w.__demoTags.push({
    name: 'Meta Pixel',
    category: script ? script.getAttribute('data-category') : null,
    at: new Date().toISOString(),
  });
  try {
    w.dispatchEvent(new CustomEvent('demo:tag-ran'));
  } catch {
    /* the inspector also polls */
  }
})();
