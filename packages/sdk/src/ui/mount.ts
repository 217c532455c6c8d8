// mountUI: the UIModule core loads. Keeps what is shown in one small state, and after every change
// updates the DOM synchronously (visible in the first paint): the first layer (banner, live
// region) in plain DOM, the dialog through ui/dialog-layer.ts, which loads the dialogs module when
// a dialog is first wanted (or warmed on intent). Then focus and scroll padding. Reports
// visibility to core (GPP cmpDisplayStatus).
import type { ActResult, UIController, UIHandle } from '../page/ui-seam';
import type { State } from '../core/types';
import { createBanner } from './banner';
import { createDialogLayer, type DialogsLoader } from './dialog-layer';
import { element } from './element';
import { createScrollPadding } from './scroll-padding';
import { createShadowHost } from './shadow-host';
import { textsFor, textsLanguage } from './texts';
import type { DialogState, UIActions } from './types';

const ANNOUNCE_MS = 5000;

export type { DialogsLoader };

interface UIState {
  banner: boolean;
  dialog: DialogState | null;
  /** Text for the live region. */
  message: string;
  state: State;
  /** Preferences switches flipped since the dialog opened. */
  toggled: Record<string, boolean>;
}

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
  return !active || active === document.body || active === host;
}

const isFocusable = (el: Element | null | false | undefined): el is HTMLElement =>
  !!el && el !== document.body && el.isConnected && typeof (el as HTMLElement).focus === 'function';

const focusElement = (el: Element | null) => el && (el as HTMLElement).focus();

/** The root element: language, direction and the theme's classes (ui/banner-styles.ts). */
function createRoot(controller: UIController): HTMLElement {
  const { colorScheme, layout } = controller.settings.theme;
  const scheme = colorScheme === 'light' ? ' pc-light' : colorScheme === 'dark' ? ' pc-dark' : '';
  return element('div', {
    class: 'pc-root' + scheme + (layout === 'box' ? ' pc-box' : ''),
    lang: textsLanguage(controller),
    dir: document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr',
  });
}

export function mountUI(controller: UIController, loadDialogs: DialogsLoader): UIHandle {
  let ui: UIState = { banner: false, dialog: null, message: '', state: controller.getState(), toggled: {} };
  let mounted: (ReturnType<typeof createShadowHost> & { top: HTMLElement; live: HTMLElement }) | null = null;
  let banner: HTMLElement | null = null;
  let destroyed = false;
  let displayed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const trackBanner = createScrollPadding();
  const dialogLayer = createDialogLayer(controller, loadDialogs, () => mounted, {
    loaded: () => update({}),
    failed: () => update({ dialog: null }),
  });

  // What opened the banner, when an action did (a footer link, the API from a page button): focus
  // goes back there when the banner closes. A first visit's banner has none and takes no focus.
  let bannerOpener: Element | null = null;

  function update(patch: Partial<UIState>, focusBanner?: boolean) {
    const before = ui.dialog;
    const hadBanner = ui.banner;
    ui = { ...ui, ...patch };
    if (!mounted) return;
    // Read before changing the DOM: removing the focused button moves focus to <body>.
    const focusOurs = focusIsOurs(mounted.host);
    renderBanner();
    const dialog = ui.dialog;
    dialogLayer.render(
      dialog && { dialog, settings: controller.settings, state: ui.state, toggled: ui.toggled, actions },
    );
    if (mounted.live.textContent !== ui.message) mounted.live.textContent = ui.message;
    trackBanner(banner);
    if (focusBanner && banner && !ui.dialog) focusElement(banner.querySelector('h2'));
    // Something closed: focus returns to what opened it. The dialog's opener may have been the
    // banner's own button, gone with the banner: then to what opened the banner.
    const bannerClosed = hadBanner && !ui.banner;
    if (focusOurs && ((before && !ui.dialog) || bannerClosed)) {
      const target = [before && before.opener, !ui.banner && bannerOpener].filter(isFocusable)[0];
      if (target) focusElement(target);
    }
    if (!ui.banner) bannerOpener = null;
    const visible = ui.banner || dialogLayer.shown();
    if (visible !== displayed) {
      displayed = visible;
      controller.setDisplayed(displayed);
    }
  }

  /** The banner's content depends on settings and texts only: built when shown, removed when hidden. */
  function renderBanner() {
    if (ui.banner && !banner) {
      banner = createBanner(textsFor(controller), controller.settings, {
        act: (action, opener) => actions.act(action, 'banner', opener),
        open: (view, opener) => actions.open(view, opener),
        warm: dialogLayer.warm,
      });
      mounted!.top.insertBefore(banner, mounted!.top.firstChild);
    } else if (!ui.banner && banner) {
      banner.remove();
      banner = null;
    }
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
      let outcome: ActResult;
      try {
        outcome = controller.act(action, source);
      } finally {
        acting = false;
      }
      if (outcome === 'confirm') {
        const from = opener || (ui.dialog && ui.dialog.opener) || null;
        return openDialog({ view: 'confirm', opener: from, pending: action, source });
      }
      // The choice is stored by now; closing waits for the next task so that the click ends as
      // soon as the cookie is written (page listeners after ours, and the next input, wait less).
      setTimeout(() => {
        if (destroyed) return;
        const message = announce(action.type === 'dismiss' ? '' : textsFor(controller).saved);
        update({ banner: false, dialog: null, message, state: controller.getState() });
      });
    },
    open(view, opener) {
      const current = ui.dialog;
      openDialog({
        view,
        opener: opener || (current && current.opener) || null,
        source: current ? current.source : undefined,
      });
    },
    close: () => update({ dialog: null }),
    toggle: (id, on) => update({ toggled: { ...ui.toggled, [id]: on } }),
  };

  // Changes from elsewhere (another tab, the API) re-render; once decided, the banner goes.
  const unsubscribe = controller.onChange((state) => acting || update({ state, banner: ui.banner && !state.decided }));

  function attach() {
    if (destroyed) return;
    const shadow = createShadowHost();
    const top = createRoot(controller);
    // A polite live region that stays in place, so "Choices saved" is announced after the dialog is gone.
    const live = element('div', { class: 'pc-visually-hidden', role: 'status', 'aria-live': 'polite' });
    top.append(live);
    shadow.root.append(top);
    mounted = { ...shadow, top, live };
    update({});
  }
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach);

  return {
    show(view, opener, pendingAction, source) {
      if (view === 'banner') {
        const byAction = isFocusable(opener) && !(mounted && opener === mounted.host);
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
      dialogLayer.destroy();
      if (mounted) {
        mounted.host.remove();
        mounted = null;
      }
      if (displayed) {
        displayed = false;
        controller.setDisplayed(false);
      }
    },
  };
}
