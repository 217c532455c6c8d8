// `privacy-choices.js`: the script tag with Google Consent Mode and the dataLayer event, which
// must run synchronously before Google's tags. The IAB APIs (GPP, USP) are in the -iab build, so
// that sites which do not use them pay no bytes for them. Consent records (`integrations.records`)
// are here too: they only listen for stored choices.
import { consentMode } from '../integrations/consent-mode';
import { dataLayer } from '../integrations/data-layer';
import { records } from '../integrations/records';
import { boot } from './boot';

boot([consentMode, dataLayer, records], (settings) => (settings.gpp ? 'gpp' : settings.usp ? 'usp' : false));
