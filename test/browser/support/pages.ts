// Builds test pages the way a site owner writes them: inline JSON config + the script tag first
// in <head>, gated tags in the body, a footer with the DOM hooks.
import { configFingerprint } from '../../../packages/sdk/src/core/hash';
import type { Config } from '../../../packages/sdk/src/core/types';
import { NECESSARY, SOLD_ANALYTICS } from '../../support/categories';

export interface PageOptions {
  config: Config | string;
  head?: string;
  body?: string;
  lang?: string;
  /** Attributes for the SDK's script element (e.g. `async` or a nonce). */
  scriptAttributes?: string;
  /** Omit the SDK script (tests that add it themselves). */
  noScript?: boolean;
  /** Mark the config as validated at publish time (`data-validated`); a string forges the mark. */
  validated?: boolean | string;
}

export const BASE_CONFIG: Config = {
  revision: '2024-10-02',
  mode: 'opt-out',
  links: { privacyPolicy: '/privacy', doNotSellRequest: 'mailto:privacy@example.com?subject=Do%20Not%20Sell' },
  categories: [
    NECESSARY,
    SOLD_ANALYTICS,
    {
      id: 'advertising',
      label: 'Advertising',
      sale: true,
      share: true,
      cookies: ['_fbp'],
      consentMode: ['ad_storage', 'ad_user_data', 'ad_personalization'],
    },
  ],
};

export const FOOTER = `<footer>
  <a href="#privacy-choices" id="reopen">Cookie banner</a>
  <a href="#" data-privacy-choices="preferences" id="prefs">Cookie preferences</a>
  <a data-privacy-choices="link" id="dnss-link"></a>
</footer>`;

export function sitePage(options: PageOptions): string {
  const json = typeof options.config === 'string' ? options.config : JSON.stringify(options.config);
  const proof = options.validated === true ? configFingerprint(JSON.parse(json)) : options.validated || '';
  const sdk = options.noScript
    ? ''
    : `<script src="/dist/privacy-choices.js" ${options.scriptAttributes || ''}></script>`;
  return `<!doctype html>
<html lang="${options.lang || 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test site</title>
<script type="application/json" id="privacy-choices-config"${proof ? ` data-validated="${proof}"` : ''}>${json.replace(/</g, '\\u003c')}</script>
${sdk}
${options.head || ''}
</head>
<body>
<main><h1>Test site</h1><p>Content.</p></main>
${options.body || ''}
${FOOTER}
</body>
</html>`;
}
