// The SDK's lists of names, each in one place: the TypeScript types (core/types.ts), the zod schema
// (core/config-schema.ts) and the zod-free check (core/config-check.ts) derive from these. Adding a
// value here adds it everywhere; docs/semantics.md says what each one means.

/** How consent works where the visitor is (docs/semantics.md, "Modes"). */
export const MODES = ['opt-in', 'opt-out', 'implied', 'notice'] as const;

/** Google Consent Mode v2 keys; integrations/consent-mode.ts reports all of them. */
export const CONSENT_MODE_KEYS = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** What made the choice in force (State.source). */
export const SOURCES = ['banner', 'preferences', 'link', 'api', 'gpc', 'dnt', 'implied', 'default'] as const;

/** What `open(view)` and the DOM hooks can show (the UI's confirmation step is page/ui-seam.ts's). */
export const VIEWS = ['banner', 'preferences', 'do-not-sell'] as const;

/** Which legally worded text `data-privacy-choices="link"` gets (page/footer-link.ts). */
export const FOOTER_LINKS = [
  'do-not-sell',
  'privacy-choices',
  'california-privacy-choices',
  'cookie-settings',
] as const;

export const GPP_SECTIONS = ['usnat', 'usca'] as const;
export const MSPA_MODES = ['opt-out', 'service-provider'] as const;
/** `gpc` and `dnt`: whether the signal is honored. */
export const HONOR = ['honor', 'ignore'] as const;
export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;
export const LAYOUTS = ['bar', 'box'] as const;
