import i18next from 'i18next';
import type { Language } from '../i18n/index.ts';
import en from './locales/en.json' with { type: 'json' };
import vi from './locales/vi.json' with { type: 'json' };

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator for the public pages in one language (their own strings, apart from the bot's). */
export function createTranslator(language: Language): Translate {
  const fixed = instance.getFixedT(language);
  return (key, values) => fixed(key, values ?? {});
}

const instance = i18next.createInstance();
void instance.init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: 'vi',
  fallbackLng: 'vi',
  initAsync: false,
  // The html template escapes every interpolated value; escaping here too would double it.
  interpolation: { escapeValue: false },
});
