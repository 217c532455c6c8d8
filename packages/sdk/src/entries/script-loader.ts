// Loads the UI chunk (and a locale, if the page is not in English) next to the main script, as
// script elements that carry the main script's nonce: they pass a strict CSP like it does.
import type { UIModule } from '../core/runtime';

export interface UIChunk extends UIModule {
  validateConfig(config: unknown): unknown;
  registerLocale(language: string, texts: Record<string, string>): void;
}

type ChunkWindow = Window & {
  __privacyChoicesUI?: UIChunk;
  __privacyChoicesLocales?: Record<string, Record<string, string>>;
};

const BUNDLED_LOCALES = ['es', 'fr', 'de'];

export function createChunkLoader(base: string, nonce: string, language: string) {
  const win = window as ChunkWindow;
  const locale = language.split('-')[0];
  const wantsLocale = BUNDLED_LOCALES.indexOf(locale) >= 0;
  let waiting: ((chunk: UIChunk) => void)[] | null = null;
  let failures: ((error: unknown) => void)[] = [];

  const inject = (file: string, onload: () => void) => {
    const script = document.createElement('script');
    script.src = base + file;
    if (nonce) script.nonce = nonce;
    script.onload = onload;
    script.onerror = () => {
      const error = new Error('privacy-choices: failed to load ' + script.src);
      failures.forEach((fail) => fail(error));
      failures = [];
    };
    (document.head || document.documentElement).appendChild(script);
  };

  return function load(done: (chunk: UIChunk) => void, fail: (error: unknown) => void) {
    failures.push(fail);
    if (win.__privacyChoicesUI && !waiting) return done(win.__privacyChoicesUI);
    if (waiting) return void waiting.push(done);
    waiting = [done];
    let pending = wantsLocale ? 2 : 1;
    const arrived = () => {
      if (--pending) return;
      const chunk = win.__privacyChoicesUI!;
      const texts = win.__privacyChoicesLocales && win.__privacyChoicesLocales[locale];
      if (texts) chunk.registerLocale(locale, texts);
      const callbacks = waiting || [];
      waiting = null;
      failures = [];
      callbacks.forEach((cb) => cb(chunk));
    };
    inject('privacy-choices-ui.js', arrived);
    if (wantsLocale) inject(`privacy-choices-locale-${locale}.js`, arrived);
  };
}
