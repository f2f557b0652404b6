// The first pass of the "save to knowledge base" edit step: what is certainly personal is masked
// before staff review the text (they still read and edit it before publishing).
const PATTERNS: Array<[RegExp, string]> = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  // Mobile 03/05/07/08/09, landline 02x; tax codes (01…) are left to the next pattern.
  [/(\+84\s?|\b0)[235789](\s?[.-]?\d){8,9}\b/g, '[số điện thoại]'],
  [/\b\d{12}\b/g, '[số định danh]'], // CCCD
  [/\b\d{10}(-\d{3})?\b/g, '[mã số]'], // tax code, old ID card numbers
  [/\bHD-\d{4}-\d+\b/gi, '[mã hồ sơ]'],
];

export function removePersonalData(text: string, names: ReadonlyArray<string | null> = []): string {
  let out = text;
  for (const [pattern, mask] of PATTERNS) out = out.replace(pattern, mask);
  for (const name of names) {
    const trimmed = name?.trim();
    if (trimmed && trimmed.length >= 3) out = out.split(trimmed).join('[tên]');
  }
  return out;
}
