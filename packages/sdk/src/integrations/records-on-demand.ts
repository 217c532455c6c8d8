// Consent records for the script tag, which serves every config from one file: a page whose config
// names `integrations.records` loads the sender (integrations/records.ts) as a chunk; every other
// page pays nothing for it. Starting late loses nothing: the sender's first act is to send the
// stored choice the collector has not acknowledged yet, whenever it was made.
import type { Integration } from '../core/runtime';

export type RecordsLoader = (done: (records: Integration) => void, fail: (error: unknown) => void) => void;

export const recordsOnDemand =
  (load: RecordsLoader): Integration =>
  (context) => {
    if (!context.settings.records) return;
    let stop: (() => void) | undefined;
    let stopped = false;
    load(
      (records) => {
        if (!stopped) stop = records(context);
      },
      (error) => console.error('privacy-choices: could not load the consent-record sender', error),
    );
    return () => {
      stopped = true;
      if (stop) stop();
    };
  };
