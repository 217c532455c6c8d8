// Turns a config (already validated, or proven valid by the cookie's fingerprint) into the
// resolved settings the runtime works with: defaults filled in, the mode picked for the region.
// It is deliberately defensive and never throws, so that the returning-visitor path can run it
// without the schema (zod) in the bundle.
import type {
  CategoryConfig,
  Config,
  ConsentModeKey,
  ConsentModeOptions,
  GppOptions,
  GppSectionName,
  Mode,
  ThemeOptions,
} from './types';
import { hash } from './hash';
import { usLawApplies } from './jurisdiction';
import { sellsOrShares } from './practices';
import { MODES } from './vocabulary';

export interface Category {
  id: string;
  label: string;
  description: string;
  necessary: boolean;
  sale: boolean;
  share: boolean;
  cookies: string[];
  consentMode: ConsentModeKey[];
  vendors: { name: string; optOutUrl?: string; privacyUrl?: string }[];
}

export interface Settings {
  revision: string;
  mode: Mode;
  /** The visitor's region as the page gave it ("US-CA", "DE"), upper case; "" when unknown. */
  region: string;
  honorGpc: boolean;
  honorDnt: boolean;
  cookie: { name: string; domain?: string; days: number };
  links: {
    privacyPolicy?: string;
    cookiePolicy?: string;
    doNotSellRequest?: string;
    footerLink: NonNullable<NonNullable<Config['links']>['footerLink']>;
  };
  categories: Category[];
  consentMode: { waitForUpdate?: number; adsDataRedaction: boolean; urlPassthrough: boolean } | null;
  dataLayer: boolean;
  gpp: { sections: GppSectionName[]; mspaCovered: boolean; mspaMode?: 'opt-out' | 'service-provider' } | null;
  usp: boolean;
  records: { endpoint: string; cookieRefresh: boolean } | null;
  language: string;
  texts: Record<string, Record<string, string>>;
  /** Implied mode: paths where arriving never counts as continuing (besides the policy links). */
  impliedIgnorePaths: string[];
  /** As configured; the UI reads it with its defaults (auto, bar), which keeps them out of the main file. */
  theme: ThemeOptions;
  /** Hash of the category ids in order: the stored bits are only meaningful under the same layout. */
  layout: string;
  /** Hash of the config as given: a stored choice made under it proves it was validated. */
  fingerprint: string;
}

export const DEFAULT_COOKIE = 'privacy_choices';
/** Twelve calendar months can span 366 days: a stored opt-out must outlive the 12-month wait
 *  before the visitor may be asked to opt back in (docs/semantics.md). */
export const DEFAULT_COOKIE_DAYS = 366;

/** Most specific region entry wins: `US-CA`, then `US`, then `default`. */
export function modeForRegion(config: Config): Mode {
  const regions = config.regions;
  if (isObject(regions)) {
    const region = regionOf(config);
    const parts = region ? region.split('-') : [];
    for (let n = parts.length; n > 0; n--) {
      const key = parts.slice(0, n).join('-');
      for (const k of Object.keys(regions)) if (k.toUpperCase() === key && isMode(regions[k])) return regions[k];
    }
    if (isMode(regions.default)) return regions.default;
  }
  return isMode(config.mode) ? config.mode : 'opt-in';
}

/** The region as a code ("US", "US-CA", "DE"), upper case. Anything else ("USA", "California")
 *  is no region: where the visitor is is then unknown, which keeps a US-mode site's US signals on
 *  (core/jurisdiction.ts), rather than a country that matches nothing and reports no US law. */
function regionOf(config: Config): string {
  const region = typeof config.region === 'string' ? config.region.trim().toUpperCase() : '';
  return region.split('-')[0].length === 2 ? region : '';
}

const isMode = (value: unknown): value is Mode => (MODES as readonly unknown[]).includes(value);

const list = <T>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';
/** Only strings and numbers are text: String() on an arbitrary JSON object can throw. */
const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;

function toCategory(c: CategoryConfig): Category {
  const necessary = !!c.necessary;
  const id = text(c.id, '');
  return {
    id,
    label: text(c.label, id),
    description: text(c.description, ''),
    necessary,
    sale: !necessary && !!c.sale,
    share: !necessary && !!c.share,
    cookies: list(c.cookies),
    consentMode: list(c.consentMode),
    vendors: list(c.vendors),
  };
}

export function toSettings(config: Config, fingerprint: string): Settings {
  if (!isObject(config)) config = {} as Config;
  const integrations = isObject(config.integrations) ? config.integrations : {};
  const gcm = integrations.googleConsentMode;
  const gpp = integrations.gpp;
  // `true` turns an integration on with its defaults; an object also sets options.
  const gcmOptions: ConsentModeOptions = isObject(gcm) ? gcm : {};
  const gppOptions: GppOptions = isObject(gpp) ? gpp : {};
  const mspa = gppOptions.mspa;
  const cookie = isObject(config.cookie) ? config.cookie : {};
  const links = isObject(config.links) ? config.links : {};
  const categories = list(config.categories).filter(isObject).map(toCategory);
  const mode = modeForRegion(config);
  const region = regionOf(config);
  return {
    revision: text(config.revision, '1'),
    mode,
    region,
    honorGpc: config.gpc !== 'ignore',
    honorDnt: config.dnt === 'honor',
    cookie: {
      name: text(cookie.name, '') || DEFAULT_COOKIE,
      domain: text(cookie.domain, '') || undefined,
      days: Math.min(400, (typeof cookie.days === 'number' && cookie.days > 0 && cookie.days) || DEFAULT_COOKIE_DAYS),
    },
    links: { ...links, footerLink: links.footerLink || defaultFooterLink(mode, region, categories) },
    categories,
    consentMode: gcm
      ? {
          waitForUpdate: gcmOptions.waitForUpdate,
          adsDataRedaction: !!gcmOptions.adsDataRedaction,
          urlPassthrough: !!gcmOptions.urlPassthrough,
        }
      : null,
    dataLayer: integrations.dataLayer != null ? !!integrations.dataLayer : !!gcm,
    gpp: gpp
      ? {
          sections: (Array.isArray(gppOptions.sections) && gppOptions.sections) || ['usnat'],
          mspaCovered: !!mspa && !!mspa.covered,
          mspaMode: mspa ? mspa.mode : undefined,
        }
      : null,
    usp: !!integrations.usp,
    records:
      isObject(integrations.records) && text(integrations.records.endpoint, '')
        ? { endpoint: text(integrations.records.endpoint, ''), cookieRefresh: !!integrations.records.cookieRefresh }
        : null,
    language: text(config.language, '') || 'auto',
    texts: isObject(config.texts) ? config.texts : {},
    impliedIgnorePaths: list(isObject(config.implied) ? (config.implied.ignorePaths as unknown[]) : undefined).filter(
      (p) => typeof p === 'string',
    ),
    theme: isObject(config.theme) ? config.theme : {},
    layout: hash(categories.map((c) => c.id).join(',')),
    fingerprint,
  };
}

/** A site that sells or shares, where a US law applies, gets the statutory link by default
 *  (CCPA regs §7013, §7015); elsewhere the link opens the cookie settings. */
function defaultFooterLink(mode: Mode, region: string, categories: Category[]): Settings['links']['footerLink'] {
  const usMode = mode === 'opt-out' || mode === 'implied';
  return (usMode || usLawApplies({ mode, region })) && sellsOrShares({ categories })
    ? 'do-not-sell'
    : 'cookie-settings';
}
