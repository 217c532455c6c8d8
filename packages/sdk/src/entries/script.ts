// `privacy-choices.js`: the script tag with Google Consent Mode and the dataLayer event, which
// must run synchronously before Google's tags. The IAB APIs (GPP, USP) are in the -iab build, so
// that sites which do not use them pay no bytes for them.
import { consentMode } from '../integrations/consent-mode';
import { dataLayer } from '../integrations/data-layer';
import { boot } from './boot';

boot([consentMode, dataLayer], (settings) => (settings.gpp ? 'gpp' : settings.usp ? 'usp' : false));
