// The visitor's choice and the state it puts in force, without a page: it reads and writes the
// stored choice through injected storage, takes the signals and the clock as given, applies the
// visitor's actions through the policy (core/policy.ts) and tells its listeners. What a change
// does to the page (gated tags, cookie purge, events) is the page wiring's, through CommitEffects.
import { encodeChoice, newConsentId } from './choice-codec';
import { createEmitter } from './emitter';
import {
  applyAction,
  bitsOf,
  categoriesOf,
  emptyChoice,
  markKnownChild,
  needsOptInConfirmation,
  reconcile,
  toState,
  type Action,
  type Choice,
  type Signals,
} from './policy';
import type { Settings } from './settings';
import { storedChoice } from './stored-choice';
import type { Source, State } from './types';

/** Where the choice's encoded value lives (browser/storage.ts: the first-party cookie). */
export interface ChoiceStorage {
  /** The stored value. `forgotten`: another tab has just cleared it (reset), so a copy kept for
   *  a browser that drops cookies must not bring it back. */
  read(forgotten?: boolean): string | undefined;
  write(value: string): void;
  clear(): void;
}

/** What a commit does outside the store, in this order around it (page/page-wiring.ts). */
export interface CommitEffects {
  /** A visitor's action is about to change the choice. */
  beforeAction(): void;
  /** The stored value was written or cleared; `tellOtherTabs`: it is a new choice, or
   *  (`forgotten`) none at all. */
  afterWrite(tellOtherTabs: boolean, forgotten?: boolean): void;
  /** The new state is set (and stored when `persisted`); no listener has heard it yet. */
  beforeListeners(persisted: boolean): void;
  /** Every listener has heard the change. */
  afterListeners(): void;
}

const NO_EFFECTS: CommitEffects = {
  beforeAction() {},
  afterWrite() {},
  beforeListeners() {},
  afterListeners() {},
};

export interface ConsentStoreOptions {
  settings: Settings;
  storage: ChoiceStorage;
  signals: Signals;
  /** Epoch milliseconds. */
  clock: () => number;
}

export type ConsentStore = ReturnType<typeof createConsentStore>;

