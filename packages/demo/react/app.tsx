// One page: a status panel (usePrivacyChoices), an embed that renders only while its category is
// allowed (<Consent>), an analytics badge (useIsAllowed) and the footer links (DOM hooks).
import { Consent, useIsAllowed, usePrivacyChoices } from 'privacy-choices/react';

function Status() {
  const { state, ready, open, optOutOfSaleAndSharing } = usePrivacyChoices();
  const on = Object.keys(state.categories).filter((id) => state.categories[id]);
  return (
    <section className="page" aria-labelledby="status-title">
      <h2 id="status-title">Your choices</h2>
      <p className="react-state" aria-live="polite">
        {ready ? 'ready' : 'starting'} · mode {state.mode} · {state.decided ? 'decided' : 'not decided'} · on:{' '}
        {on.join(', ')}
        {state.shareOptOut ? ' · sharing opted out' : ''}
      </p>
      <p>
        <button type="button" className="button" onClick={() => open('preferences')}>
          Cookie preferences
        </button>{' '}
        <button type="button" className="button ghost" onClick={() => optOutOfSaleAndSharing()}>
          Opt out of sharing
        </button>
      </p>
    </section>
  );
}

function AnalyticsBadge() {
  const allowed = useIsAllowed('analytics');
  return <p className="react-analytics">Analytics {allowed ? 'on' : 'off'}</p>;
}

function Video() {
  const { open } = usePrivacyChoices();
  const fallback = (
    <fieldset className="embed embed-placeholder" aria-label="Product video (blocked)">
      <p>
        <strong>Product video</strong> is shown by an embedded player that sets its own cookies. It loads only when you
        allow “Social media features”.
      </p>
      <button type="button" className="button" onClick={() => open('preferences')}>
        Review cookie settings
      </button>
    </fieldset>
  );
  return (
    <Consent category="social" fallback={fallback}>
      <iframe className="embed react-video" title="Product video" src="/spa/video.html" />
    </Consent>
  );
}

export function App() {
  return (
    <>
      <header className="site-header">
        <a className="brand" href="/react/">
          interop.io <span>React demo</span>
        </a>
      </header>
      <main>
        <section className="hero">
          <p className="eyebrow">React · privacy-choices/react</p>
          <h1>Make every application work together</h1>
          <p className="lead">
            <code>&lt;PrivacyChoicesProvider config&gt;</code> makes one consent instance for the app;{' '}
            <code>usePrivacyChoices()</code>, <code>useIsAllowed()</code> and <code>&lt;Consent&gt;</code> follow the
            visitor's choice.
          </p>
        </section>
        <Status />
        <AnalyticsBadge />
        <section className="page">
          <Video />
        </section>
      </main>
      <footer className="site-footer">
        <a href="#privacy-choices">Cookie banner</a> ·{' '}
        <a data-privacy-choices="link" href="#privacy-choices">
          Your privacy choices
        </a>{' '}
        · <a href="/">All demos</a>
      </footer>
    </>
  );
}
