// Where the script tag finds its config: the JSON element with id `privacy-choices-config`, or
// else `window.privacyChoicesConfig`. The element may carry `data-validated`: the fingerprint of
// a config that `privacy-choices validate` accepted at publish time, so that visitors' browsers
// need not download the validator.
import { configFingerprint } from '../core/hash';

export interface RawConfig {
  value: unknown;
  fingerprint: string;
  /** The config was validated at publish time (its data-validated matches its fingerprint). */
  proven: boolean;
}

export function readRawConfig(): RawConfig | Error {
  const el = document.getElementById('privacy-choices-config');
  // The window is read only without the element: a missing global goes through the window's
  // named-element lookup, which is slow the first time.
  let value = el ? undefined : (window as { privacyChoicesConfig?: unknown }).privacyChoicesConfig;
  if (!el && value === undefined) {
    return new Error(
      'privacy-choices: no config (a JSON script#privacy-choices-config, or window.privacyChoicesConfig)',
    );
  }
  let fingerprint: string;
  try {
    if (el) value = JSON.parse(el.textContent || '');
    fingerprint = configFingerprint(value);
  } catch (error) {
    // Invalid JSON in the element, or a window config that JSON cannot hold (a cycle, a BigInt).
    return new Error(
      `privacy-choices: ${el ? '#privacy-choices-config' : 'window.privacyChoicesConfig'} is not valid JSON (${(error as Error).message})`,
    );
  }
  return { value, fingerprint, proven: !!el && el.getAttribute('data-validated') === fingerprint };
}