export function createConsentStore({ settings, storage, signals: initialSignals, clock }: ConsentStoreOptions) {
  // Whole seconds, as the cookie stores them: the tab that chose and a tab that reads the
  // cookie must report the same decidedAt.
  const now = () => Math.floor(clock() / 1000) * 1000;
  const changes = createEmitter<State>();
  const stores = createEmitter<State>();
  let effects = NO_EFFECTS;
  let signals = initialSignals;
  let active = false;
  let failed = false;
  let destroyed = false;
  let storedValue: string | undefined;
  // A new record's id, made ahead while the banner waits for a click (prepareForChoice).
  let spareId = '';

  const readStored = () => {
    storedValue = storage.read();
    return storedChoice(settings, storedValue);
  };
  const stored = readStored();
  const initial = reconcile(settings, stored, signals, now());
  let choice: Choice | null = initial.choice;
  // A choice changed at start (a signal's opt-out, a new revision) has not reached the collector.
  if (initial.changed && choice) choice.recorded = false;
  // The choice differs from what is stored: changed at start, or by an action before activation
  // (which stores nothing and tells no onStored listener until the config is known valid).
  let unsaved = initial.changed;
  let state = toState(settings, choice, signals);

  const publicState = (): State => ({ ...state, categories: { ...state.categories } });
  const canChange = () => !failed && !destroyed;

  function write(tellOtherTabs: boolean) {
    if (!choice || !active) return;
    const value = encodeChoice({
      ...choice,
      id: choice.id!,
      decidedAt: choice.decidedAt!,
      bits: bitsOf(settings, choice.categories),
      pending: !choice.decided,
      fingerprint: settings.fingerprint,
      layout: settings.layout,
    });
    storage.write(value);
    storedValue = value;
    effects.afterWrite(tellOtherTabs);
  }

  /** A choice about to be stored gets its record id: (id, decidedAt) names its record, in the
   *  state as in the cookie. What made the choice gave it its time (core/policy.ts). */
  function giveId(): boolean {
    if (!choice || !active || choice.id) return false;
    choice = { ...choice, id: spareId || newConsentId() };
    spareId = '';
    return true;
  }

  /** Publishes the current choice: stored first (`persist`: the cookie is the record of the
   *  choice), then the listeners (integrations first, as they subscribed first), so that Consent
   *  Mode's update precedes the tags the page then starts. */
  function commit(persist: boolean) {
    if (persist) giveId();
    state = toState(settings, choice, signals);
    if (persist) {
      unsaved = !active;
      write(true); // stores nothing before activation
      if (active) stores.emit(publicState());
    }
    effects.beforeListeners(persist);
    changes.emit(state);
    effects.afterListeners();
  }

  return {
    settings,
    /** A stored choice was made under this very config, which proves it valid. */
    storedUnderThisConfig: !!stored && stored.fingerprint === settings.fingerprint,
    getState: publicState,
    isAllowed: (categoryId: string) => state.categories[categoryId] === true,
    onChange: changes.on,
    /** After a new choice was written, with the state stored. */
    onStored: stores.on,
    isRunning: () => active && !destroyed,
    setEffects(next: CommitEffects) {
      effects = next;
    },

    /** The config is known valid: store the choice in force (new ones get their id). */
    activate() {
      if (active || !canChange()) return;
      active = true;
      if (giveId()) state = toState(settings, choice, signals);
      // Rewritten on every page view (keeps a signal's opt-out, and a script-written cookie alive
      // past Safari's 7-day cap), unless the collector re-sets it from the server (cookieRefresh):
      // a script write would bring that cap back. A changed choice is always written.
      const serverRefreshed = !!settings.records && settings.records.cookieRefresh;
      if (unsaved || !serverRefreshed || !storedValue) write(unsaved);
      if (unsaved && choice) stores.emit(publicState()); // giveId() gave it an id
    },
    /** The config is invalid: everything non-necessary stays off, and the listeners hear it. */
    fail() {
      if (active || !canChange()) return;
      failed = true;
      choice = { ...emptyChoice(settings), categories: categoriesOf(settings, 0) };
      commit(false);
    },

    /** Whether the action would opt back in to sale or sharing while an opt-out is in force. */
    wouldOptBackIn: (action: Action) => needsOptInConfirmation(settings, choice, action),
    apply(action: Action, source: Source) {
      if (!canChange()) return;
      effects.beforeAction();
      choice = applyAction(settings, choice, action, source, signals, now());
      choice.recorded = false;
      commit(true);
    },
    setKnownChild(known: boolean) {
      if (!canChange()) return;
      // Kept with the signals too, so that reset() does not forget what the page knows.
      signals = { ...signals, knownChild: !!known };
      const current = choice || emptyChoice(settings);
      if (!!known === current.knownChild) return;
      choice = known ? markKnownChild(settings, current, now()) : { ...current, knownChild: false };
      commit(true);
    },
    reset() {
      if (!canChange()) return;
      storage.clear();
      storedValue = undefined;
      effects.afterWrite(true, true); // the other tabs forget it too
      const fresh = reconcile(settings, null, signals, now());
      choice = fresh.choice;
      commit(fresh.changed);
    },
    /** Another tab may have written the choice, or (`forgotten`) cleared it: adopt what is
     *  stored. True when it changed. */
    reloadFromStorage(forgotten?: boolean): boolean {
      if (!active || destroyed || storage.read(forgotten) === storedValue) return false;
      choice = reconcile(settings, readStored(), signals, now()).choice;
      commit(false);
      return true;
    },

    /** Whether the stored choice reached the consent-record collector (the cookie's flag). */
    isRecorded: () => !!choice && choice.recorded,
    markRecorded(id: string, decidedAt: number) {
      if (!choice || choice.recorded || choice.id !== id || choice.decidedAt !== decidedAt || destroyed) return;
      choice.recorded = true;
      write(false);
    },
    /** Sets up, ahead of a click, what storing a new choice needs: the engine's random source
     *  and date code both set themselves up on first use, which a click should not pay. */
    prepareForChoice() {
      spareId = spareId || newConsentId();
      new Date(clock()).toISOString();
    },

    destroy() {
      destroyed = true;
      changes.clear();
      stores.clear();
    },
  };
}
