// One privacy-choices instance: reads the stored choice and the signals, applies them to gated
// tags and integrations synchronously, and runs the visitor's actions. The UI is loaded only
// when something must be shown, through the loader the entry point supplies.
import { encodeChoice, newConsentId } from './core/choice-codec';
import { createEmitter } from './core/emitter';
import { continuedBrowsing, forgetNoticeSeen, watchNoticeLinks } from './core/implied';
import { resolveLanguage } from './core/language';
import {
  applyAction, categoriesOf, bitsOf, emptyChoice, markKnownChild, needsOptInConfirmation, reconcile,
  toState, type Action, type Choice, type Signals,
} from './core/policy';
import type { Integration, IntegrationContext, UIController, UIHandle, UILoader, UIView } from './core/runtime';
import type { Settings } from './core/settings';
import { readSignals } from './browser/signals';
import { storedChoice } from './core/stored-choice';
import { createCookieStorage, type ChoiceStorage } from './browser/storage';
import { watchOtherTabs } from './browser/tab-sync';
import type { AcceptOptions, PrivacyChoices, Source, State, View } from './core/types';
import { fillFooterLink, footerLinkView } from './page/footer-link';
import { fillOptOutStatus, optOutStatusText } from './page/opt-out-status';
import { listenForHooks } from './page/hooks';
import { purgeCookies } from './page/cookie-purge';
import { createGate, type Gate } from './page/gate';

export interface InstanceOptions {
  settings: Settings;
  /** The config was validated before the instance was made (npm entry). */
  validated: boolean;
  loadUI: UILoader;
  integrations: Integration[];
  storage?: ChoiceStorage;
  signals?: Signals;
  now?: () => number;
  /** Called with the instance before it activates, so `ready` listeners can already reach it. */
  expose?: (instance: Instance) => void;
}

export interface Instance extends PrivacyChoices {
  /** False when the config still has to be validated (first visit through the script tag). */
  readonly validated: boolean;
  /** Reports the outcome of a late validation: a valid config starts gates and UI. */
  settle(valid: boolean): void;
}

const LINK_SELECTOR = '[data-privacy-choices="link"]';
const STATUS_SELECTOR = '[data-privacy-choices="status"]';

