// The dialog frame shared by preferences, do-not-sell and confirm (APG modal dialog): native
// <dialog>.showModal() makes the page inert; focus starts on the title; Tab wraps; Escape closes.
// Rendering is here; opening and focusing happen after each render (openModal), and focus goes
// back to the opener in mount.ts, which knows it.
import type { ComponentChildren } from 'preact';
import type { Texts } from './texts';

const TITLE_ID = 'pc-dt';
// VIEW_KEY_WHY: the dialog views return a *keyed* Fragment. Preact copies the children of a keyless
// top-level Fragment with a for-in assignment loop, and on a host page that froze
// Object.prototype (SES-style hardening) the copy inherits `constructor`, which makes preact skip
// the view: an empty dialog. A keyed Fragment is rendered as is.
const TABBABLE = 'button:not([disabled]),a[href],[tabindex="0"]';

export function Modal({ onClose, children }: { onClose: () => void; children: ComponentChildren }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') wrapFocus(event, event.currentTarget as HTMLDialogElement);
  };
  const onCancel = (event: Event) => {
    event.preventDefault(); // close through state, so the UI and core stay in step
    onClose();
  };
  return (
    <dialog class="pc-dialog" aria-modal="true" aria-labelledby={TITLE_ID} onKeyDown={onKeyDown} onCancel={onCancel}>
      {children}
    </dialog>
  );
}

/** After a render: shows a new dialog modally and, when its content changed, focuses the title. */
export function openModal(container: Element, contentChanged: boolean) {
  const dialog = container.querySelector('dialog');
  if (!dialog) return;
  if (!dialog.open) {
    try {
      dialog.showModal();
    } catch {
      dialog.setAttribute('open', ''); // no showModal (old engines, happy-dom): at least visible
    }
  }
  if (contentChanged) (dialog.querySelector('#' + TITLE_ID) as HTMLElement).focus();
}

/** Keeps Tab inside the dialog even where the engine lets it escape to the page or browser UI. */
function wrapFocus(event: KeyboardEvent, dialog: HTMLDialogElement) {
  const items = Array.prototype.slice.call(dialog.querySelectorAll(TABBABLE)) as HTMLElement[];
  const index = items.indexOf((dialog.getRootNode() as ShadowRoot).activeElement as HTMLElement);
  // From the first (or the title, which is not in the tab order) back to the last, and around.
  const target = event.shiftKey
    ? index <= 0
      ? items[items.length - 1]
      : null
    : index === items.length - 1
      ? items[0]
      : null;
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

/** The visible title (the dialog's name, focused on open) and the ✕ close button. */
export const DialogHeader = ({ title, t, close }: { title: string; t: Texts; close: () => void }) => (
  <div class="pc-dialog-header">
    <h2 id={TITLE_ID} tabIndex={-1}>
      {title}
    </h2>
    <button type="button" class="pc-close" aria-label={t.close} onClick={close}>
      ✕
    </button>
  </div>
);
