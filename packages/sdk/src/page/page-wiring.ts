// What the consent state does to the page, and what the page does to it: gated tags (also those
// added later, through a MutationObserver), the cookies of declined categories, the footer links
// and opt-out status lines, the DOM hooks, the other tabs, the banner for a visitor who has not
// chosen (after implied consent's rules, in that mode), and the
// `privacy-choices:*` window events.
import { watchOtherTabs } from '../browser/tab-sync';
import type { CommitEffects, ConsentStore } from '../core/consent-store';
import { ENGLISH_PAGE_WORDS, type PageWords } from '../core/page-words';
import { purgeCookies } from './cookie-purge';
import { fillFooterLink, footerLinkView } from './footer-link';
import { createGate, type Gate } from './gate';
import { listenForHooks } from './hooks';
import { forgetNoticeSeen, type ImpliedLoader } from './implied';
import { fillOptOutStatus, optOutStatusText } from './opt-out-status';
import type { UIHost } from './ui-host';

const LINK_SELECTOR = '[data-privacy-choices="link"]';
const STATUS_SELECTOR = '[data-privacy-choices="status"]';

/** Fetches the page language's words (its locale chunk); always calls back, in English at worst. */
export type PageWordsLoader = (done: (words: PageWords) => void) => void;

/** What the page wiring loads on demand: the page words in a language other than English, and the
 *  implied-consent rules. Without a loader, the words stay English and implied mode asks. */
export interface PageLoaders {
  words?: PageWordsLoader;
  implied?: ImpliedLoader;
}

/**
 * Shows the banner to a visitor who has not chosen. In implied mode, first the notice's rules:
 * a visitor who went on to another page has accepted (source "implied") and is not asked again.
 * Until they are in, the visitor is undecided under the mode's defaults (what runs is the same:
 * docs/semantics.md, "before a choice"); if they cannot load, the visitor is asked.
 */
function askUndecided(store: ConsentStore, ui: UIHost, stops: (() => void)[], loadImplied?: ImpliedLoader) {
  const { settings } = store;
  const undecided = () => store.isRunning() && !store.getState().decided;
  if (!undecided()) return;
  if (settings.mode !== 'implied' || !loadImplied) return ui.show('banner');
  loadImplied(
    (implied) => {
      if (!undecided()) return;
      if (implied.continuedBrowsing(settings)) return store.apply({ type: 'accept-all' }, 'implied');
      stops.push(implied.watchNotice(settings, ui.controller));
      ui.show('banner');
    },
    (error) => {
      console.error('privacy-choices: could not load the implied-consent rules; asking instead', error);
      if (undecided()) ui.show('banner');
    },
  );
}

export function createPageWiring(store: ConsentStore, ui: UIHost, language: string, loaders: PageLoaders = {}) {
  const { settings } = store;
  const loadWords = loaders.words;
  const stops: (() => void)[] = [];
  let gate: Gate | null = null;
  let sync: ReturnType<typeof watchOtherTabs> | null = null;
  // The page's words: English at once, another language once its chunk is in. Until then links
  // and status lines keep the site's own content rather than flash English.
  let words: PageWords | null = loadWords ? null : ENGLISH_PAGE_WORDS;
  let wordsRequested = false;

  /** The words, or null while they load (the first call that needs them starts the load). */
  function pageWords(): PageWords | null {
    if (!words && !wordsRequested && loadWords) {
      wordsRequested = true;
      loadWords((loaded) => {
        words = loaded;
        fillLinks();
      });
    }
    return words;
  }

  function purgeDeclined() {
    const patterns: string[] = [];
    for (const category of settings.categories) if (!store.isAllowed(category.id)) patterns.push(...category.cookies);
    purgeCookies(patterns, [settings.cookie.name]);
  }

  function fillStatus() {
    const elements = document.querySelectorAll(STATUS_SELECTOR);
    const current = elements.length ? pageWords() : null;
    if (!current) return;
    const text = optOutStatusText(settings, store.getState(), current);
    for (let i = 0; i < elements.length; i++) fillOptOutStatus(elements[i], text);
  }

  function fillLinks() {
    const links = document.querySelectorAll(LINK_SELECTOR);
    const current = links.length ? pageWords() : null;
    if (current) for (let i = 0; i < links.length; i++) fillFooterLink(links[i], settings, language, current);
    fillStatus();
  }

  function dispatch(type: string) {
    try {
      window.dispatchEvent(new CustomEvent(type, { detail: store.getState() }));
    } catch {
      /* a host page without CustomEvent: the onChange listeners still run */
    }
  }

  const effects: CommitEffects = {
    beforeAction() {
      if (settings.mode === 'implied') forgetNoticeSeen(settings.cookie.name);
    },
    afterWrite(tellOtherTabs, forgotten) {
      if (tellOtherTabs && sync) sync.notify(forgotten);
    },
    beforeListeners(persisted) {
      // After a click, in a task: purging reads document.cookie, and a read just after a write
      // is a blocking round trip to the browser's cookie store.
      if (persisted) setTimeout(purgeDeclined);
      else purgeDeclined();
    },
    afterListeners() {
      if (gate) gate.update();
      if (store.isRunning()) fillStatus();
      dispatch('privacy-choices:change');
    },
  };

  /** Starts gated tags, fills the page's links and listens to it; the store is active. */
  function start() {
    gate = createGate(document, store.isAllowed);
    gate.update();
    fillLinks();
    if (typeof MutationObserver !== 'undefined') {
      const observer = new MutationObserver(() => {
        if (gate) gate.update();
        fillLinks();
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
      stops.push(() => observer.disconnect());
    }
    stops.push(
      listenForHooks(document, footerLinkView(settings), (action, element) => {
        if (action === 'accept-all' || action === 'decline-all') ui.actOrConfirm({ type: action }, 'link', element);
        else ui.show(action, element, undefined, 'link');
      }),
    );
    sync = watchOtherTabs(settings.cookie.name, (forgotten) => {
      // The other tab forgot the choice (reset): the banner asks again here too.
      if (store.reloadFromStorage(forgotten) && !store.getState().decided) ui.show('banner');
    });
    stops.push(sync.stop);
  }

  return {
    commitEffects: effects,
    purgeDeclined,
    start,
    askUndecided: () => askUndecided(store, ui, stops, loaders.implied),
    dispatch,
    stop() {
      stops.forEach((stop) => stop());
      if (gate) gate.destroy();
    },
  };
}
