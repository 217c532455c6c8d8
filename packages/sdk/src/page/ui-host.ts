// The instance's side of the UI seam (page/ui-seam.ts): loads the UI module on first need and
// queues what was asked of it meanwhile, holds whether consent UI is on screen (GPP reports it),
// and is the one place of the confirm rule: an action that would opt back in to sale or sharing
// is not applied but answered with the confirmation step.
import type { ConsentStore } from '../core/consent-store';
import { createEmitter } from '../core/emitter';
import type { Action } from '../core/policy';
import type { IntegrationContext } from '../core/runtime';
import type { Source } from '../core/types';
import type { ActResult, UIController, UIHandle, UILoader, UIView } from './ui-seam';

export type UIHost = ReturnType<typeof createUIHost>;

export function createUIHost(store: ConsentStore, language: string, loadUI: UILoader) {
  const displayChanges = createEmitter<boolean>();
  let displayed = false;
  let destroyed = false;
  let ui: UIHandle | null = null;
  let waiting: ((handle: UIHandle) => void)[] | null = null;

  /** The confirm rule: asked again unless the action already answers it (confirmed, or keeping
   *  the opt-out). A done action closes the UI; hidden first, so that the integrations see the
   *  closing as part of the change (GPP: not ready → cmpDisplayStatus → sectionChange → ready). */
  function act(action: Action, source: Source): ActResult {
    const answered =
      (action.type === 'accept-all' || action.type === 'set') && (action.confirmOptIn || action.keepOptOut);
    if (!answered && store.wouldOptBackIn(action)) return 'confirm';
    const wasDisplayed = displayed;
    displayed = false;
    store.apply(action, source);
    if (wasDisplayed) displayChanges.emit(false);
    return 'done';
  }

  // What the UI and the integrations see of the instance: one object serves both seams.
  const controller: UIController & IntegrationContext = {
    settings: store.settings,
    language,
    getState: store.getState,
    onChange: store.onChange,
    onStored: store.onStored,
    isRecorded: store.isRecorded,
    markRecorded: store.markRecorded,
    isDisplayed: () => displayed,
    onDisplayChange: displayChanges.on,
    act,
    setDisplayed(value) {
      if (value === displayed) return;
      displayed = value;
      displayChanges.emit(value);
    },
  };

  function withUI(use: (handle: UIHandle) => void) {
    if (ui) return use(ui);
    if (waiting) return void waiting.push(use);
    waiting = [use];
    loadUI(
      (module) => {
        if (destroyed) return;
        const handle = module.mountUI(controller);
        ui = handle;
        setTimeout(store.prepareForChoice);
        const queued = waiting || [];
        waiting = null;
        queued.forEach((run) => run(handle));
      },
      (error) => {
        waiting = null;
        console.error('privacy-choices: could not load the consent UI', error);
      },
    );
  }

  function show(view: UIView, opener?: Element | null, pendingAction?: Action, source?: Source) {
    if (!store.isRunning() || destroyed) return;
    withUI((handle) => handle.show(view, opener, pendingAction, source));
  }

  return {
    controller,
    show,
    /** A page control asked for the action: apply it, or show the confirmation step. */
    actOrConfirm(action: Action, source: Source, opener: Element) {
      if (act(action, source) === 'confirm') show('confirm', opener, action, source);
    },
    hide() {
      if (ui) ui.hide();
    },
    destroy() {
      destroyed = true;
      if (ui) ui.destroy();
      displayChanges.clear();
    },
  };
}
