import { createI18n, type Language } from '../i18n/index.ts';
import en from './locales/en.json' with { type: 'json' };
import vi from './locales/vi.json' with { type: 'json' };

const instance = createI18n({ vi, en });

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator for the public pages in one language (their own strings, apart from the bot's). */
export function createTranslator(language: Language): Translate {
  const fixed = instance.getFixedT(language);
  return (key, values) => fixed(key, values ?? {});
}
