// Stand-in for Google Ads conversion + remarketing (served locally: the demo needs no network). A real tag would load from
// https://www.googletagmanager.com/gtag/js?id=AW-…. It sets the first-party cookies the real tag sets, then reports that it ran.
(() => {
  const w = window;
  const script = document.currentScript;
  const id = Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  document.cookie = '_gcl_au=1.1.' + id + '; path=/; max-age=' + 90 * 86400 + '; SameSite=Lax';
  w.__demoTags = w.__demoTags || [];
  w.__demoTags.push({
    name: 'Google Ads conversion + remarketing',
    category: script ? script.getAttribute('data-category') : null,
    at: new Date().toISOString(),
  });
  try {
    w.dispatchEvent(new CustomEvent('demo:tag-ran'));
  } catch {
    /* the inspector also polls */
  }
})();
