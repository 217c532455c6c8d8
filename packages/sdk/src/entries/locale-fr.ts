// Locale chunk for the script tag (`privacy-choices-locale-fr.js`): loaded only on pages in this
// language, so an English-only site pays no bytes for it.
import { fr } from '../ui/locales/fr';

const w = window as Window & { __privacyChoicesLocales?: Record<string, unknown> };
(w.__privacyChoicesLocales = w.__privacyChoicesLocales || {}).fr = fr;
