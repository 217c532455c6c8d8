// The React bindings in happy-dom, under the React the project runs with: React 19 in the `unit`
// project, React 18 in the `react18` project (vitest.config.ts aliases react and react-dom).
import * as React from 'react';
import { createElement as h, StrictMode, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Config, PrivacyChoices, State } from '../core/types';
import {
  Consent,
  PrivacyChoicesProvider,
  useIsAllowed,
  usePrivacyChoices,
  type PrivacyChoicesApi,
} from '../entries/react';

// Every instance the provider makes, and which of them were destroyed.
const made = vi.hoisted(() => ({ instances: [] as { instance: unknown; destroyed: boolean }[] }));
vi.mock('../entries/npm', async (importOriginal) => {
  const original = await importOriginal<typeof import('../entries/npm')>();
  return {
    ...original,
    createPrivacyChoices: (...args: Parameters<typeof original.createPrivacyChoices>) => {
      const instance = original.createPrivacyChoices(...args);
      const record = { instance, destroyed: false };
      made.instances.push(record);
      const destroy = instance.destroy;
      instance.destroy = () => {
        record.destroyed = true;
        destroy();
      };
      return instance;
    },
  };
});

const act = (React as unknown as { act: (fn: () => unknown) => Promise<void> }).act;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const config: Config = {
  revision: '1',
  mode: 'opt-in',
  categories: [
    { id: 'necessary', label: 'Necessary', necessary: true },
    { id: 'analytics', label: 'Analytics' },
    { id: 'video', label: 'Video', share: true },
  ],
};

let container: HTMLElement;
let root: Root;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  made.instances.length = 0;
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  await act(tick);
  container.remove();
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
  document.getElementById('privacy-choices-ui')?.remove();
});

let api: PrivacyChoicesApi | null = null;
function Probe() {
  api = usePrivacyChoices();
  return h(
    'p',
    { id: 'probe' },
    `analytics ${api.isAllowed('analytics') ? 'on' : 'off'}, decided ${api.state.decided}`,
  );
}

// Components at module level (a component made inside a test is a new type on each run); what a
// test observes reaches it through props.

/** Renders useIsAllowed('video'), counting its renders. */
function VideoAllowed({ onRender }: { onRender: () => void }) {
  onRender();
  return h('span', { id: 'video-allowed' }, String(useIsAllowed('video')));
}

/** Logs "<ready> <analytics>" on each render. */
function StateLog({ seen }: { seen: string[] }) {
  const { state, ready } = usePrivacyChoices();
  seen.push(`${ready} ${state.categories.analytics}`);
  return null;
}

function OutsideProvider() {
  useIsAllowed('analytics');
  return null;
}

function WithEffect() {
  useEffect(() => undefined);
  return h(OutsideProvider);
}

class Boundary extends React.Component<
  { children?: React.ReactNode; onError: (error: unknown) => void },
  { failed: boolean }
> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

const app = (children: React.ReactNode, props: Partial<React.ComponentProps<typeof PrivacyChoicesProvider>> = {}) =>
  h(PrivacyChoicesProvider, { config, ...props }, children);

const text = (selector: string) => container.querySelector(selector)?.textContent;

