import { describe, expect, it } from 'vitest';
import { WEB_LOCALES, webLanguageOf, type WebStrings } from '../../bots/web/index.ts';

describe('web chat page strings', () => {
  it('has the same keys in Vietnamese and English, none empty, none left untranslated', () => {
    const { vi, en } = WEB_LOCALES;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    const isKey = (key: string): key is keyof WebStrings => key in vi;
    for (const key of Object.keys(vi).filter(isKey)) {
      expect(vi[key].trim(), `vi.${key}`).not.toBe('');
      expect(en[key].trim(), `en.${key}`).not.toBe('');
      expect(en[key], `en.${key} is still Vietnamese`).not.toBe(vi[key]);
    }
  });

  it('defaults to Vietnamese', () => {
    expect(webLanguageOf('en')).toBe('en');
    expect(webLanguageOf('fr')).toBe('vi');
    expect(webLanguageOf(undefined)).toBe('vi');
    expect(webLanguageOf(['en'])).toBe('vi');
  });
});
