// Public types: the config and the API as README.md documents them. The unions of names derive
// from core/vocabulary.ts.
import type { TextOverrides } from './texts';
import type * as vocabulary from './vocabulary';

export type { TextKey, TextOverrides } from './texts';

export type Mode = (typeof vocabulary.MODES)[number];

export type Source = (typeof vocabulary.SOURCES)[number];

export type ConsentModeKey = (typeof vocabulary.CONSENT_MODE_KEYS)[number];

export type GppSectionName = (typeof vocabulary.GPP_SECTIONS)[number];

export type FooterLinkKind = (typeof vocabulary.FOOTER_LINKS)[number];

/** What `open(view)` shows. */
export type View = (typeof vocabulary.VIEWS)[number];

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
  mspa?: { covered: boolean; mode?: (typeof vocabulary.MSPA_MODES)[number] };
}

export interface RecordsOptions {
  /** The collector's POST /v1/records address; relative to the page allowed. */
  endpoint: string;
  /** The collector serves this site: its answer re-sets the choice cookie from the server, so
   *  the choice outlives Safari's 7-day cap on cookies written by scripts. */
  cookieRefresh?: boolean;
}

export interface IntegrationsConfig {
  googleConsentMode?: boolean | ConsentModeOptions;
  dataLayer?: boolean;
  gpp?: boolean | GppOptions;
  usp?: boolean;
  /** One consent record per stored choice, sent to a collector (packages/collector). */
  records?: RecordsOptions;
}

export interface Config {
  $schema?: string;
  revision?: string;
  mode?: Mode;
  regions?: Record<string, Mode>;
  region?: string;
  gpc?: (typeof vocabulary.HONOR)[number];
  dnt?: (typeof vocabulary.HONOR)[number];
  cookie?: { name?: string; domain?: string; days?: number };
  links?: {
    privacyPolicy?: string;
    /** A cookie policy page; like the privacy policy, opening it never counts as implied consent. */
    cookiePolicy?: string;
    doNotSellRequest?: string;
    /** Which legally worded text `data-privacy-choices="link"` gets. */
    footerLink?: FooterLinkKind;
  };
  categories: CategoryConfig[];
  integrations?: IntegrationsConfig;
  language?: string;
  /** Texts by language tag ("en", "fr-CA"); every key is optional, an unknown one is an error. */
  texts?: Record<string, TextOverrides>;
  implied?: ImpliedOptions;
  theme?: ThemeOptions;
}

export interface ImpliedOptions {
  /** Paths where arriving never counts as continuing (implied mode): `/legal/terms`, or a
   *  prefix ending in `*` such as `/legal/*`. The policy pages in `links` are always excluded. */
  ignorePaths?: string[];
}

export interface ThemeOptions {
  /** `auto` (default) follows the visitor's system setting; `light` and `dark` force one. */
  colorScheme?: (typeof vocabulary.COLOR_SCHEMES)[number];
  /** `bar` (default): a bar along the bottom; `box`: a floating card in the bottom corner. */
  layout?: (typeof vocabulary.LAYOUTS)[number];
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
