/** The values a canned reply's placeholders take on one case, in the person's language. */
export type PlaceholderValues = {
  caseNumber: string;
  deadline: string;
  name: string;
  procedureCard: string;
};

/**
 * Each placeholder by the names staff may type: English and Vietnamese, with or without accents
 * and underscores ("{case number}", "{số hồ sơ}", "{so_ho_so}" are one). Matched case-insensitively.
 */
export const PLACEHOLDERS: ReadonlyArray<{ key: keyof PlaceholderValues; names: string[] }> = [
  { key: 'caseNumber', names: ['case number', 'số hồ sơ', 'so ho so', 'mã hồ sơ', 'ma ho so'] },
  { key: 'deadline', names: ['deadline', 'hạn', 'han', 'hạn trả lời', 'han tra loi'] },
  { key: 'name', names: ['name', 'tên', "person's name", 'ten', 'tên người hỏi', 'ten nguoi hoi'] },
  { key: 'procedureCard', names: ['procedure card', 'thủ tục', 'procedure', 'thu tuc', 'thẻ thủ tục', 'the thu tuc'] },
];

const BY_NAME = new Map(PLACEHOLDERS.flatMap(({ key, names }) => names.map((name) => [name, key] as const)));

/**
 * A canned reply with its placeholders filled. A name in braces that is no placeholder is left as
 * written, so a reply that means "{…}" literally keeps it; the values are plain text (the page
 * escapes them like everything else).
 */
export function fillPlaceholders(body: string, values: PlaceholderValues): string {
  return body.replace(/\{([^{}\n]{1,40})\}/g, (whole, inner: string) => {
    const key = BY_NAME.get(
      inner
        .trim()
        .toLowerCase()
        .replace(/[_\s]+/g, ' ')
        .normalize('NFC'),
    );
    return key ? values[key] : whole;
  });
}
