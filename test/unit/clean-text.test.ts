import { describe, expect, it } from 'vitest';
import { cleanStrings, cleanText } from '../../src/clean-text.ts';
import { serializeError } from '../../src/serialize-error.ts';

describe('cleanText', () => {
  it('drops NUL and replaces unpaired surrogates, keeping pairs (emoji) and Vietnamese intact', () => {
    expect(cleanText('a\u0000b')).toBe('ab');
    expect(cleanText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(cleanText('Nguyễn 😀 \uD83D')).toBe('Nguyễn 😀 \uFFFD');
    expect(cleanText('\uDE00\uD83D')).toBe('\uFFFD\uFFFD');
  });

  it('cleans every string of a parsed body, keys too, and leaves other values alone', () => {
    const form = Object.assign(Object.create(null), { 'na\u0000me': 'A\u0000', n: 1 });
    expect(cleanStrings(form)).toEqual({ name: 'A', n: 1 });
    const date = new Date(0);
    expect(cleanStrings({ list: ['\uD800'], date })).toEqual({ list: ['\uFFFD'], date });
  });

  it('keeps a "__proto__" key of a JSON body as data, never as the prototype', () => {
    const body: unknown = JSON.parse('{"__proto__": {"isStaff": true}, "text": "x\\u0000"}');
    const cleaned = cleanStrings(body) as Record<string, unknown>;
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect(Object.keys(cleaned)).toEqual(['__proto__', 'text']);
    expect(cleaned.text).toBe('x');
    expect(({} as Record<string, unknown>).isStaff).toBeUndefined();
  });
});

describe('serializeError', () => {
  it('keeps what failed and where, never the query parameters or the driver’s detail', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "staff_email_unique"'), {
      code: '23505',
      detail: 'Key (email)=(lan@example.vn) already exists.',
      constraint_name: 'staff_email_unique',
    });
    const error = new Error(
      'Failed query: insert into "staff" ("email", "name") values ($1, $2)\nparams: lan@example.vn,Lan',
      {
        cause,
      },
    );
    const logged = JSON.stringify(serializeError(error));
    expect(logged).toContain('Failed query: insert into');
    expect(logged).toContain('staff_email_unique');
    expect(logged).toContain('23505');
    expect(logged).not.toContain('lan@example.vn');
    expect(logged).not.toContain(',Lan');
    const syntax = serializeError(new Error('invalid input syntax for type uuid: "0912 345 678"'));
    expect(JSON.stringify(syntax)).not.toContain('0912');
  });
});
