// Locale chunk for the script tag (`privacy-choices-locale-es.js`): loaded only on pages in this
// language, so an English-only site pays no bytes for it.
import { es } from '../ui/locales/es';

const w = window as Window & { __privacyChoicesLocales?: Record<string, unknown> };
(w.__privacyChoicesLocales = w.__privacyChoicesLocales || {}).es = es;
