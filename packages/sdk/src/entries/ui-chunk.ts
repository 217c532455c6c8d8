// The first-visit chunk of the script tag (`privacy-choices-ui.js`): the first layer in plain DOM
// (the dialogs load as their own chunk, entries/dialogs-chunk.ts, when one is opened), loaded
// only when something must be shown, and the zod-free config check, which only a config that no
// stored choice vouches for needs (a first visit: the UI is needed then anyway).
import { mountUI, registerLocale } from '../ui/index';
import { checkConfig } from './config-check-chunk';

(window as Window & { __privacyChoicesUI?: unknown }).__privacyChoicesUI = { mountUI, registerLocale, checkConfig };
