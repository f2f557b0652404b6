import type { IndexedFields } from './index-fields.ts';
import { foldWord } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * Terms too common to search by. At national scale a syllable like "giấy" or a bigram like
 * "giấy phép" is in thousands of entries: its posting lists are the longest to store, to load and
 * to walk at every question, and its IDF is near zero, so it changes the ranking the least. Such
 * terms still count in the decision's coverage (term sets), and common bigrams are still searched
 * in names, where they say what a procedure is. Small indexes keep every term: there a posting
 * list is cheap, and the real content stays searched exactly as written.
 */
export type CommonTerms = {
  /** Whether a folded syllable is searched by. */
  searchableSyllable(syllable: string): boolean;
  /** Whether a folded bigram, or a synonym keyword, is searched in bodies and keywords. */
  searchablePair(pair: string): boolean;
  /** Whether a folded bigram is searched in names: all but those in nearly every name ("nghị định" in every decree's title). */
  searchableInNames(pair: string): boolean;
};

/** An index needs at least this many entries before any term counts as common. */
const MIN_ENTRIES = 1000;
/** Share of the entries above which a syllable, and a bigram, is common. */
const SYLLABLE_SHARE = 0.05;
const PAIR_SHARE = 0.05;
const NAME_PAIR_SHARE = 0.2;

export function commonTermsOf(index: Pick<SearchIndex, 'size' | 'df' | 'pairDf'>): CommonTerms | null {
  const syllableLimit = commonLimit(index.size, SYLLABLE_SHARE);
  const pairLimit = commonLimit(index.size, PAIR_SHARE);
  const namePairLimit = commonLimit(index.size, NAME_PAIR_SHARE);
  if (syllableLimit === null || pairLimit === null || namePairLimit === null) return null;
  return {
    searchableSyllable: (syllable) => (index.df.get(syllable) ?? 0) <= syllableLimit,
    searchablePair: (pair) => index.pairDf.get(pair) <= pairLimit,
    searchableInNames: (pair) => index.pairDf.get(pair) <= namePairLimit,
  };
}

/** The fields of one entry without the terms nobody searches them by. */
export function withoutCommon(fields: IndexedFields, common: CommonTerms): IndexedFields {
  const keep = (text: string, searchable: (term: string) => boolean) =>
    text === '' ? text : text.split(' ').filter(searchable).join(' ');
  const syllable = (term: string) => term.includes('_') || common.searchableSyllable(term);
  return {
    ...fields,
    name: keep(fields.name, syllable),
    acc: keep(fields.acc, (word) => common.searchableSyllable(foldWord(word))),
    name2: keep(fields.name2, common.searchableInNames),
    en: keep(fields.en, syllable),
    body: keep(fields.body, syllable),
    body2: keep(fields.body2, common.searchablePair),
    kw: keep(fields.kw, common.searchablePair),
    ex: keep(fields.ex, syllable),
    ex2: keep(fields.ex2, common.searchablePair),
  };
}

function commonLimit(size: number, share: number): number | null {
  const limit = Math.max(MIN_ENTRIES, size * share);
  return size > limit ? limit : null;
}
