import i18next, { type TFunction } from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import vi from './locales/vi.json' with { type: 'json' };

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const instance = i18next.createInstance();
void instance.init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: 'vi',
  fallbackLng: 'vi',
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** A translator fixed to one language. Vietnamese is the default. */
export function translator(language: Language): TFunction {
  return instance.getFixedT(language);
}

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}
