// The React example: the interop.io policy with `privacy-choices/react`, under StrictMode (which
// mounts every effect twice in development: the provider still makes one instance).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Config } from 'privacy-choices';
import { PrivacyChoicesProvider } from 'privacy-choices/react';
import interop from '../policies/interop-io.json';
import { App } from './app';

// region "auto": the page's server writes the visitor's region into
// <meta name="privacy-choices-region"> (public/react/index.html stands in for it: a US visitor).
const config = { ...(interop as unknown as Config), region: 'auto' };

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  createRoot(root).render(
    <StrictMode>
      <PrivacyChoicesProvider config={config}>
        <App />
      </PrivacyChoicesProvider>
    </StrictMode>,
  );
}
