// The whole UI as one tree: the banner, at most one dialog, and a polite live region that stays
// in place so "Choices saved" is announced after the dialog is gone.
import type { Action } from '../core/policy';
import type { Settings } from '../core/settings';
import type { Source, State } from '../core/types';
import { Banner } from './banner';
import { Confirm } from './confirm';
import { DoNotSell } from './do-not-sell';
import { Modal } from './modal';
import { Preferences } from './preferences';
import type { Texts } from './texts';
import type { DialogView, UIActions } from './types';

export interface DialogState {
  view: DialogView;
  /** Where focus returns when the dialog closes. */
  opener: Element | null;
  /** The action waiting for confirmation (confirm view). */
  pending?: Action;
  source?: Source;
}

export interface UIState {
  banner: boolean;
  dialog: DialogState | null;
  /** Text for the live region. */
  message: string;
  state: State;
  /** Preferences switches flipped since the dialog opened. */
  toggled: Record<string, boolean>;
}

interface Props {
  ui: UIState;
  t: Texts;
  lang: string;
  settings: Settings;
  actions: UIActions;
}

export function App({ ui, t, lang, settings, actions }: Props) {
  const dialog = ui.dialog;
  const props = { t, settings, state: ui.state, toggled: ui.toggled, ...actions };
  const source = (dialog && dialog.source) || 'link';
  const { colorScheme, layout } = settings.theme;
  // The theme's classes (styles.ts): forced scheme, floating box; none for auto and bar.
  const theme = (colorScheme == 'light' ? ' lt' : colorScheme == 'dark' ? ' dk' : '') + (layout == 'box' ? ' bx' : '');
  return (
    <div class={'pc' + theme} lang={lang} dir={document.documentElement.dir == 'rtl' ? 'rtl' : 'ltr'}>
      {ui.banner && <Banner {...props} />}
      {dialog && (
        <Modal onClose={actions.close}>
          {dialog.view == 'preferences' ? (
            <Preferences {...props} />
          ) : dialog.view == 'do-not-sell' ? (
            <DoNotSell {...props} source={source} />
          ) : (
            <Confirm {...props} pending={dialog.pending} source={source} />
          )}
        </Modal>
      )}
      <div class="sr" role="status" aria-live="polite">
        {ui.message}
      </div>
    </div>
  );
}
