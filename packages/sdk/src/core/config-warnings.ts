// Configs that are valid but would make the site's signals or words untrue somewhere. They are
// warnings, not errors: the site keeps working, and `privacy-choices validate` and the development
// console say what to change. The rules behind them: docs/semantics.md.
import type { ConfigIssue } from './config-error';
import { sellsOrShares } from './practices';
import { STATUTORY_TEXT_KEYS } from './texts';
import type { Config } from './types';

/** A 12-month wait can span 366 days: a shorter cookie may forget an opt-out before it ends. */
const MIN_OPT_OUT_DAYS = 366;

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';

export function configWarnings(config: Config): ConfigIssue[] {
  const warnings: ConfigIssue[] = [];
  const warn = (path: string, message: string) => warnings.push({ path, message });
  const categories = Array.isArray(config.categories) ? config.categories.filter(isObject) : [];
  const seller = sellsOrShares({ categories });
  const modes = [config.mode || 'opt-in', ...Object.values(isObject(config.regions) ? config.regions : {})];
  // Where a US law can apply: a US mode anywhere, or a US region entry.
  const usLaw =
    modes.some((m) => m === 'opt-out' || m === 'implied') ||
    Object.keys(config.regions || {}).some((region) => region.toUpperCase().split('-')[0] === 'US');

  const texts = isObject(config.texts) ? config.texts : {};
  for (const language of Object.keys(texts)) {
    if (language.toLowerCase().split('-')[0] !== 'en' || !isObject(texts[language])) continue;
    for (const key of STATUTORY_TEXT_KEYS) {
      if (key in (texts[language] as object)) {
        warn(
          `texts.${language}.${key}`,
          'the statutory English wording (CCPA regs §7013(c), §7015(b)) cannot be changed: this text is ignored',
        );
      }
    }
  }
  if (seller && usLaw && config.links && config.links.footerLink === 'cookie-settings') {
    warn(
      'links.footerLink',
      'a site that sells or shares must link "Do Not Sell or Share My Personal Information" or "Your Privacy Choices" (CCPA regs §7013, §7015), not "Cookie settings"',
    );
  }
  if (seller && config.gpc === 'ignore') {
    warn(
      'gpc',
      'Global Privacy Control must be honoured as an opt-out of sale and sharing where a US law applies (CCPA regs §7025(b))',
    );
  }
  if (config.cookie && typeof config.cookie.days === 'number' && config.cookie.days < MIN_OPT_OUT_DAYS) {
    warn(
      'cookie.days',
      `an opt-out must be kept for 12 months before asking again (CCPA regs §7026(k)): use at least ${MIN_OPT_OUT_DAYS} days`,
    );
  }
  if (config.mode === 'implied' && !isObject(config.regions)) {
    warn(
      'mode',
      'implied consent is not valid consent in the EEA or the UK (EDPB Guidelines 05/2020): add `regions` that use "opt-in" there',
    );
  }
  return warnings;
}

/** Prints each warning once, as the CLI and the development console do. */
export const formatWarning = (warning: ConfigIssue) =>
  `privacy-choices: config warning: ${warning.path}: ${warning.message}`;
