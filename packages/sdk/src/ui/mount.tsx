// mountUI: the UIModule core loads. Keeps what is shown in one small store, re-renders the preact
// tree on every change (synchronously: visible in the first paint), then does the imperative DOM
// work: modal dialog, focus, scroll padding. Reports visibility to core (GPP cmpDisplayStatus).
import { render } from 'preact';
import type { UIController, UIHandle } from '../page/ui-seam';
import { App, type DialogState, type UIState } from './app';
import { openModal } from './modal';
import { createScrollPadding } from './scroll-padding';
import { createShadowHost } from './shadow-host';
import { textsFor, textsLanguage } from './texts';
import type { UIActions } from './types';

const ANNOUNCE_MS = 5000;

/** The focused element, looking inside shadow roots (ours included). */
function deepActiveElement(): Element | null {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Focus is in the UI, or was just lost (the focused button was removed): only then is moving it
 *  ours to do; a visitor who went on into the page keeps their place. */
function focusIsOurs(host: Element): boolean {
  const active = document.activeElement;
  return !active || active == document.body || active == host;
}

const isFocusable = (el: Element | null | false | undefined): el is HTMLElement =>
  !!el && el != document.body && el.isConnected && typeof (el as HTMLElement).focus == 'function';

const focusElement = (el: Element | null) => el && (el as HTMLElement).focus();

export function mountUI(controller: UIController): UIHandle {
  let ui: UIState = { banner: false, dialog: null, message: '', state: controller.getState(), toggled: {} };
  let mounted: ReturnType<typeof createShadowHost> | null = null;
  let destroyed = false;
  let displayed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const trackBanner = createScrollPadding();

  // What opened the banner, when an action did (a footer link, the API from a page button): focus
  // goes back there when the banner closes. A first visit's banner has none and takes no focus.
  let bannerOpener: Element | null = null;

  function update(patch: Partial<UIState>, focusBanner?: boolean) {
    const before = ui.dialog;
    const hadBanner = ui.banner;
    ui = { ...ui, ...patch };
    if (!mounted) return;
    const { root } = mounted;
    // Read before rendering: removing the focused button moves focus to <body>.
    const focusOurs = focusIsOurs(mounted.host);
    render(<App ui={ui} t={textsFor(controller)} lang={textsLanguage(controller)} settings={controller.settings} actions={actions} />, root);
    trackBanner(root.querySelector<HTMLElement>('.bn'));
    openModal(root, !!ui.dialog && (!before || before.view != ui.dialog.view));
    if (focusBanner && ui.banner && !ui.dialog) focusElement(root.querySelector('.bn h2'));
    // Something closed: focus returns to what opened it. The dialog's opener may have been the
    // banner's own button, gone with the banner: then to what opened the banner.
    const bannerClosed = hadBanner && !ui.banner;
    if (focusOurs && ((before && !ui.dialog) || bannerClosed)) {
      const target = [before && before.opener, !ui.banner && bannerOpener].filter(isFocusable)[0];
      if (target) focusElement(target);
    }
    if (!ui.banner) bannerOpener = null;
    const visible = ui.banner || !!ui.dialog;
    if (visible != displayed) controller.setDisplayed((displayed = visible));
  }

  function announce(message: string) {
    clearTimeout(timer);
    // Cleared after a while so the same words are announced again next time; nothing interactive expires.
    if (message) timer = setTimeout(() => update({ message: '' }), ANNOUNCE_MS);
    return message;
  }

  const openDialog = (dialog: DialogState) => update({ dialog, state: controller.getState(), toggled: {} });

  // While the visitor's own action is applied, its change is not rendered on its own: the
  // update right after it renders once (one render on the click, not two).
  let acting = false;

  const actions: UIActions = {
    act(action, source, opener) {
      acting = true;
      let outcome;
      try {
        outcome = controller.act(action, source);
      } finally {
        acting = false;
      }
      if (outcome == 'confirm') {
        return openDialog({ view: 'confirm', opener: opener || (ui.dialog && ui.dialog.opener) || null, pending: action, source });
      }
      // The choice is stored by now; closing waits for the next task so that the click ends as
      // soon as the cookie is written (page listeners after ours, and the next input, wait less).
      setTimeout(() => {
        if (destroyed) return;
        const message = announce(action.type == 'dismiss' ? '' : textsFor(controller).saved);
        update({ banner: false, dialog: null, message, state: controller.getState() });
      });
    },
    open(view, opener) {
      const current = ui.dialog;
      openDialog({ view, opener: opener || (current && current.opener) || null, source: current ? current.source : undefined });
    },
    close: () => update({ dialog: null }),
    toggle: (id, on) => update({ toggled: { ...ui.toggled, [id]: on } }),
  };

  // Changes from elsewhere (another tab, the API) re-render; once decided, the banner goes.
  const unsubscribe = controller.onChange((state) => acting || update({ state, banner: ui.banner && !state.decided }));

  function attach() {
    if (destroyed) return;
    mounted = createShadowHost();
    update({});
  }
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach);

  return {
    show(view, opener, pendingAction, source) {
      if (view == 'banner') {
        const byAction = isFocusable(opener) && !(mounted && opener == mounted.host);
        if (byAction) bannerOpener = opener!;
        return update({ banner: true, state: controller.getState() }, byAction);
      }
      openDialog({ view, opener: opener || deepActiveElement(), pending: pendingAction, source });
    },
    hide: () => update({ banner: false, dialog: null }),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      unsubscribe();
      clearTimeout(timer);
      document.removeEventListener('DOMContentLoaded', attach);
      trackBanner(null);
      if (mounted) {
        render(null, mounted.root);
        mounted.host.remove();
        mounted = null;
      }
      if (displayed) controller.setDisplayed((displayed = false));
    },
  };
}
