// The SPA: three routes, one privacy-choices instance for the app's whole life. The footer is
// re-created on every route change (key={path}) to show that the SDK's DOM hooks work for
// elements added at any time, without re-initialising anything.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PrivacyChoices, State } from 'privacy-choices';
import { ConsentEmbed } from './embed';
import { Link, usePath } from './router';

const BASE = '/spa';

function Home() {
  return (
    <section class="hero">
      <p class="eyebrow">Single-page app · npm entry</p>
      <h1 tabIndex={-1}>Make every application work together</h1>
      <p class="lead">
        This preact app creates its consent instance once with <code>createPrivacyChoices(config)</code> and keeps it
        across client-side navigations. Try the footer links on every route.
      </p>
      <p>
        <Link class="button" href={`${BASE}/video`}>
          Watch the product video
        </Link>{' '}
        <Link class="button ghost" href={`${BASE}/pricing`}>
          See pricing
        </Link>
      </p>
    </section>
  );
}

function Pricing() {
  const plans: [string, string, string][] = [
    ['Team', '$49', 'Workspaces and context sharing for one desk.'],
    ['Business', '$99', 'FDC3 intents, SSO and audit logs.'],
    ['Enterprise', 'Talk to us', 'On-premises deployment and dedicated support.'],
  ];
  return (
    <section class="page">
      <h1 tabIndex={-1}>Pricing</h1>
      <div class="features">
        {plans.map(([name, price, text]) => (
          <article class="card" key={name}>
            <h2>{name}</h2>
            <p class="price">{price}</p>
            <p>{text}</p>
          </article>
        ))}
      </div>
    </section>
  );
}

function Video({ choices }: { choices: PrivacyChoices }) {
  return (
    <section class="page">
      <h1 tabIndex={-1}>Product video</h1>
      <p class="lead">Two minutes on io.Connect Desktop.</p>
      <ConsentEmbed choices={choices} category="social" src={`${BASE}/video.html`} title="Product video" />
    </section>
  );
}

function NotFound() {
  return (
    <section class="page">
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        <Link href={`${BASE}/`}>Back to the home page</Link>
      </p>
    </section>
  );
}

const TITLES: Record<string, string> = { '/': 'Home', '/pricing': 'Pricing', '/video': 'Product video' };

function StatePanel({ choices, navigations }: { choices: PrivacyChoices; navigations: number }) {
  const [state, setState] = useState<State>(() => choices.getState());
  useEffect(() => choices.onChange(setState), [choices]);
  return (
    <aside class="spa-state" aria-label="Consent state">
      <h2>Consent state (onChange)</h2>
      <p>
        {Object.keys(state.categories).map((id) => (
          <span key={id} class={`pill ${state.categories[id] ? 'pill-on' : 'pill-off'}`}>
            {id} {state.categories[id] ? 'on' : 'off'}
          </span>
        ))}
      </p>
      <p class="muted">
        mode {state.mode} · source {state.source} · decided {String(state.decided)} · route changes {navigations} · one
        instance
      </p>
    </aside>
  );
}

export function App({ choices }: { choices: PrivacyChoices }) {
  const path = usePath();
  // "/spa/video/" is the same page as "/spa/video" (the server serves index.html for both).
  const route = (path.startsWith(BASE) ? path.slice(BASE.length) : path).replace(/(.)\/+$/, '$1') || '/';
  const navigations = useRef(-1);
  const main = useRef<HTMLElement>(null);
  navigations.current++;

  useEffect(() => {
    document.title = `${TITLES[route] || 'Not found'} — interop.io SPA demo`;
    if (navigations.current > 0) {
      window.scrollTo(0, 0);
      const heading = main.current?.querySelector<HTMLElement>('h1');
      if (heading) heading.focus(); // announce the new page to screen readers
    }
  }, [route]);

  const page =
    route === '/' ? (
      <Home />
    ) : route === '/pricing' ? (
      <Pricing />
    ) : route === '/video' ? (
      <Video choices={choices} />
    ) : (
      <NotFound />
    );

  return (
    <>
      <div class="demo-ribbon">
        SPA demo (preact + npm entry), configured from the interop.io policy with region US. <a href="/">All demos</a>
      </div>
      <header class="site-header">
        <Link class="wordmark" href={`${BASE}/`}>
          interop.io
        </Link>
        <nav aria-label="Main">
          <Link href={`${BASE}/`}>Home</Link>
          <Link href={`${BASE}/pricing`}>Pricing</Link>
          <Link href={`${BASE}/video`}>Video</Link>
        </nav>
      </header>
      <main id="main" ref={main}>
        {page}
        <StatePanel choices={choices} navigations={navigations.current} />
      </main>
      <footer class="site-footer" key={path}>
        <ul class="footer-links">
          <li>
            <a href="/privacy/interop-io.html">Privacy Policy</a>
          </li>
          <li>
            <a href="#privacy-choices">Cookie banner</a>
          </li>
          <li>
            <a data-privacy-choices="link" href="#privacy-choices">
              Your privacy choices
            </a>{' '}
            <span class="opt-out-status" data-privacy-choices="status" />
          </li>
          <li>
            <a data-privacy-choices="preferences" href="#privacy-choices">
              Cookie settings
            </a>
          </li>
        </ul>
        <p class="footer-note">
          This footer was rendered for {path}; its links are new elements after every navigation.
        </p>
      </footer>
    </>
  );
}
