// Vietnamese text normalisation shared by the index and the query side.
// People often type without accents, so everything is matched on a folded form (no tone marks,
// đ → d); the accented form is kept for a smaller boost when the person did type accents.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD = /[\p{L}\p{N}]+(?:[.,/][\p{N}]+)*/gu;

/** Lower case, NFC: the accented form we compare on. */
export function lower(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Accent folding: "Giấy phép lao động" → "giay phep lao dong". Merges old/new tone placement too. */
export function fold(text: string): string {
  return lower(text).normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').normalize('NFC');
}

/** Words (Vietnamese syllables) of a text, in the case and accents given. Numbers like 5,5 and 2.000620 stay whole. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Whether the text carries any Vietnamese tone mark or đ: then the person typed accents. */
export function hasAccents(text: string): boolean {
  return fold(text) !== lower(text);
}

export function bigrams(syllables: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < syllables.length; i++) out.push(`${syllables[i - 1]}_${syllables[i]}`);
  return out;
}

/** Segments of folded syllables: a bigram never spans two segments (punctuation, a dropped filler). */
export function segmentsOf(text: string): string[][] {
  return fold(text)
    .split(/[.!?;:,]+(?=\s|$)|[()[\]\n"“”…|]+|\s[-–—]\s/)
    .map((part) => words(part))
    .filter((part) => part.length > 0);
}

export function bigramsOfSegments(segments: readonly string[][]): string[] {
  return segments.flatMap((segment) => bigrams(segment));
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
