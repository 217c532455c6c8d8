// The records chunk of the script tag (`privacy-choices-records.js`): the consent-record sender,
// loaded only on pages whose config sets `integrations.records`.
import { records } from '../integrations/records';

(window as Window & { __privacyChoicesRecords?: unknown }).__privacyChoicesRecords = records;
