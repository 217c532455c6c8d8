// Loads the script tag's chunks next to the main script, as script elements carrying its nonce
// (they pass a strict CSP like it does): the first layer (plus a locale on non-English pages) and
// the dialogs when one is opened, the IAB APIs and the consent-record sender when configured,
// implied consent's rules in that mode, and the validator to explain an invalid config.
import type { Integration } from '../core/runtime';
import type { UIModule } from '../page/ui-seam';
import { trustedScriptURL } from '../browser/trusted-types';
import { localeFile, type LocaleWindow } from './locale-chunks';
import type { IABLoader, IABModule } from '../integrations/iab-stubs';
import type { ImpliedLoader, ImpliedModule } from '../page/implied';
import type { RecordsLoader } from '../integrations/records-on-demand';
import type { DialogsModule } from '../ui/dialogs';
import type { checkConfig } from './config-check-chunk';

/** What the boot gets: the UI module core mounts (its dialogs loaded on demand), and the check. */
export type UIChunk = UIModule & { checkConfig: typeof checkConfig };

/** What the first-visit chunk provides (entries/ui-chunk.ts): given this file loader, the UI
 *  (which loads the dialogs chunk through it). */
interface UIChunkModule {
  withLoader(load: FileLoader): UIChunk;
  registerLocale(language: string, texts: Record<string, string>): void;
}

export type FileLoader = ReturnType<typeof createFileLoader>;

export type ChunkWindow = LocaleWindow & {
  __privacyChoicesUI?: UIChunkModule;
  __privacyChoicesDialogs?: DialogsModule;
  __privacyChoicesIAB?: IABModule;
  __privacyChoicesRecords?: Integration;
  __privacyChoicesImplied?: ImpliedModule;
  /** Set by a chunk whose initialisation threw (see guardedChunk in rollup.config.mjs). */
  __privacyChoicesChunkError?: Record<string, unknown>;
};

/** The error a loaded chunk kept, or one saying it did not set itself up. */
export function chunkError(name: string): Error {
  const kept = (window as ChunkWindow).__privacyChoicesChunkError;
  const error = kept && kept[name];
  return new Error(`privacy-choices: the ${name} chunk failed to initialise` + (error ? ': ' + String(error) : ''));
}

/** Loads each file once, as a script element; every caller hears when it is in, or the error. */
export function createFileLoader(base: string, nonce: string) {
  const loaded: Record<string, Array<(error?: Error) => void> | true> = {};
  return (file: string, done: () => void, fail: (error: Error) => void) => {
    const settle = (error?: Error) => (error ? fail(error) : done());
    const state = loaded[file];
    if (state === true) return done();
    if (state) return void state.push(settle);
    const waiting = [settle];
    loaded[file] = waiting;
    const script = document.createElement('script');
    script.src = trustedScriptURL(base + file);
    if (nonce) script.nonce = nonce;
    const finish = (error?: Error) => {
      if (error)
        delete loaded[file]; // a later call may try again
      else loaded[file] = true;
      waiting.forEach((callback) => callback(error));
    };
    script.onload = () => finish();
    script.onerror = () => finish(new Error('privacy-choices: failed to load ' + script.src));
    (document.head || document.documentElement).appendChild(script);
  };
}

/** The first layer, plus the page language's texts (for both layers); it loads the dialogs chunk
 *  through the same file loader. A locale that fails to load leaves the UI in English:
 *  the consent choice must never depend on a translation. */
export function uiLoader(load: FileLoader, language: string) {
  const win = window as ChunkWindow;
  const locale = language.split('-')[0];
  const file = localeFile(language);
  return (done: (ui: UIChunk) => void, fail: (error: unknown) => void) => {
    let ui: ChunkWindow['__privacyChoicesUI'];
    let localeSettled = !file;
    const finish = () => {
      if (!ui || !localeSettled) return;
      const texts = win.__privacyChoicesLocales && win.__privacyChoicesLocales[locale];
      if (texts) ui.registerLocale(locale, texts);
      done(ui.withLoader(load));
    };
    if (file) {
      const settled = () => {
        localeSettled = true;
        finish();
      };
      const inEnglish = (error: Error) => {
        console.warn(error.message + '; showing English');
        settled();
      };
      load(file, settled, inEnglish);
    }
    const uiLoaded = () => {
      ui = win.__privacyChoicesUI;
      if (ui) finish();
      else fail(chunkError('ui'));
    };
    load('privacy-choices-ui.js', uiLoaded, fail);
  };
}

/** A chunk that leaves one module on window: loaded on demand, or the chunk's own error. */
function moduleLoader<K extends '__privacyChoicesIAB' | '__privacyChoicesRecords' | '__privacyChoicesImplied'>(
  load: FileLoader,
  file: string,
  key: K,
  name: string,
) {
  return (done: (module: NonNullable<ChunkWindow[K]>) => void, fail: (error: unknown) => void) =>
    load(
      file,
      () => {
        const module = (window as ChunkWindow)[key];
        if (module) done(module as NonNullable<ChunkWindow[K]>);
        else fail(chunkError(name));
      },
      fail,
    );
}

/** The GPP and USP APIs (entries/iab-chunk.ts), for a page whose config turns one on. */
export const iabLoader = (load: FileLoader): IABLoader =>
  moduleLoader(load, 'privacy-choices-iab-api.js', '__privacyChoicesIAB', 'iab');

/** The consent-record sender (entries/records-chunk.ts), for a page with `integrations.records`. */
export const recordsLoader = (load: FileLoader): RecordsLoader =>
  moduleLoader(load, 'privacy-choices-records.js', '__privacyChoicesRecords', 'records');

/** Implied consent's rules (entries/implied-chunk.ts), for an implied-mode page whose visitor has
 *  not chosen. The first layer is fetched at the same time: when the rules find the visitor has not
 *  gone on past the notice, it is shown without waiting for a second round trip. */
export const impliedLoader =
  (load: FileLoader): ImpliedLoader =>
  (done, fail) => {
    load('privacy-choices-ui.js', noop, noop);
    moduleLoader(load, 'privacy-choices-implied.js', '__privacyChoicesImplied', 'implied')(done, fail);
  };

function noop() {}
