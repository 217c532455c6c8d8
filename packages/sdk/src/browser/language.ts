import { chooseLanguage } from '../core/language';

/** The page's language: `<html lang>`, then the browser's first language. navigator.languages is
 *  read only when the page says nothing: its first read is slow in Chromium. */
function detectLanguage(): string {
  const fromPage = typeof document !== 'undefined' ? document.documentElement.lang : '';
  if (fromPage) return fromPage;
  if (typeof navigator === 'undefined') return '';
  return (navigator.languages && navigator.languages[0]) || navigator.language;
}

/** The language this page shows the SDK's words in (core/language.ts has the rule). */
export const resolveLanguage = (configured: string): string => chooseLanguage(configured, detectLanguage);
