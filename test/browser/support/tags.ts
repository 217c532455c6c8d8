// Stand-in gated tags for the test pages (markup, or added after load as a single-page app does)
// and the config whose categories they stand for.
import type { Page } from 'playwright-core';
import type { Config } from '../../../packages/sdk/src/core/types';
import { BASE_CONFIG } from './pages';

/** One stand-in gated tag: `<script type="text/plain" data-category=… src="/tag/NAME.js">`. */
export const gatedTag = (category: string, name: string, extra = '') =>
  `<script type="text/plain" data-category="${category}" src="/tag/${name}.js" ${extra}></script>`;

/** Inline gated script that records NAME on window.__ran. */
export const gatedInline = (category: string, name: string, extra = '') =>
  `<script type="text/plain" data-category="${category}" ${extra}>(window.__ran = window.__ran || []).push(${JSON.stringify(name)});</script>`;

/** BASE_CONFIG (opt-out) plus a category that is neither sold nor shared: an opt-out leaves it alone. */
export const WITH_FUNCTIONAL: Config = {
  ...BASE_CONFIG,
  categories: [...BASE_CONFIG.categories, { id: 'functional', label: 'Functional' }],
};

/** A stand-in tag for each category of WITH_FUNCTIONAL but the necessary one. */
export const WITH_FUNCTIONAL_TAGS =
  gatedTag('analytics', 'analytics') + gatedTag('advertising', 'ads') + gatedTag('functional', 'functional');

/** Adds a gated script after load, as a single-page app does: inline `text` or an external `src`. */
export const addGatedScript = (page: Page, category: string, script: { text: string } | { src: string }) =>
  page.evaluate(
    ([category, script]) => {
      const element = document.createElement('script');
      element.type = 'text/plain';
      element.setAttribute('data-category', category);
      if ('src' in script) element.src = script.src;
      else element.text = script.text;
      document.body.append(element);
    },
    [category, script] as const,
  );