describe(`privacy-choices/react on React ${React.version}`, () => {
  it('usePrivacyChoices gives the state and actions, and re-renders on a change', async () => {
    await act(async () => root.render(app(h(Probe))));
    expect(made.instances).toHaveLength(1);
    expect(api!.ready).toBe(true);
    expect(text('#probe')).toBe('analytics off, decided false');
    await act(async () => api!.acceptAll());
    expect(text('#probe')).toBe('analytics on, decided true');
    expect(api!.state.source).toBe('api');
    await act(async () => api!.set({ analytics: false }));
    expect(text('#probe')).toBe('analytics off, decided true');
    // A change made on the instance directly (e.g. by the banner) reaches React too.
    await act(async () => (made.instances[0].instance as PrivacyChoices).acceptAll());
    expect(text('#probe')).toBe('analytics on, decided true');
  });

  it('<Consent> renders its children only while the category is allowed, else the fallback', async () => {
    const tree = h(
      'div',
      null,
      h(
        Consent,
        { category: 'video', fallback: h('button', { id: 'placeholder', type: 'button' }, 'Allow video') },
        h('div', { id: 'video' }, 'the video embed'),
      ),
      h(Probe),
    );
    await act(async () => root.render(app(tree)));
    expect(container.querySelector('#video')).toBeNull();
    expect(text('#placeholder')).toBe('Allow video');
    await act(async () => api!.set({ video: true }));
    expect(container.querySelector('#video')).not.toBeNull();
    expect(container.querySelector('#placeholder')).toBeNull();
    await act(async () => api!.declineAll());
    expect(container.querySelector('#video')).toBeNull();
  });

  it('useIsAllowed re-renders only when its own answer changes', async () => {
    let renders = 0;
    const onRender = () => {
      renders++;
    };
    await act(async () => root.render(app(h('div', null, h(VideoAllowed, { onRender }), h(Probe)))));
    const before = renders;
    await act(async () => api!.set({ analytics: true }));
    expect(renders).toBe(before);
    expect(text('#video-allowed')).toBe('false');
    await act(async () => api!.set({ video: true }));
    expect(renders).toBe(before + 1);
    expect(text('#video-allowed')).toBe('true');
  });

  it('StrictMode: the double mount makes one instance; unmounting destroys it', async () => {
    let readyEvents = 0;
    const onReady = () => readyEvents++;
    window.addEventListener('privacy-choices:ready', onReady);
    await act(async () => root.render(h(StrictMode, null, app(h(Probe)))));
    await act(tick);
    expect(made.instances).toHaveLength(1);
    expect(made.instances[0].destroyed).toBe(false);
    expect(readyEvents).toBe(1);
    await act(async () => api!.acceptAll());
    expect(text('#probe')).toBe('analytics on, decided true');
    await act(async () => root.unmount());
    await act(tick);
    expect(made.instances[0].destroyed).toBe(true);
    window.removeEventListener('privacy-choices:ready', onReady);
    root = createRoot(container); // for afterEach
  });

  it('a remount after a real unmount makes a new instance that reads the stored choice', async () => {
    await act(async () => root.render(app(h(Probe))));
    await act(async () => api!.acceptAll());
    await act(async () => root.unmount());
    await act(tick);
    root = createRoot(container);
    await act(async () => root.render(app(h(Probe))));
    expect(made.instances).toHaveLength(2);
    expect(made.instances[0].destroyed).toBe(true);
    expect(text('#probe')).toBe('analytics on, decided true');
  });

  it('initialState (from the server) is what the first render shows, before the instance runs', async () => {
    const serverState: State = {
      decided: true,
      categories: { necessary: true, analytics: true, video: false },
      saleOptOut: false,
      shareOptOut: false,
      gpc: false,
      source: 'banner',
      decidedAt: '2026-01-01T00:00:00.000Z',
      revision: '1',
      id: 'abcdefghij',
      mode: 'opt-in',
    };
    const seen: string[] = [];
    await act(async () => root.render(app(h(StateLog, { seen }), { initialState: serverState })));
    // First render: the server's state, no instance yet; then the browser's (nothing stored).
    expect(seen[0]).toBe('false true');
    expect(seen[seen.length - 1]).toBe('true false');
  });

  it('an invalid config is reported, the app keeps rendering, nothing optional is allowed', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = {
      ...config,
      mode: 'opt-out',
      categories: [...config.categories, { id: 'analytics', label: 'Twice' }],
    } as Config;
    await act(async () => root.render(app(h(Probe), { config: bad })));
    expect(text('#probe')).toBe('analytics off, decided false');
    expect(api!.ready).toBe(false);
    expect(String(error.mock.calls[0]?.[0])).toContain('privacy-choices');
    error.mockRestore();
  });

  it('the hooks outside a provider throw a clear error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let caught: unknown;
    const onError = (error: unknown) => {
      caught = error;
    };
    await act(async () => root.render(h(Boundary, { onError }, h(WithEffect))));
    expect(String(caught)).toContain('inside <PrivacyChoicesProvider>');
    error.mockRestore();
  });
});
