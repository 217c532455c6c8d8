// The first-visit UI module (UIModule of page/ui-seam.ts), loaded lazily by the entries: mountUI
// (which loads the dialogs module, ui/dialogs.tsx, through the loader the entry gives it), and
// registerLocale for the locale chunks (locales/*.ts export full translations of both layers).
export { mountUI, type DialogsLoader } from './mount';
export { registerLocale, type Texts } from './texts';
