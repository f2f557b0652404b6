import { describe, expect, it } from 'vitest';
import { chatStrings, webLanguageOf } from '../../bots/web/index.ts';

describe('web chat page strings', () => {
  it('are translated: no English string left in Vietnamese', () => {
    const vi = chatStrings('vi');
    const en = chatStrings('en');
    for (const [key, value] of Object.entries(vi)) {
      expect(value.trim(), `vi.${key}`).not.toBe('');
      expect(value.startsWith('web.'), `vi.${key} is missing`).toBe(false);
      expect(Reflect.get(en, key), `en.${key} is still Vietnamese`).not.toBe(value);
    }
  });

  it('defaults to Vietnamese', () => {
    expect(webLanguageOf('en')).toBe('en');
    expect(webLanguageOf('fr')).toBe('vi');
    expect(webLanguageOf(undefined)).toBe('vi');
    expect(webLanguageOf(['en'])).toBe('vi');
  });
});
