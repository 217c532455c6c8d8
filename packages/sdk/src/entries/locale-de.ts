// Locale chunk for the script tag (`privacy-choices-locale-de.js`): loaded only on pages in this
// language, so an English-only site pays no bytes for it.
import { de } from '../ui/locales/de';

const w = window as Window & { __privacyChoicesLocales?: Record<string, unknown> };
(w.__privacyChoicesLocales = w.__privacyChoicesLocales || {}).de = de;
