// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { UIHandle } from '../page/ui-seam';
import { es } from '../locales/es';
import { de } from '../locales/de';
import { fr } from '../locales/fr';
import { fakeController, getByRole, mountFake, queryAllByRole } from '../../test-support/ui-controller';
import { en, registerLocale, textsFor, textsLanguage } from './texts';

let handle: UIHandle | null = null;
afterEach(() => handle?.destroy());

function banner(fake: ReturnType<typeof fakeController>) {
  const mounted = mountFake(fake);
  handle = mounted.handle;
  handle.show('banner');
  return mounted.root;
}

describe('texts', () => {
  it('every locale translates every key', () => {
    for (const locale of [es, fr, de]) expect(Object.keys(locale).sort()).toEqual(Object.keys(en).sort());
  });

  it('the site owner’s texts override the defaults, as text (never markup)', () => {
    const root = banner(fakeController({ texts: { en: { bannerTitle: '<b>Hello</b>', acceptAll: 'Yes to all' } } }));
    expect(root.querySelector('h2')!.textContent).toBe('<b>Hello</b>');
    expect(root.querySelector('b')).toBeNull();
    expect(getByRole(root, 'button', 'Yes to all')).toBeTruthy();
  });

  it('a registered locale is used for its language (primary subtag); site texts still win', () => {
    registerLocale('es', es);
    const fake = fakeController({ mode: 'opt-in', texts: { es: { rejectAll: 'No, gracias' } } }, { language: 'es-mx' });
    const root = banner(fake);
    expect(queryAllByRole(root, 'button').map((b) => b.textContent)).toEqual([
      'Aceptar todo',
      'No, gracias',
      'Preferencias',
    ]);
    expect(getByRole(root, 'region', 'Consentimiento de cookies')).toBeTruthy();
    expect(root.querySelector('.pc-root')!.getAttribute('lang')).toBe('es-mx');
  });

  it('an untranslated language falls back to English, and says so in lang', () => {
    const fake = fakeController({}, { language: 'it' });
    expect(textsFor(fake.controller).acceptAll).toBe('Accept all');
    expect(textsLanguage(fake.controller)).toBe('en');
  });

  it('site texts for a full tag win over its primary language, whatever the case of the key', () => {
    const texts = {
      en: { acceptAll: 'Allow all', rejectAll: 'Refuse all' },
      'en-GB': { acceptAll: 'Allow all cookies' },
    };
    const fake = fakeController({ texts }, { language: 'en-gb' });
    expect(textsFor(fake.controller)).toMatchObject({ acceptAll: 'Allow all cookies', rejectAll: 'Refuse all' });
    const italian = fakeController({ texts: { IT: { acceptAll: 'Accetta tutto' } } }, { language: 'it-it' });
    expect(textsFor(italian.controller).acceptAll).toBe('Accetta tutto');
    expect(textsLanguage(italian.controller)).toBe('it-it');
  });
});
