// The dialog, through the dialogs module (ui/dialogs.tsx, preact): loaded once, when a dialog is
// first wanted or the visitor reaches for a button that opens one (warm), never otherwise. Until
// it has loaded nothing is shown; if it fails, the failure is reported once a dialog is wanted
// and the first layer stays as it was (a later request tries again).
import type { UIController } from '../page/ui-seam';
import type { DialogProps, DialogsModule } from './dialogs';
import { element } from './element';
import { textsFor } from './texts';

/** Loads the dialogs module (a script element for the script tag, a dynamic import for npm). */
export type DialogsLoader = (done: (dialogs: DialogsModule) => void, fail: (error: unknown) => void) => void;

/** Where the dialog goes: into the UI's root (`top`), before the live region; the sheet it adds to. */
export interface DialogPlace {
  top: HTMLElement;
  live: HTMLElement;
  addCss(css: string): void;
}

interface Callbacks {
  /** The module arrived while a dialog is wanted: render again. */
  loaded(): void;
  /** The module failed while a dialog is wanted: forget that dialog. */
  failed(): void;
}

export function createDialogLayer(
  controller: UIController,
  loadDialogs: DialogsLoader,
  place: () => DialogPlace | null,
  on: Callbacks,
) {
  let module: DialogsModule | null = null;
  let loading = false;
  let rendering = false;
  let wanted = false;
  let stopped = false;
  let container: HTMLElement | null = null;
  let shownView: DialogProps['dialog']['view'] | null = null;

  function load() {
    if (module || loading) return;
    loading = true;
    loadDialogs(
      (loaded) => {
        loading = false;
        if (stopped) return;
        module = loaded;
        const where = place();
        if (where) where.addCss(loaded.css);
        if (wanted && !rendering) on.loaded(); // a module already loaded answers synchronously
      },
      (error) => {
        loading = false;
        if (stopped || !wanted) return;
        console.error('privacy-choices: could not load the consent dialogs', error);
        on.failed();
      },
    );
  }

  /** Shows the dialog (its texts are merged here), or none; a new view's title takes focus. */
  function render(props: DialogProps | null) {
    wanted = !!props;
    if (props && !module) {
      rendering = true;
      load();
      rendering = false;
    }
    const where = place();
    if (!module || !where || (!props && !shownView)) return;
    if (!container) {
      container = element('div', null);
      where.top.insertBefore(container, where.live);
    }
    const t = props && textsFor(controller, module.texts);
    module.renderDialog(container, props, t!, !!props && shownView !== props.dialog.view);
    shownView = props ? props.dialog.view : null;
  }

  return {
    render,
    warm: load,
    shown: () => !!shownView,
    destroy() {
      stopped = true;
      if (module && container) module.renderDialog(container, null, null!, false);
    },
  };
}
