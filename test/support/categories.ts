// The categories the tests' configs are built from, each written once: the browser pages' base
// config (test/browser/support/pages.ts), the fuzzed control config (test/unit/fuzz.test.ts) and
// the interop.io-like sharer of the signal tests spread and combine them.
import type { CategoryConfig } from '../../packages/sdk/src/core/types';

export const NECESSARY: CategoryConfig = { id: 'necessary', label: 'Strictly necessary', necessary: true };

/** Analytics that is sold, with Google Analytics' cookies and Consent Mode's analytics_storage. */
export const SOLD_ANALYTICS: CategoryConfig = {
  id: 'analytics',
  label: 'Analytics',
  sale: true,
  cookies: ['_gid', '/^_ga/'],
  consentMode: ['analytics_storage'],
};

/** Analytics that is neither sold nor shared (interop.io-like). */
export const OWN_ANALYTICS: CategoryConfig = {
  id: 'analytics',
  label: 'Analytics',
  consentMode: ['analytics_storage'],
};

/** Advertising that is shared for cross-context ads, never sold (interop.io-like). */
export const SHARED_ADVERTISING: CategoryConfig = {
  id: 'advertising',
  label: 'Advertising',
  share: true,
  consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};
