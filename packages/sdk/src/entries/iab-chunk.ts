// The IAB chunk of the script tag (`privacy-choices-iab-api.js`): the GPP and USP APIs, loaded
// only on pages whose config turns one of them on (integrations/iab-stubs.ts answers until then).
// The stubs keep serving the locator frames and the frame calls, which they forward to whatever
// `window.__gpp` / `window.__uspapi` is: the APIs here come without frames of their own.
import { gppApi } from '../integrations/gpp';
import { uspApi } from '../integrations/usp';

(window as Window & { __privacyChoicesIAB?: unknown }).__privacyChoicesIAB = { gpp: gppApi, usp: uspApi };
