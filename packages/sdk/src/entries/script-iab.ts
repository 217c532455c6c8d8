// `privacy-choices-iab.js`: the script tag with every integration: Consent Mode, dataLayer, and
// the IAB Global Privacy Platform (`__gpp`) and legacy US Privacy (`__uspapi`) APIs.
import { allIntegrations } from '../integrations/all';
import { boot } from './boot';

boot(allIntegrations);
