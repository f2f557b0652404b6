// The first pass of the "save to knowledge base" and "teach the bot" steps: what is certainly
// personal is masked before staff review the text (they still read and edit it before saving).
const PATTERNS: Array<[RegExp, string]> = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  // Mobile 03/05/07/08/09, landline 02x; tax codes (01…) are left to the next pattern.
  [/(\+84\s?|\b0)[235789](\s?[.-]?\d){8,9}\b/g, '[số điện thoại]'],
  [/\b\d{12}\b/g, '[số định danh]'], // CCCD
  [/\b\d{10}(-\d{3})?\b/g, '[mã số]'], // tax code, old ID card numbers
  [/\bHD-\d{4}-\d+\b/gi, '[mã hồ sơ]'],
];

const NAME_MASK = '[tên]';
const NOT_LETTER = '(?![\\p{L}])';
// Where a name given ends: punctuation, the end, or a word that starts what comes next.
const NAME_END = `(?=\\s*(?:[,.;:!?()\\n]|$)|\\s+(?:và|ở|tại|sinh|làm|hiện|đang|muốn|xin|có|cần|số|sdt|sđt|đt|and|from|I|we|at|in|living|working)${NOT_LETTER})`;
// A name given as one: "tên tôi là …", "tôi tên …", "my name is …" — up to four words, capitalised
// or not ("tên em là nguyễn thị hoa").
const NAMED = new RegExp(
  `(?<![\\p{L}])((?:(?:họ\\s+)?tên\\s+(?:của\\s+)?(?:tôi|em|mình|cháu|con|anh|chị)(?:\\s+là)?|(?:tôi|em|mình|cháu|con)\\s+tên(?:\\s+là)?|họ\\s+(?:và\\s+)?tên\\s*:?|tên\\s*:|my name is|my name's|name\\s*:)\\s*)([\\p{L}]+(?:\\s+[\\p{L}]+){0,3}?)${NAME_END}`,
  'giu',
);
// Someone introducing themselves: "tôi là Nguyễn Văn An", "I am John Smith" — only capitalised
// words, since "tôi là người nước ngoài" and "I am a foreigner" name no one.
const INTRODUCED =
  /(?<![\p{L}])((?:[Tt]ôi|[Ee]m|[Mm]ình|[Cc]háu|[Cc]on|I)\s+(?:là|am)\s+|I'm\s+)(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,4})/gu;

/**
 * Masks emails, phone numbers, ID, tax and case numbers, the names given (the requester's) and the
 * names people introduce themselves with ("tôi là Nguyễn Văn An", "tên em là hoa", "my name is …").
 */
export function removePersonalData(text: string, names: ReadonlyArray<string | null> = []): string {
  let out = text;
  for (const [pattern, mask] of PATTERNS) out = out.replace(pattern, mask);
  for (const name of names) {
    const trimmed = name?.trim();
    if (trimmed && trimmed.length >= 3) out = out.split(trimmed).join(NAME_MASK);
  }
  out = out.replace(NAMED, (_whole, lead: string) => `${lead}${NAME_MASK}`);
  return out.replace(INTRODUCED, (_whole, lead: string) => `${lead}${NAME_MASK}`);
}
