import { isVietnameseWord } from './detect-language.ts';
import type { Lexicon } from './lexicon.ts';
import { bigramsOfSegments, fold, foldWord, lower, segmentsOf, words } from './normalize.ts';
import type { IndexEntry } from './search-index.ts';
import { ENGLISH_STOP, isContentPair, isContentSyllable, STOP } from './stop-words.ts';

/** The pre-tokenised fields of one entry, as minisearch indexes them (terms separated by spaces). */
export type IndexedFields = {
  id: string;
  name: string;
  name2: string;
  acc: string;
  en: string;
  body: string;
  body2: string;
  kw: string;
  /** The ways people ask for it (examples): syllables, and bigrams with the synonyms' keywords. */
  ex: string;
  ex2: string;
};

export const FIELDS = ['name', 'name2', 'acc', 'en', 'body', 'body2', 'kw', 'ex', 'ex2'] as const;

/** An entry's fields, and every folded syllable and bigram it contains (for the decision's coverage checks). */
export type PreparedEntry = {
  fields: IndexedFields;
  syllables: string[];
  pairs: string[];
  keywords: string[];
  names: string[];
  /** Each example as its content bigrams (synonyms' bigrams included), space separated. */
  examples: string[];
  /** Each English name as its concepts (englishConcepts), space separated. */
  englishNames: string[];
};

export function prepareEntry(entry: IndexEntry, lexicon: Lexicon): PreparedEntry {
  const nameText = [entry.name, ...entry.aliases].map((text) => lexicon.expand(text));
  const nameSegments = nameText.flatMap((text) => segmentsOf(text));
  // The body is most of the text: folded once (segmentsOf of folded text skips the Unicode work).
  const bodyFolded = fold(lexicon.expand(entry.body));
  const bodySegments = segmentsOf(bodyFolded);
  const enFolded = fold(lexicon.expand(entry.en));
  const kw = lexicon
    .canonical(`${fold(nameText.join(' '))} ${bodyFolded} ${enFolded}`)
    .map((phrase) => phrase.replace(/ /g, '_'));
  const enSegments = segmentsOf(enFolded);
  // Only the terms a question can search by (see stop-words.ts); bigrams are formed before the
  // filtering, so none spans a dropped word.
  const nameSyllables = nameSegments.flat().filter(isContentSyllable);
  const namePairs = bigramsOfSegments(nameSegments).filter(isContentPair);
  const bodySyllables = bodySegments.flat().filter(isContentSyllable);
  const bodyPairs = bigramsOfSegments(bodySegments).filter(isContentPair);
  const enSyllables = enSegments.flat().filter(isContentSyllable);
  const enPairs = bigramsOfSegments(enSegments).filter(isContentPair);
  const examples = examplesOf(entry.examples ?? [], lexicon);
  const exampleSyllables = examples.flatMap(({ syllables }) => syllables);
  const examplePairs = examples.flatMap(({ pairs }) => pairs);
  const accented = nameText.flatMap((text) => words(lower(text))).filter((word) => !STOP.has(foldWord(word)));
  return {
    fields: {
      id: entry.id,
      name: nameSyllables.join(' '),
      name2: namePairs.join(' '),
      acc: accented.join(' '),
      en: [...enSyllables, ...enPairs].join(' '),
      body: bodySyllables.join(' '),
      body2: [...bodyPairs, ...enPairs].join(' '),
      kw: kw.join(' '),
      ex: exampleSyllables.join(' '),
      ex2: examplePairs.join(' '),
    },
    // The examples' words count in the coverage checks: they are how people ask for the entry.
    syllables: [...nameSyllables, ...bodySyllables, ...enSyllables, ...kw, ...exampleSyllables],
    pairs: [...namePairs, ...bodyPairs, ...enPairs, ...examplePairs],
    keywords: kw,
    names: namesOf(entry, lexicon).map((name) => name.join(' ')),
    examples: examples.map(({ pairs }) => pairs.join(' ')).filter((pairs) => pairs !== ''),
    englishNames: englishNamesOf(entry).flatMap((name) => {
      const terms = englishNameTerms(name, lexicon);
      return terms.length > 0 ? [terms.join(' ')] : [];
    }),
  };
}

/** The entry's English name and its aliases written wholly in English ("xin work permit" is not). */
function englishNamesOf(entry: IndexEntry): string[] {
  const english = (text: string) =>
    /^[\x20-\x7e]+$/.test(text) && words(lower(text)).every((word) => !isVietnameseWord(word) && !/^\d+$/.test(word));
  return [...(entry.enName ? [entry.enName] : []), ...entry.aliases.filter(english)];
}

