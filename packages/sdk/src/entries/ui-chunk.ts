// The UI chunk of the script tag (`privacy-choices-ui.js`): the preact UI, loaded only when
// something must be shown.
import { mountUI, registerLocale } from '../ui/index';

(window as Window & { __privacyChoicesUI?: unknown }).__privacyChoicesUI = { mountUI, registerLocale };
