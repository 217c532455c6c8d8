// The IAB chunk of the script tag (`privacy-choices-iab-api.js`): the GPP and USP APIs, loaded
// only on pages whose config turns one of them on (integrations/iab-stubs.ts answers until then).
import { gpp } from '../integrations/gpp';
import { usp } from '../integrations/usp';

(window as Window & { __privacyChoicesIAB?: unknown }).__privacyChoicesIAB = { gpp, usp };
