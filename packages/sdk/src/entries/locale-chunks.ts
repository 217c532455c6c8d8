// The script tag's locale chunks (`privacy-choices-locale-<language>.js`, built from
// entries/locale-*.ts): each carries one language's UI texts and page words (locales/*.ts) and
// leaves them on window for whichever part of the SDK asked for the file.
import { ENGLISH_PAGE_WORDS, type PageWords } from '../core/page-words';
import type { PageWordsLoader } from '../page/page-wiring';
import type { FileLoader } from './script-loader';

/** The languages that have a chunk: one home for the list. */
export const BUNDLED_LOCALES = ['es', 'fr', 'de'];

export type LocaleWindow = Window & {
  __privacyChoicesLocales?: Record<string, Record<string, string>>;
  __privacyChoicesPageWords?: Record<string, PageWords>;
};

/** The chunk for a page language ("es-MX" → the Spanish one), or "" when there is none. */
export function localeFile(language: string): string {
  const locale = language.split('-')[0];
  return BUNDLED_LOCALES.indexOf(locale) >= 0 ? `privacy-choices-locale-${locale}.js` : '';
}

/** What a locale chunk runs: registers its language's words. */
export function registerLocaleChunk(locale: string, texts: object, pageWords: PageWords) {
  const w = window as LocaleWindow;
  w.__privacyChoicesLocales = w.__privacyChoicesLocales || {};
  w.__privacyChoicesLocales[locale] = texts as Record<string, string>;
  w.__privacyChoicesPageWords = w.__privacyChoicesPageWords || {};
  w.__privacyChoicesPageWords[locale] = pageWords;
}

/** The page words of a language with a chunk (none for English or a language without one). A
 *  chunk that fails to load leaves the page in English: a legal link must never go missing. */
export function pageWordsLoader(load: FileLoader, language: string): PageWordsLoader | undefined {
  const file = localeFile(language);
  if (!file) return;
  const locale = language.split('-')[0];
  return (done) =>
    load(
      file,
      () => done(((window as LocaleWindow).__privacyChoicesPageWords || {})[locale] || ENGLISH_PAGE_WORDS),
      (error) => {
        console.warn(error.message + '; the footer link and status stay in English');
        done(ENGLISH_PAGE_WORDS);
      },
    );
}
