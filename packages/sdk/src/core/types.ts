// Public types: the contract of shared/design/contract.md expressed in TypeScript.
import type { TextOverrides } from './texts';

export type { TextKey, TextOverrides } from './texts';

export type Mode = 'opt-in' | 'opt-out' | 'implied' | 'notice';

export type Source = 'banner' | 'preferences' | 'link' | 'api' | 'gpc' | 'dnt' | 'implied' | 'default';

export type ConsentModeKey =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

export type GppSectionName = 'usnat' | 'usca';

export interface VendorConfig {
  name: string;
  optOutUrl?: string;
  privacyUrl?: string;
}

export interface CategoryConfig {
  id: string;
  label: string;
  description?: string;
  /** Always on; cannot be switched off; never a sale or sharing. */
  necessary?: boolean;
  /** Discloses personal information to third parties for value (CCPA "sale"). */
  sale?: boolean;
  /** Discloses data for cross-context behavioural advertising (CPRA "sharing"). */
  share?: boolean;
  /** Cookie names, or `/regex/` strings, that this category sets; purged when it is declined. */
  cookies?: string[];
  consentMode?: ConsentModeKey[];
  vendors?: VendorConfig[];
}

export interface ConsentModeOptions {
  waitForUpdate?: number;
  adsDataRedaction?: boolean;
  urlPassthrough?: boolean;
}

export interface GppOptions {
  sections?: GppSectionName[];
  /** The site signed the IAB MSPA: MspaCoveredTransaction and modes. Default: not covered. */
  mspa?: { covered: boolean; mode?: 'opt-out' | 'service-provider' };
}

export interface IntegrationsConfig {
  googleConsentMode?: boolean | ConsentModeOptions;
  dataLayer?: boolean;
  gpp?: boolean | GppOptions;
  usp?: boolean;
}

export interface Config {
  $schema?: string;
  revision?: string;
  mode?: Mode;
  regions?: Record<string, Mode>;
  region?: string;
  gpc?: 'honor' | 'ignore';
  dnt?: 'honor' | 'ignore';
  cookie?: { name?: string; domain?: string; days?: number };
  links?: {
    privacyPolicy?: string;
    doNotSellRequest?: string;
    /** Which legally worded text `data-privacy-choices="link"` gets. */
    footerLink?: 'do-not-sell' | 'privacy-choices' | 'california-privacy-choices' | 'cookie-settings';
  };
  categories: CategoryConfig[];
  integrations?: IntegrationsConfig;
  language?: string;
  /** Texts by language tag ("en", "fr-CA"); every key is optional, an unknown one is an error. */
  texts?: Record<string, TextOverrides>;
}

export interface State {
  /** The visitor has made (or the law has made for them) a choice that needs no banner. */
  decided: boolean;
  categories: Record<string, boolean>;
  saleOptOut: boolean;
  shareOptOut: boolean;
  /** A Global Privacy Control signal is present on this page view. */
  gpc: boolean;
  source: Source;
  /** ISO-8601 time of the last recorded choice, or null. */
  decidedAt: string | null;
  revision: string;
  /** Consent record id (random, per browser), or null before any choice. */
  id: string | null;
  mode: Mode;
  /** The page said the visitor is under 16 (setKnownChild): sold and shared categories stay off
   *  until an explicit, confirmed opt-in. */
  knownChild: boolean;
}

export type View = 'banner' | 'preferences' | 'do-not-sell';

export interface AcceptOptions {
  /**
   * Allow sale/sharing although an opt-out (GPC, or an earlier opt-out) is in force. Only pass it
   * after the visitor confirmed that in a second step (CCPA regs §7025(c)(3), §7028).
   */
  confirmOptIn?: boolean;
}

export interface PrivacyChoices {
  open(view?: View): void;
  close(): void;
  acceptAll(options?: AcceptOptions): void;
  declineAll(): void;
  optOutOfSaleAndSharing(): void;
  set(choices: Record<string, boolean>, options?: AcceptOptions): void;
  getState(): State;
  isAllowed(categoryId: string): boolean;
  onChange(listener: (state: State) => void): () => void;
  reset(): void;
  destroy(): void;
  /**
   * The visitor is known to be under 16 (Civ. Code §1798.120(c)): every sold or shared category
   * needs an explicit, confirmed opt-in; stored with the choice. A page that knows it before the
   * script runs sets `window.privacyChoicesKnownChild = true` instead.
   */
  setKnownChild(known: boolean): void;
}
