/** `language: "auto"` → the language the page or browser gives (`detect`, asked only then);
 *  else the configured tag. Lower case, "en" when nothing is known. */
export function chooseLanguage(configured: string, detect: () => string): string {
  if (configured && configured !== 'auto') return configured.toLowerCase();
  return (detect() || 'en').toLowerCase();
}
