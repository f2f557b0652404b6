import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, NAMESPACES, RESOURCES, translator, type Namespace } from '../../src/i18n/index.ts';
import { removePersonalData } from '../../src/inbox/remove-personal-data.ts';
import { parseCommand } from '../../src/conversations/parse-command.ts';

const SOURCES = [
  // Which namespace a file's t('…') calls read: the inbox and the public pages have their own.
  { dir: 'src/inbox', namespace: 'inbox' },
  { dir: 'src/public', namespace: 'pages' },
  { dir: 'src/conversations', namespace: 'bots' },
  { dir: 'src/tracker', namespace: 'bots' },
  { dir: 'src/kb', namespace: 'bots' },
] as const;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function valueAt(tree: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (typeof node === 'object' && node !== null && part in node ? Reflect.get(node, part) : undefined),
      tree,
    );
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name));
}

// Plural forms (count_one, count_other) are asked for by their stem.
function keysIn(namespace: Namespace): Set<string> {
  return new Set(keysOf(RESOURCES.vi[namespace]).map((key) => key.replace(/_(one|other)$/, '')));
}

describe('locales', () => {
  it('has the same keys in Vietnamese and English in every namespace, none empty', () => {
    expect(NAMESPACES.length).toBe(3);
    for (const namespace of NAMESPACES) {
      const vi = keysOf(RESOURCES.vi[namespace]).sort();
      expect(keysOf(RESOURCES.en[namespace]).sort(), namespace).toEqual(vi);
      for (const language of LANGUAGES) {
        const empty = vi.filter((key) => String(valueAt(RESOURCES[language][namespace], key)).trim() === '');
        expect(empty, `${language}/${namespace}`).toEqual([]);
      }
    }
  });

  it('has every key the code asks for, in the namespace that code reads', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const { dir, namespace } of SOURCES) {
      for (const file of filesUnder(dir)) {
        // Literal keys only: t('a.b'), t(`a.b`) and t('ns:a.b'); a key built at run time is checked where it is tested.
        for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['`](?:(\w+):)?([a-z][\w.]*)['`]/gi)) {
          const asked = NAMESPACES.find((name) => name === match[1]) ?? namespace;
          const key = match[2] ?? '';
          seen++;
          if (!keysIn(asked).has(key)) missing.push(`${file}: ${asked}:${key}`);
        }
        // A key built at run time (t(`role_${role}`)): some key of its namespace starts that way.
        for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*`(?:(\w+):)?([a-z][\w.]*)\$\{/gi)) {
          const asked = NAMESPACES.find((name) => name === match[1]) ?? namespace;
          const prefix = match[2] ?? '';
          seen++;
          if (![...keysIn(asked)].some((key) => key.startsWith(prefix))) missing.push(`${file}: ${asked}:${prefix}…`);
        }
      }
    }
    expect(seen).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });

  it('translates in the namespace asked for, Vietnamese by default', () => {
    expect(translator('en', 'inbox')('login')).toBe(RESOURCES.en.inbox.login);
    expect(translator('vi', 'pages')('nav.documents')).toBe(RESOURCES.vi.pages.nav.documents);
    expect(translator('en')('web.send')).toBe(RESOURCES.en.bots.web.send);
    expect(translator('en', 'inbox')('web.send')).toBe('web.send');
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

  it('masks the names people introduce themselves with, and nothing that names no one', () => {
    const cases: Array<[string, string]> = [
      ['Tôi là Nguyễn Văn An, tôi muốn hỏi', 'Tôi là [tên], tôi muốn hỏi'],
      ['chào anh, tên em là nguyễn thị hoa, em muốn hỏi', 'chào anh, tên em là [tên], em muốn hỏi'],
      ['tôi tên Hùng ở Bắc Ninh, xin hỏi', 'tôi tên [tên] ở Bắc Ninh, xin hỏi'],
      ['Họ tên: Trần Văn Bình\nĐịa chỉ: Hà Nội', 'Họ tên: [tên]\nĐịa chỉ: Hà Nội'],
      ['My name is John Smith and I need a work permit', 'My name is [tên] and I need a work permit'],
      ["Hi, I'm Anna Lee. I am a foreigner", "Hi, I'm [tên]. I am a foreigner"],
    ];
    for (const [text, masked] of cases) expect(removePersonalData(text), text).toBe(masked);
    for (const text of ['Tôi là người nước ngoài, muốn xin giấy phép lao động', 'tên doanh nghiệp có cần đổi không'])
      expect(removePersonalData(text)).toBe(text);
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