export function createInstance(options: InstanceOptions): Instance {
  const { settings } = options;
  const clock = options.now || Date.now;
  // Whole seconds, as the cookie stores them: the tab that chose and a tab that reads the
  // cookie must report the same decidedAt.
  const now = () => Math.floor(clock() / 1000) * 1000;
  const storage = options.storage || createCookieStorage(settings);
  let signals = options.signals || readSignals();
  const language = resolveLanguage(settings.language);
  const changes = createEmitter<State>();
  const displayChanges = createEmitter<boolean>();
  const stores = createEmitter<State>();

  let displayed = false;
  let active = false;
  let failed = false;
  let destroyed = false;
  let storedValue: string | undefined;
  let gate: Gate | null = null;
  let ui: UIHandle | null = null;
  let uiLoading: ((handle: UIHandle) => void)[] | null = null;
  const stops: (() => void)[] = [];

  const stored = readStored();
  const validated = options.validated || (!!stored && stored.fingerprint === settings.fingerprint);
  const initial = reconcile(settings, stored, signals, now());
  let choice: Choice | null = initial.choice;
  // A choice changed at start (a signal's opt-out, a new revision) has not reached the collector.
  if (initial.changed && choice) choice.recorded = false;
  let state = toState(settings, choice, signals);

  function readStored() {
    storedValue = storage.read();
    return storedChoice(settings, storedValue);
  }

  function write(notifyTabs: boolean) {
    if (!choice || !active) return;
    const value = encodeChoice({
      ...choice,
      id: choice.id!,
      decidedAt: choice.decidedAt || now(),
      bits: bitsOf(settings, choice.categories),
      pending: !choice.decided,
      fingerprint: settings.fingerprint,
      layout: settings.layout,
    });
    storage.write(value);
    storedValue = value;
    if (notifyTabs && sync) sync.notify();
  }

  // A new record's id, made ahead while the banner waits for a click: the engine's random source
  // and date code both set themselves up on first use (~0.2 ms each), which a click should not pay.
  let spareId = '';
  function prepareForChoice() {
    spareId = spareId || newConsentId();
    new Date(clock()).toISOString();
  }

  /** A choice about to be stored gets its record id (part of the state); true when it got one. */
  function giveId(): boolean {
    if (!choice || !active || choice.id) return false;
    choice.id = spareId || newConsentId();
    spareId = '';
    return true;
  }

  const isAllowed = (id: string) => state.categories[id] === true;

  /** Publishes the current choice: integrations and listeners first, so that Consent Mode's
   *  update precedes the tags that the gate then starts. `persist` stores it first of all: the
   *  cookie is the record of the choice, and nothing else should make a click wait for it. */
  function commit(persist?: boolean) {
    if (persist) giveId();
    state = toState(settings, choice, signals);
    if (persist) {
      write(true);
      stores.emit(publicState());
      // After the click, in a task: purging reads document.cookie, and a read just after a
      // write is a blocking round trip to the browser's cookie store (1-5 ms).
      setTimeout(purgeDeclined);
    } else purgeDeclined();
    changes.emit(state);
    if (gate) gate.update();
    if (active) fillStatus();
    dispatch('privacy-choices:change');
  }

  function fillStatus() {
    const text = optOutStatusText(settings, state, language);
    const elements = document.querySelectorAll(STATUS_SELECTOR);
    for (let i = 0; i < elements.length; i++) fillOptOutStatus(elements[i], text);
  }

  function purgeDeclined() {
    const patterns: string[] = [];
    for (const c of settings.categories) if (!isAllowed(c.id)) patterns.push(...c.cookies);
    purgeCookies(patterns, [settings.cookie.name]);
  }

  function dispatch(type: string) {
    try {
      window.dispatchEvent(new CustomEvent(type, { detail: publicState() }));
    } catch {
      /* a host page without CustomEvent: the onChange listeners still run */
    }
  }

  const publicState = (): State => ({ ...state, categories: { ...state.categories } });

  function apply(action: Action, source: Source) {
    if (failed || destroyed) return;
    if (settings.mode === 'implied') forgetNoticeSeen(settings.cookie.name);
    choice = applyAction(settings, choice, action, source, signals, now());
    choice.recorded = false;
    commit(true);
  }

  // What the UI and the integrations see of the instance (one object serves both seams).
  const controller: UIController & IntegrationContext = {
    settings,
    language,
    getState: publicState,
    onChange: changes.on,
    isDisplayed: () => displayed,
    onDisplayChange: displayChanges.on,
    onStored: stores.on,
    isRecorded: () => !!choice && choice.recorded,
    markRecorded(id, decidedAt) {
      if (!choice || choice.recorded || choice.id !== id || choice.decidedAt !== decidedAt || destroyed) return;
      choice.recorded = true;
      write(false);
    },
    act(action, source) {
      const answered = (action.type === 'accept-all' || action.type === 'set') && (action.confirmOptIn || action.keepOptOut);
      if (!answered && needsOptInConfirmation(settings, choice, action)) return 'confirm';
      // A done choice closes the UI. Hidden first, so that the integrations see the closing as
      // part of the change (GPP: not ready → cmpDisplayStatus → sectionChange → ready).
      const wasDisplayed = displayed;
      displayed = false;
      apply(action, source);
      if (wasDisplayed) displayChanges.emit(false);
      return 'done';
    },
    setDisplayed(value) {
      if (value === displayed) return;
      displayed = value;
      displayChanges.emit(value);
    },
  };

  function show(view: UIView, opener?: Element | null, pending?: Action, source?: Source) {
    if (!active || destroyed) return;
    withUI((handle) => handle.show(view, opener, pending, source));
  }

  function withUI(use: (handle: UIHandle) => void) {
    if (ui) return use(ui);
    if (uiLoading) return void uiLoading.push(use);
    uiLoading = [use];
    options.loadUI(
      (module) => {
        if (destroyed) return;
        ui = module.mountUI(controller);
        setTimeout(prepareForChoice);
        const waiting = uiLoading || [];
        uiLoading = null;
        waiting.forEach((fn) => fn(ui!));
      },
      (error) => {
        uiLoading = null;
        console.error('privacy-choices: could not load the consent UI', error);
      },
    );
  }

  let sync: ReturnType<typeof watchOtherTabs> | null = null;

  function onOtherTab() {
    if (!active || destroyed || storage.read() === storedValue) return;
    choice = reconcile(settings, readStored(), signals, now()).choice;
    commit();
    if (!state.decided) show('banner'); // the other tab forgot the choice (reset)
  }

  function activate() {
    active = true;
    purgeDeclined(); // before the write below: a cookie read just after a write is a blocking round trip
    if (giveId()) state = toState(settings, choice, signals);
    // Rewritten on every page view (keeps a signal's opt-out, and a script-written cookie alive
    // past Safari's 7-day cap), unless the collector re-sets it from the server (cookieRefresh):
    // a script write would bring that cap back. A changed choice is always written.
    const serverRefreshed = !!settings.records && settings.records.cookieRefresh;
    if (initial.changed || !serverRefreshed || !storedValue) write(initial.changed);
    if (initial.changed && choice && choice.id) stores.emit(publicState());
    gate = createGate(document, isAllowed);
    gate.update();
    const linkView = footerLinkView(settings) as View;
    const fillLinks = () => {
      const links = document.querySelectorAll(LINK_SELECTOR);
      for (let i = 0; i < links.length; i++) fillFooterLink(links[i], settings, language);
      fillStatus();
    };
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
      listenForHooks(document, linkView, (action, el) => {
        if (action === 'accept-all' || action === 'decline-all') {
          const act: Action = { type: action };
          if (controller.act(act, 'link') === 'confirm') show('confirm', el, act, 'link');
        } else show(action, el, undefined, 'link');
      }),
    );
    sync = watchOtherTabs(settings.cookie.name, onOtherTab);
    stops.push(sync.stop);
    if (settings.mode === 'implied' && !state.decided) {
      stops.push(watchNoticeLinks(settings.cookie.name));
      if (continuedBrowsing(settings)) apply({ type: 'accept-all' }, 'implied');
    }
    if (!state.decided) show('banner');
    dispatch('privacy-choices:ready');
  }

  for (const start of options.integrations) {
    try {
      const stop = start(controller);
      if (stop) stops.push(stop);
    } catch (error) {
      console.error('privacy-choices: an integration failed to start', error);
    }
  }

  const instance: Instance = {
    validated,
    settle(valid) {
      if (active || failed || destroyed) return;
      if (valid) return activate();
      // Invalid config: everything non-necessary stays off, and the integrations hear it.
      failed = true;
      choice = { ...emptyChoice(settings), categories: categoriesOf(settings, 0) };
      commit();
    },
    open: (view: View = 'banner') => show(view, document.activeElement),
    close: () => {
      if (ui) ui.hide();
    },
    acceptAll: (opts?: AcceptOptions) => apply({ type: 'accept-all', confirmOptIn: !!(opts && opts.confirmOptIn) }, 'api'),
    declineAll: () => apply({ type: 'decline-all' }, 'api'),
    optOutOfSaleAndSharing: () => apply({ type: 'opt-out' }, 'api'),
    set(choices, opts) {
      for (const id of Object.keys(choices)) {
        if (!settings.categories.some((c) => c.id === id)) throw new Error(`privacy-choices: unknown category "${id}"`);
      }
      apply({ type: 'set', choices, confirmOptIn: !!(opts && opts.confirmOptIn) }, 'api');
    },
    getState: publicState,
    isAllowed,
    onChange: changes.on,
    setKnownChild(known) {
      if (failed || destroyed) return;
      // Kept with the signals too, so that reset() does not forget what the page knows.
      signals = { ...signals, knownChild: !!known };
      const current = choice || emptyChoice(settings);
      if (!!known === current.knownChild) return;
      choice = known ? markKnownChild(settings, current, now()) : { ...current, knownChild: false };
      commit(true);
    },
    reset() {
      if (failed || destroyed) return;
      storage.clear();
      storedValue = undefined;
      if (sync) sync.notify(); // the other tabs forget it too
      const fresh = reconcile(settings, null, signals, now());
      choice = fresh.choice;
      commit(fresh.changed);
      if (active && !state.decided) show('banner');
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stops.forEach((stop) => stop());
      if (gate) gate.destroy();
      if (ui) ui.destroy();
      changes.clear();
      displayChanges.clear();
      stores.clear();
    },
  };
  if (options.expose) options.expose(instance);
  if (validated) activate();
  return instance;
}
