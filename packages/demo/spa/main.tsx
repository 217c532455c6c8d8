// SPA entry: one consent instance, created before the first render and kept for the app's life.
import { render } from 'preact';
import { createPrivacyChoices, type Config } from 'privacy-choices';
import interop from '../policies/interop-io.json';
import { App } from './app';

// The page's server would pass the visitor's region; this demo pretends to be a US visitor
// (interop.io: opt-out with "Do Not Sell or Share" in the US, opt-in elsewhere).
const config = { ...(interop as unknown as Config), region: 'US' };
const choices = createPrivacyChoices(config);

const root = document.getElementById('app');
if (root) {
  root.textContent = ''; // the static "Loading…" placeholder: preact's render() appends, it does not replace
  render(<App choices={choices} />, root);
}
