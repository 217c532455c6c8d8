// The words the main script writes into the page itself, without the UI: the footer link
// (`data-privacy-choices="link"`, one text per kind of link) and the opt-out status line
// (`data-privacy-choices="status"`). English is built into the main script: it carries the
// statutory titles (CCPA regs §7013(c), §7015(b)) and every page can fall back on it. Other
// languages come with their locale chunk (locales/*.ts), so an English page pays no bytes for
// them.
import type { FooterLinkKind } from './types';

export interface PageWords {
  links: Record<FooterLinkKind, string>;
  /** The status line: an opt-out honoured from the browser's signal (GPC, DNT), then opted out
   *  of sale and sharing, of sale only, of sharing only. */
  status: {
    honored: string;
    saleAndSharing: string;
    sale: string;
    sharing: string;
  };
}

export const ENGLISH_PAGE_WORDS: PageWords = {
  links: {
    'do-not-sell': 'Do Not Sell or Share My Personal Information',
    'privacy-choices': 'Your Privacy Choices',
    'california-privacy-choices': 'Your California Privacy Choices',
    'cookie-settings': 'Cookie settings',
  },
  status: {
    honored: 'Opt-Out Request Honored',
    saleAndSharing: 'Opted out of sale and sharing',
    sale: 'Opted out of sale',
    sharing: 'Opted out of sharing',
  },
};
