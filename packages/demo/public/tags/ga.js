// Stand-in for Google Analytics (gtag.js) (served locally: the demo needs no network). A real tag would load from
// https://www.googletagmanager.com/gtag/js. It sets the first-party cookies the real tag sets, then reports that it ran.
(() => {
  const w = window;
  const script = document.currentScript;
  const year = 365 * 24 * 3600;
  const id = Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  document.cookie = '_ga=GA1.1.' + id + '; path=/; max-age=' + 2 * year + '; SameSite=Lax';
  document.cookie = '_ga_DEMO123456=GS1.1.' + id + '; path=/; max-age=' + 2 * year + '; SameSite=Lax';
  document.cookie = '_gid=GA1.1.' + id + '; path=/; max-age=86400; SameSite=Lax';
  w.__demoTags = w.__demoTags || [];
  w.__demoTags.push({
    name: 'Google Analytics (gtag.js)',
    category: script ? script.getAttribute('data-category') : null,
    at: new Date().toISOString(),
  });
  try {
    w.dispatchEvent(new CustomEvent('demo:tag-ran'));
  } catch {
    /* the inspector also polls */
  }
})();
