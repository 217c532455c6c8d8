// The dialogs chunk of the script tag (`privacy-choices-dialogs.js`): preferences, do-not-sell and
// the confirm step, in preact, loaded by the first-visit chunk when a dialog is to be shown or the
// visitor reaches for the button that opens one (never on a first visit without interaction).
import { dialogs } from '../ui/dialogs';

(window as Window & { __privacyChoicesDialogs?: unknown }).__privacyChoicesDialogs = dialogs;
