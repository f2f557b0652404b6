import MiniSearch, { type SearchResult } from 'minisearch';
import { FIELDS, prepareEntry, type IndexedFields } from './index-fields.ts';
import type { Lexicon } from './lexicon.ts';
import { foldWord } from './normalize.ts';
import { commonTermsOf, withoutCommon } from './common-terms.ts';
import { createTermSetsBuilder, termCountsOf, type TermCounts, type TermSets } from './term-sets.ts';

export type EntryKind = 'procedure' | 'document' | 'answer';

/** What the index needs to know of one procedure, legal document or published answer. */
export type IndexEntry = {
  id: string;
  kind: EntryKind;
  name: string;
  aliases: string[];
  /** English name, matched like a name when people ask in English. */
  enName?: string;
  en: string;
  body: string;
  /** Ways people ask for it (questions as written, any language): indexed as their own field. */
  examples?: string[];
};

/** Per-entry data kept beside the index for re-ranking. */
export type EntryInfo = {
  id: string;
  kind: EntryKind;
  /** Position in the term sets. */
  position: number;
  /** The name and each alias as folded syllables, space separated. */
  names: string[];
  /** Each example question as its folded content bigrams, space separated. */
  examples: string[];
  /** Each English name (and English alias) as its concepts, space separated. */
  englishNames: string[];
};

/**
 * Legal documents live in a shard of their own: at national scale they outnumber procedures
 * eight to one, and the bot looks at them only when a question names a document, so the common
 * question never walks their posting lists.
 */
export type Shard = 'main' | 'documents';

export type SearchIndex = {
  shards: Record<Shard, MiniSearch<IndexedFields>>;
  entries: Map<string, EntryInfo>;
  /** Every folded syllable and bigram of each entry, for coverage in the decision. */
  terms: TermSets;
  /** Document frequency of each folded syllable, for IDF weights in the decision. */
  df: Map<string, number>;
  /** How many entries hold each folded bigram and synonym keyword. */
  pairDf: TermCounts;
  size: number;
};

// Fields hold pre-tokenised text: tokenising is a split on spaces, terms are used as they are.
export const MINISEARCH_OPTIONS = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text: string) => (text === '' ? [] : text.split(' ')),
  processTerm: (term: string) => term,
};

export type BuildOptions = { onProgress?: (done: number, total: number) => void };

const PROGRESS_STEP = 2000;

export function shardOf(kind: EntryKind): Shard {
  return kind === 'document' ? 'documents' : 'main';
}

export function buildSearchIndex(
  entries: readonly IndexEntry[],
  lexicon: Lexicon,
  options: BuildOptions = {},
): SearchIndex {
  const shards = {
    main: new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS),
    documents: new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS),
  };
  const info = new Map<string, EntryInfo>();
  const df = new Map<string, number>();
  const pairDf = new Map<string, number>();
  const terms = createTermSetsBuilder();
  // Two passes: which terms are too common to search by is known only once every entry is read.
  const prepared = entries.map((entry, position) => {
    const { fields, syllables, pairs, keywords, names, examples, englishNames } = prepareEntry(entry, lexicon);
    const uniqueSyllables = new Set(syllables);
    const uniquePairs = new Set(pairs);
    for (const syllable of uniqueSyllables) df.set(syllable, (df.get(syllable) ?? 0) + 1);
    for (const pair of new Set([...uniquePairs, ...keywords])) pairDf.set(pair, (pairDf.get(pair) ?? 0) + 1);
    terms.add([...uniqueSyllables, ...uniquePairs]);
    info.set(entry.id, { id: entry.id, kind: entry.kind, position, names, examples, englishNames });
    // Reading the texts is most of the work (minisearch adds the prepared fields in a fifth of the time).
    if ((position + 1) % PROGRESS_STEP === 0 && position + 1 < entries.length)
      options.onProgress?.(position + 1, entries.length);
    return { shard: shardOf(entry.kind), fields };
  });
  const index = {
    shards,
    entries: info,
    terms: terms.finish(),
    df,
    pairDf: termCountsOf(pairDf),
    size: entries.length,
  };
  const common = commonTermsOf(index);
  const batches: Record<Shard, IndexedFields[]> = { main: [], documents: [] };
  prepared.forEach(({ shard, fields }, position) => {
    batches[shard].push(common ? withoutCommon(fields, common) : fields);
    if ((position + 1) % PROGRESS_STEP === 0 || position === prepared.length - 1) {
      shards.main.addAll(batches.main.splice(0));
      shards.documents.addAll(batches.documents.splice(0));
    }
  });
  options.onProgress?.(entries.length, entries.length);
  return index;
}

