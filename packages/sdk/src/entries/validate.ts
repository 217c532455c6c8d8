// `privacy-choices/validate`: the full config check (zod/mini), kept out of the main entry so
// that an app's production bundle carries no validator. For build steps, tests, a CLI, or a
// development-only check before `createPrivacyChoices(config)`.
export { validateConfig } from '../core/config-schema';
export { configFingerprint } from '../core/hash';
export { configWarnings, formatWarning } from '../core/config-warnings';
export { PrivacyChoicesConfigError } from '../core/config-error';
export type { ConfigIssue } from '../core/config-error';
export type { Config } from '../core/types';
