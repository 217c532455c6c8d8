// Every integration, in start order: Consent Mode first, so its `default` is the first dataLayer
// entry (before the dataLayer event and before any gated Google tag). Each one does nothing
// unless its key under `integrations` is on. Records go last: they only listen
// for stored choices.
import type { Integration } from '../core/runtime';
import { consentMode } from './consent-mode';
import { dataLayer } from './data-layer';
import { gpp } from './gpp';
import { records } from './records';
import { usp } from './usp';

export const allIntegrations: Integration[] = [consentMode, dataLayer, gpp, usp, records];
