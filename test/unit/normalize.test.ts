import { describe, expect, it } from 'vitest';
import { bigrams, fold, hasAccents, segmentsOf, words } from '../../src/kb/normalize.ts';

describe('fold', () => {
  it('removes tone marks and maps đ to d', () => {
    expect(fold('Giấy phép lao động')).toBe('giay phep lao dong');
    expect(fold('ĐĂNG KÝ')).toBe('dang ky');
  });
  it('merges old and new tone placement and composed/decomposed input', () => {
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('Tiếng Việt'.normalize('NFD'))).toBe('tieng viet');
  });
  it('reads a phone keyboard’s typographic apostrophe as the plain one', () => {
    expect(fold('We won’t sell bottles')).toBe("we won't sell bottles");
    expect(fold('Chị Hoà’s shop')).toBe("chi hoa's shop");
  });
});

describe('words and segments', () => {
  it('keeps numbers with separators whole', () => {
    expect(words('rượu từ 5,5 độ, mã 2.000620, NĐ 105/2017')).toEqual([
      'rượu',
      'từ',
      '5,5',
      'độ',
      'mã',
      '2.000620',
      'NĐ',
      '105/2017',
    ]);
  });
  it('never forms a bigram across punctuation', () => {
    const segments = segmentsOf('Gia hạn giấy phép. Lao động, việc làm');
    expect(segments).toEqual([
      ['gia', 'han', 'giay', 'phep'],
      ['lao', 'dong'],
      ['viec', 'lam'],
    ]);
    expect(bigrams(['gia', 'han', 'giay'])).toEqual(['gia_han', 'han_giay']);
  });
});

describe('hasAccents', () => {
  it('tells typed accents from plain text', () => {
    expect(hasAccents('giấy phép')).toBe(true);
    expect(hasAccents('giay phep')).toBe(false);
    expect(hasAccents('đăng ký')).toBe(true);
    // A "đ" alone is typed with its own key in chat without accents ("đc", "gplđ").
    expect(hasAccents('dang ky đc')).toBe(false);
    // … nor a particle in a message typed without accents, while a word in four is enough.
    expect(hasAccents('gia han gp lao dong the nao, gui qua mail dc ko ạ')).toBe(false);
    expect(hasAccents('gia hạn gp lao dong the')).toBe(false);
    expect(hasAccents('gia hạn gp lao')).toBe(true);
  });
});
