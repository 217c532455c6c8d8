// The dialogs module (preferences, do-not-sell, confirm in the modal frame), in preact, loaded
// only when a dialog is to be shown: the script tag's `privacy-choices-dialogs.js`
// (entries/dialogs-chunk.ts), a dynamic import for npm. The first layer (ui/mount.ts) keeps what
// is shown and hands each render here, with the texts already merged (the locale registry lives
// in the first-visit chunk); the dialogs bring their own CSS and English words.
import { render } from 'preact';
import { dialogTexts } from '../core/texts';
import type { Settings } from '../core/settings';
import type { State } from '../core/types';
import { Confirm } from './confirm';
import { dialogCss } from './dialog-styles';
import { DoNotSell } from './do-not-sell';
import { Modal, openModal } from './modal';
import { Preferences } from './preferences';
import type { Texts } from './texts';
import type { DialogState, UIActions } from './types';

export interface DialogProps {
  dialog: DialogState;
  settings: Settings;
  state: State;
  /** Preferences switches flipped since the dialog opened. */
  toggled: Record<string, boolean>;
  actions: UIActions;
}

function Dialog({ dialog, t, settings, state, toggled, actions }: DialogProps & { t: Texts }) {
  const props = { t, settings, state, toggled, ...actions };
  const source = dialog.source || 'link';
  return (
    <Modal onClose={actions.close}>
      {dialog.view === 'preferences' ? (
        <Preferences {...props} />
      ) : dialog.view === 'do-not-sell' ? (
        <DoNotSell {...props} source={source} />
      ) : (
        <Confirm {...props} pending={dialog.pending} source={source} />
      )}
    </Modal>
  );
}

/** Renders the dialog (or none) into its container, in the texts given (merged by the first
 *  layer, which holds the locales); a new dialog is shown modally and, when its content changed,
 *  its title takes focus. */
function renderDialog(container: Element, props: DialogProps | null, t: Texts, contentChanged: boolean) {
  render(props && <Dialog {...props} t={t} />, container);
  if (props) openModal(container, contentChanged);
}

export const dialogs = { texts: dialogTexts, css: dialogCss, renderDialog };

export type DialogsModule = typeof dialogs;
