// The stored choice as this config reads it: the cookie's value decoded and matched to the
// config's categories. One function for the browser (instance) and the server (readChoice), so
// that both see the same choice in the same cookie.
import { decodeChoice } from './choice-codec';
import { categoriesOf, defaultCategories } from './policy';
import type { Settings } from './settings';

export function storedChoice(settings: Settings, value: unknown) {
  const decoded = decodeChoice(value);
  // Bits under another category layout mean nothing; the opt-out flags still do.
  return (
    decoded && {
      ...decoded,
      categories:
        decoded.layout === settings.layout ? categoriesOf(settings, decoded.bits) : defaultCategories(settings),
      decided: !decoded.pending,
    }
  );
}
