// Demo only: simulates a browser that sends Global Privacy Control. Loaded BEFORE the SDK script,
// so the SDK reads navigator.globalPrivacyControl === true on this page view. The inspector's
// "Simulate GPC" toggle sets or clears the `demo_gpc` cookie and reloads.
(() => {
  if (!/(?:^|;\s*)demo_gpc=1(?:;|$)/.test(document.cookie)) return;
  try {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      get: () => true,
      configurable: true,
      enumerable: true,
    });
  } catch {
    /* a browser with a non-configurable native property: its own value stands */
  }
})();
