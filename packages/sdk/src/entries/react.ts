'use client';
// `privacy-choices/react`: React bindings (React 18 and 19). The built file keeps the
// 'use client' directive (see rollup.config.mjs), so Next.js' App Router treats it as client code.
export { PrivacyChoicesProvider, type PrivacyChoicesProviderProps } from '../react/provider';
export { usePrivacyChoices, useIsAllowed, type PrivacyChoicesApi } from '../react/hooks';
export { Consent, type ConsentProps } from '../react/consent';
export type { CreateOptions } from './npm';
export type * from '../core/types';