export type Hit = { id: string; kind: EntryKind; score: number };

export type CandidateQuery = { bigrams: string[]; syllables: string[]; accented: string[]; canonical: string[] };

/**
 * Candidates for a query from the shards asked for (all by default), best minisearch score first.
 * In each shard, cheapest first: every bigram required (AND); then any bigram (OR); then single
 * syllables only when the bigrams found too little.
 */
export function findCandidates(
  index: SearchIndex,
  query: CandidateQuery,
  limit = 20,
  shards: readonly Shard[] = ['main', 'documents'],
): Hit[] {
  const hits = shards.flatMap((shard) => searchShard(index, index.shards[shard], query, limit));
  return shards.length > 1 ? hits.sort((a, b) => b.score - a.score) : hits;
}

const TELLING_TERMS = 4;
const NAMED_TERMS = 3;

/** How many of the question's terms a result holds in its names. */
function namedBy(result: SearchResult): number {
  return Object.values(result.match).filter((fields) => fields.includes('name2')).length;
}

function searchShard(
  index: SearchIndex,
  search: MiniSearch<IndexedFields>,
  query: CandidateQuery,
  limit: number,
): Hit[] {
  if (search.documentCount === 0) return [];
  const found = new Map<string, Hit>();
  const take = (results: SearchResult[]) => {
    for (const result of results) {
      if (found.size >= limit) return;
      const id = String(result.id);
      const entry = index.entries.get(id);
      if (entry && !found.has(id)) found.set(id, { id, kind: entry.kind, score: result.score });
    }
  };
  const common = commonTermsOf(index);
  const kw = query.canonical.map((phrase) => phrase.replace(/ /g, '_'));
  // A bigram no entry holds can only make the AND pass fail; the rarest tell entries apart best.
  const bigramTerms = unique([...query.bigrams, ...kw])
    .map((term) => ({ term, df: index.pairDf.get(term) }))
    .filter(({ df }) => df > 0)
    .sort((a, b) => a.df - b.df)
    .map(({ term }) => term);
  const rare = common ? bigramTerms.filter(common.searchablePair) : bigramTerms;
  const inNames = common ? bigramTerms.filter((term) => !rare.includes(term) && common.searchableInNames(term)) : [];
  const anywhere = { fields: ['name2', 'body2', 'kw', 'ex2'], boost: { name2: 4, body2: 1.5, kw: 2, ex2: 3 } };
  const names = { fields: ['name2'], boost: { name2: 4 } };
  if (bigramTerms.length > 0) {
    const results = search.search({
      combineWith: 'OR',
      queries: [
        { queries: rare, ...anywhere },
        { queries: inNames, ...names },
      ],
    });
    // Entries holding every bigram that tells entries apart (a question made only of common ones:
    // every one of those) come first, as an AND would return them and with the same scores.
    const required = rare.length > 0 ? rare : inNames;
    if (required.length > 1)
      take(results.filter((result) => required.every((term) => result.queryTerms.includes(term))));
    // Then those holding one of the rarest few: entries found only by the question's more common
    // bigrams are weak candidates that blur the decision's margin (measured on test/questions).
    // The synonyms' concepts the question says tell as much, however common: a story's incidental
    // rare words ("lost his", "Nguyen Van") must not crowd out "tro_cap_that_nghiep".
    const telling = new Set([...rare.slice(0, TELLING_TERMS), ...inNames, ...kw.filter((term) => rare.includes(term))]);
    if (found.size < 5) take(results.filter((result) => result.queryTerms.some((term) => telling.has(term))));
    // And those whose names hold several of the question's bigrams, however common: a question
    // with incidental rare words ("đơn … dùng mẫu số mấy") still names its procedure.
    take(results.filter((result) => namedBy(result) >= NAMED_TERMS));
  }
  if (found.size < 5 && query.syllables.length > 0) {
    const syllables = common ? query.syllables.filter(common.searchableSyllable) : query.syllables;
    const accented = common
      ? query.accented.filter((word) => common.searchableSyllable(foldWord(word)))
      : query.accented;
    const queries: Array<{ queries: string[]; fields: string[]; boost?: Record<string, number> }> = [
      { queries: syllables, fields: ['name', 'body', 'en', 'ex'], boost: { name: 3, en: 2, ex: 2 } },
    ];
    if (accented.length > 0) queries.push({ queries: accented, fields: ['acc'], boost: { acc: 0.5 } });
    take(search.search({ combineWith: 'OR', queries }));
  }
  return [...found.values()];
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
