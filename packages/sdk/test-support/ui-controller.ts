// Test helper for the UI's unit tests (not bundled): a fake UIController whose state and act()
// answer the test controls, plus lookups into the shadow root by accessible name.
import { defaultCategories, type Action } from '../src/core/policy';
import { UI_HOST_ID, type ActResult, type UIController, type UIHandle } from '../src/page/ui-seam';
import { toSettings } from '../src/core/settings';
import type { Config, Source, State } from '../src/core/types';
import { dialogs } from '../src/ui/dialogs';
import { mountUI, type DialogsLoader } from '../src/ui/mount';

export const CATEGORIES: Config['categories'] = [
  { id: 'necessary', label: 'Strictly necessary', necessary: true },
  { id: 'functional', label: 'Functional', cookies: ['prefs'] },
  {
    id: 'analytics',
    label: 'Analytics',
    sale: true,
    cookies: ['_gid', '/^_ga/'],
    vendors: [
      {
        name: 'Google Analytics',
        optOutUrl: 'https://tools.google.com/dlpage/gaoptout',
        privacyUrl: 'https://policies.google.com/privacy',
      },
    ],
  },
  {
    id: 'advertising',
    label: 'Advertising',
    sale: true,
    share: true,
    vendors: [{ name: 'NAI', optOutUrl: 'https://optout.networkadvertising.org/' }],
  },
];

export interface FakeOptions {
  state?: Partial<State>;
  result?: ActResult;
  language?: string;
}

export function fakeController(config: Partial<Config> = {}, options: FakeOptions = {}) {
  const settings = toSettings({ mode: 'opt-in', categories: CATEGORIES, ...config }, 'fp');
  const listeners: ((state: State) => void)[] = [];
  const fake = {
    calls: [] as { action: Action; source: Source }[],
    displayed: [] as boolean[],
    result: options.result || ('done' as ActResult),
    state: {
      decided: false,
      categories: defaultCategories(settings),
      saleOptOut: false,
      shareOptOut: false,
      gpc: false,
      source: 'default',
      decidedAt: null,
      revision: settings.revision,
      id: null,
      mode: settings.mode,
      ...options.state,
    } as State,
    /** Changes the state as core would, notifying the UI. */
    change(patch: Partial<State>) {
      fake.state = { ...fake.state, ...patch };
      listeners.forEach((listener) => listener(fake.state));
    },
    controller: null as unknown as UIController,
  };
  fake.controller = {
    settings,
    language: options.language || 'en',
    getState: () => fake.state,
    onChange(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    act(action, source) {
      fake.calls.push({ action, source });
      return fake.result;
    },
    setDisplayed: (value) => fake.displayed.push(value),
  };
  return fake;
}

export type Fake = ReturnType<typeof fakeController>;

/** The dialogs module, already loaded: a dialog opens synchronously, as once it is in the browser. */
export const loadedDialogs: DialogsLoader = (done) => done(dialogs);

/** Mounts the UI for a fake; `root` is the shadow root of #privacy-choices-ui. */
export function mountFake(
  fake: Fake,
  loadDialogs: DialogsLoader = loadedDialogs,
): { handle: UIHandle; root: ShadowRoot } {
  const handle = mountUI(fake.controller, loadDialogs);
  return { handle, root: document.getElementById(UI_HOST_ID)!.shadowRoot! };
}

/** Accessible name as these components give it: aria-label, aria-labelledby, or the text. */
export function nameOf(el: Element): string {
  const root = el.getRootNode() as ShadowRoot;
  const by = el.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(' ')
      .map((id) => root.getElementById(id)!.textContent!.trim())
      .join(' ');
  return (el.getAttribute('aria-label') || el.textContent || '').trim();
}

export function getByRole(
  root: ParentNode,
  role: 'button' | 'switch' | 'link' | 'dialog' | 'status' | 'region',
  name?: string,
): HTMLElement {
  const found = queryAllByRole(root, role).filter((el) => name == null || nameOf(el) === name);
  if (found.length !== 1) throw new Error(`expected one ${role} "${name}", found ${found.length}`);
  return found[0];
}

export function queryAllByRole(root: ParentNode, role: string): HTMLElement[] {
  const selector: Record<string, string> = {
    button: 'button:not([role])',
    switch: '[role=switch]',
    link: 'a[href]',
    dialog: 'dialog',
    status: '[role=status]',
    region: '[role=region]',
  };
  return Array.prototype.slice.call(root.querySelectorAll(selector[role]));
}

export const click = (el: HTMLElement) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

/** After a visitor's choice the UI closes in the next task (the click stores the choice first). */
export const nextTask = () => new Promise<void>((done) => setTimeout(done));

export const key = (el: Element, key: string, shiftKey = false) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true }));