/**
 * What an English text (a parenthesis left out: it spells out or narrows) says, as the lexicon's concepts (a synonym group's canonical phrase, or a
 * word outside every group), English function words and the words every name has left out:
 * "Issuing a liquor retail licence" is "ruou ban_le giay_phep", as "a retail licence for wine" is.
 */
export function englishConcepts(text: string, lexicon: Lexicon): string[] {
  const concepts = lexicon
    .concepts(fold(lexicon.expand(text.replace(/\([^)]*\)/g, ' | '))))
    .filter((concept) => !ENGLISH_STOP.has(concept) && isContentSyllable(concept));
  // "giay_phep" is said by "giay_phep_lao_dong": a part of a concept is no concept of its own.
  return concepts.filter(
    (concept) => !concepts.some((other) => other !== concept && `_${other}_`.includes(`_${concept}_`)),
  );
}

/**
 * An English name as the decision weighs it: its concepts, a word outside every synonym group
 * marked "-" (it counts against the name when unsaid, never for it when said: "company" or
 * "claim" alone name no procedure). A name with fewer than two synonym groups names too little
 * to be matched in English at all ("set up" alone): none.
 */
export function englishNameTerms(name: string, lexicon: Lexicon): string[] {
  const concepts = englishConcepts(name, lexicon);
  if (concepts.filter((concept) => lexicon.isGroup(concept)).length < MIN_ENGLISH_GROUPS) return [];
  return concepts.map((concept) => (lexicon.isGroup(concept) ? concept : `-${concept}`));
}

const MIN_ENGLISH_GROUPS = 2;

/**
 * The examples read as a question is (abbreviations spelled out, accents folded, synonyms'
 * canonical phrases added), so a question said the way an example says it meets it term for term.
 */
function examplesOf(examples: string[], lexicon: Lexicon): Array<{ syllables: string[]; pairs: string[] }> {
  return examples.map((example) => {
    const folded = fold(lexicon.expand(example));
    const segments = segmentsOf(folded);
    const canonical = lexicon.canonical(folded).map((phrase) => phrase.split(' '));
    return {
      syllables: [...new Set(segments.flat().filter(isContentSyllable))],
      pairs: [...new Set([...bigramsOfSegments(segments), ...bigramsOfSegments(canonical)].filter(isContentPair))],
    };
  });
}

// People drop the administrative verb a procedure's name starts with ("giải quyết hưởng trợ cấp
// thất nghiệp" → "hưởng trợ cấp thất nghiệp"); "cấp lại", "cấp đổi" … keep theirs: they tell siblings apart.
function withoutGenericVerb(name: string[]): string[][] {
  const [first, second] = name;
  if (first === 'giai' && second === 'quyet' && name.length > 4) return [name.slice(2)];
  if (first === 'cap' && second === 'giay' && name.length > 4) return [name.slice(1)];
  return [];
}

/**
 * Each name, alias and English name as folded syllables. The official name is what stands outside
 * its parentheses, read as one ("Cấp Giấy phép kinh doanh (…) cho tổ chức kinh tế có vốn đầu tư
 * nước ngoài" is not "cấp giấy phép kinh doanh"); a parenthesis long enough to name the procedure
 * by itself is a variant of its own ("… khi có việc làm (bảo lưu thời gian chưa hưởng)").
 */
function namesOf(entry: IndexEntry, lexicon: Lexicon): string[][] {
  const parts = (text: string) =>
    lexicon
      .expand(text)
      .split(/[()]/)
      .map((part) => segmentsOf(part).flat());
  const pieces = parts(entry.name);
  const official = [
    pieces.filter((_, position) => position % 2 === 0).flat(),
    ...pieces.filter((part, position) => position % 2 === 1 && part.length >= 3),
  ].filter((part) => part.length > 0);
  // In aliases a parenthesis only spells out an abbreviation: the alias is what stands outside it.
  const aliases = [...entry.aliases, ...(entry.enName ? [entry.enName] : [])]
    .map((text) =>
      parts(text)
        .filter((_, position) => position % 2 === 0)
        .flat(),
    )
    .filter((alias) => alias.length > 0);
  return [...official, ...official.flatMap(withoutGenericVerb), ...aliases];
}
