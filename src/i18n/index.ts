import i18next, { type i18n, type ResourceLanguage, type TFunction } from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import vi from './locales/vi.json' with { type: 'json' };

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * An i18next instance over one set of Vietnamese and English strings, Vietnamese the default and
 * the fallback. Values are not escaped here: the bots send plain text, and the pages' html
 * template escapes every interpolated value (escaping here too would double it).
 */
export function createI18n(strings: Record<Language, ResourceLanguage>): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { vi: { translation: strings.vi }, en: { translation: strings.en } },
    lng: 'vi',
    fallbackLng: 'vi',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

const instance = createI18n({ vi, en });

/** A translator fixed to one language. Vietnamese is the default. */
export function translator(language: Language): TFunction {
  return instance.getFixedT(language);
}

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}
