// The UI chunk of the script tag (`privacy-choices-ui.js`): the preact UI and the config
// validator, loaded only when something must be shown or a config is new.
import { validateConfig } from '../core/config-schema';
import { mountUI, registerLocale } from '../ui/index';

(window as Window & { __privacyChoicesUI?: unknown }).__privacyChoicesUI = { mountUI, validateConfig, registerLocale };
