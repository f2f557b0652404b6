import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json' with { type: 'json' };
import vi from '../../src/i18n/locales/vi.json' with { type: 'json' };
import { removePersonalData } from '../../src/inbox/remove-personal-data.ts';
import { parseCommand } from '../../src/conversations/parse-command.ts';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

describe('locales', () => {
  it('Vietnamese and English have the same keys, none empty', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(vi).sort());
    const empty = keysOf(vi).filter(
      (key) =>
        key
          .split('.')
          .reduce<unknown>(
            (node, part) =>
              typeof node === 'object' && node !== null && part in node ? Reflect.get(node, part) : undefined,
            vi,
          ) === '',
    );
    expect(empty).toEqual([]);
  });
});

describe('personal data removal before publishing', () => {
  it('masks emails, phone numbers, ID and tax numbers, case numbers and the requester’s name', () => {
    const text =
      'Anh Nguyễn Văn Bình (0912 345 678, binh.nv@gmail.com, CCCD 001203004567, MST 0101234567) hỏi về hồ sơ HD-2611-42.';
    const masked = removePersonalData(text, ['Nguyễn Văn Bình']);
    expect(masked).toBe(
      'Anh [tên] ([số điện thoại], [email], CCCD [số định danh], MST [mã số]) hỏi về hồ sơ [mã hồ sơ].',
    );
  });
});

describe('typed commands', () => {
  it('recognises whole-message commands with or without accents and leaves questions alone', () => {
    expect(parseCommand('Gặp cán bộ')).toEqual({ type: 'person' });
    expect(parseCommand('gap can bo!')).toEqual({ type: 'person' });
    expect(parseCommand('hồ sơ của tôi')).toEqual({ type: 'my_cases' });
    expect(parseCommand('/help')).toEqual({ type: 'help' });
    expect(parseCommand('English')).toEqual({ type: 'language', language: 'en' });
    expect(parseCommand('gặp cán bộ ở đâu để nộp hồ sơ')).toBeNull();
    expect(parseCommand('hồ sơ xin giấy phép lao động gồm gì')).toBeNull();
  });
});
