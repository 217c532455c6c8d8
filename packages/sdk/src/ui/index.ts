// The UI module (UIModule of page/ui-seam.ts), loaded lazily by the entries: mountUI, and
// registerLocale for the locale chunks (locales/*.ts export full translations).
export { mountUI } from './mount';
export { registerLocale, type Texts } from './texts';
