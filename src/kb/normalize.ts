// Vietnamese text normalisation shared by the index and the query side.
// People often type without accents, so everything is matched on a folded form (no tone marks,
// đ → d); the accented form is kept for a smaller boost when the person did type accents.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
// Most text reaching fold() is already folded or plain ASCII (queries typed without accents,
// re-folded segments), at most with typographic dashes, quotes and ellipses: it only needs
// lower-casing, without two Unicode normalisations.
// eslint-disable-next-line no-control-regex -- the ASCII range, control characters included
const NEEDS_NORMALISING = /[^\u0000-\u007f\u2010-\u2027]/;
const WORD = /[\p{L}\p{N}]+(?:[.,/][\p{N}]+)*/gu;

/** Lower case, NFC, typographic apostrophes as typed on a keyboard ("won’t" as "won't"): the accented form we compare on. */
export function lower(text: string): string {
  const lowered = NEEDS_NORMALISING.test(text) ? text.normalize('NFC').toLowerCase() : text.toLowerCase();
  return lowered.includes('\u2019') || lowered.includes('\u2018') ? lowered.replace(APOSTROPHES, "'") : lowered;
}
const APOSTROPHES = /[\u2018\u2019]/g;

/** Accent folding: "Giấy phép lao động" → "giay phep lao dong". Merges old/new tone placement too. */
export function fold(text: string): string {
  if (!NEEDS_NORMALISING.test(text)) return lower(text);
  return lower(text).normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').normalize('NFC');
}

// Vietnamese has a few thousand syllables and every question repeats them: a word folds once.
const FOLDED_WORDS = new Map<string, string>();
const FOLDED_WORDS_LIMIT = 50_000;

/** fold() for a single word, remembered. */
export function foldWord(word: string): string {
  let folded = FOLDED_WORDS.get(word);
  if (folded === undefined) {
    if (FOLDED_WORDS.size >= FOLDED_WORDS_LIMIT) FOLDED_WORDS.clear();
    folded = fold(word);
    FOLDED_WORDS.set(word, folded);
  }
  return folded;
}

/** Words (Vietnamese syllables) of a text, in the case and accents given. Numbers like 5,5 and 2.000620 stay whole. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Whether a text is typed with Vietnamese accents (tone and vowel marks) — in a quarter of its
 * words at least. A "đ" alone does not make a word so: typed without accents, chat still writes
 * "đc", "gplđ" with its own key; nor does a particle here and there in a message typed without
 * them ("… gui qua mail dc ko ạ?").
 */
export function hasAccents(text: string): boolean {
  const said = words(lower(text));
  const marked = said.filter((word) => foldWord(word) !== word.replace(/đ/g, 'd')).length;
  return marked > 0 && marked * ACCENTED_SHARE >= said.length;
}

/** One word in so many typed with accents makes a text accented (hasAccents). */
const ACCENTED_SHARE = 4;

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

// English words ending in "s" that are not plurals.
const NOT_PLURAL = new Set(['does', 'always', 'perhaps', 'across', 'whereas', 'various', 'news', 'series', 'species']);
// Function words whose ending is no inflection ("where" is not "wher" + e).
const UNINFLECTED = new Set([
  'where',
  'there',
  'these',
  'those',
  'whose',
  'while',
  'before',
  'because',
  'please',
  'since',
]);

/**
 * An English word's base, so a question and a name meet whichever form each uses: plurals as
 * their singular ("benefits" → "benefit"), and -ing, -ed and a final -e dropped ("issuing",
 * "issued", "issue" → "issu"; "extending" → "extend"; "transferring" → "transfer"). Vietnamese
 * is untouched: its syllables never end in "s", "ing", "ed" or a doubled consonant, and none of
 * five letters or more ends in "e". "-ied" and "-ies" are "-y" ("notified", "applies"). Short
 * words, -ss, -is, -us are kept.
 */
export function baseForm(word: string): string {
  if (NOT_PLURAL.has(word) || UNINFLECTED.has(word) || !/^[a-z]+$/.test(word)) return word;
  // "notified", "applies" are "notify", "apply".
  const y = /^([a-z]{3,})i(?:ed|es)$/.exec(word)?.[1];
  if (y) return `${y}y`;
  let base = /^[a-z]{2,}[^siu]s$/.test(word) ? word.slice(0, -1) : word;
  const inflected = /^(.{3,}?)(?:ing|ed)$/.exec(base)?.[1];
  if (inflected && /[aeiouy]/.test(inflected)) base = inflected.replace(/([^aeiouylsz])\1$/, '$1');
  return base.length >= 5 && base.endsWith('e') ? base.slice(0, -1) : base;
}

/** A message's sentences: cut after ".", "?" or "!" and at line breaks. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.?!])\s+|\n+/);
}
