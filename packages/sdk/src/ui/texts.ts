// The UI's texts: English (core/texts.ts, the one home of the keys) ← a registered locale ← the
// site's own texts for the page's language; the English statutory titles stay as the law words
// them, and {pN} is filled with the words for what the site does (withPractices). The first layer
// carries the banner's English words; the dialogs chunk adds its own (`english`) when it renders.
// Locales register here, in the first-visit chunk, and translate both layers.
import type { Practice } from '../core/practices';
import type { UIController } from '../page/ui-seam';
import { bannerTexts, en, type Texts } from '../core/texts';

export { en, type Texts };

const locales: Record<string, Partial<Texts>> = {};
const primary = (language: string) => language.toLowerCase().split('-')[0];

/** Adds a translation (the locale chunks call this); matched by primary subtag. */
export function registerLocale(language: string, texts: Partial<Texts> | Record<string, string>): void {
  locales[primary(language)] = texts;
}

/** The site's texts for a language tag; tags are case-insensitive (`en-GB` is `en-gb`). */
function ownTexts(own: Record<string, Record<string, string>>, tag: string): Record<string, string> | undefined {
  for (const key of Object.keys(own)) if (key.toLowerCase() === tag) return own[key];
}

/** English (the banner's, plus `english`: the dialogs') ← registered locale ← the site's texts for
 *  the language (primary subtag, then the full tag); in English, the statutory titles stay as
 *  the law words them. */
export function textsFor(controller: Pick<UIController, 'settings' | 'language'>, english?: Partial<Texts>): Texts {
  const tag = controller.language.toLowerCase();
  const own = controller.settings.texts;
  const texts = {
    ...bannerTexts,
    ...english,
    ...locales[primary(tag)],
    ...ownTexts(own, primary(tag)),
    ...ownTexts(own, tag),
  } as Texts;
  if (primary(tag) === 'en') texts.doNotSell = texts.dnsTitle = bannerTexts.doNotSell;
  return texts;
}

/** Fills a sentence's {pn} with the words for the practices it is about (both, sale or sharing). */
export function withPractices(text: string, t: Texts, practices: Practice[]): string {
  const variant = practices.length === 1 ? (practices[0] === 'sale' ? 1 : 2) : 0;
  const forms = t.practiceForms.split(';');
  return text.replace(/\{p(\d)\}/g, (_, n) => (forms[+n] || '').split('|')[variant] || '');
}

/** The language the texts are actually in, for the `lang` attribute (English when untranslated). */
export function textsLanguage(controller: Pick<UIController, 'settings' | 'language'>): string {
  const tag = controller.language;
  const lang = primary(tag);
  const own = controller.settings.texts;
  return lang === 'en' || locales[lang] || ownTexts(own, lang) || ownTexts(own, tag.toLowerCase()) ? tag : 'en';
}

/** Fills the "{vendor}" placeholder. */
export const withVendor = (text: string, vendor: string) => text.replace('{vendor}', vendor);
