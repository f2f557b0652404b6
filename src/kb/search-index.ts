import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import type { Lexicon } from './lexicon.ts';
import { bigramsOfSegments, fold, lower, segmentsOf, words } from './normalize.ts';

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
};

/** Per-entry data kept beside the index for re-ranking: folded names, and the folded text. */
export type EntryTerms = {
  id: string;
  kind: EntryKind;
  /** The name and each alias as folded syllables. */
  names: string[][];
  /** Every folded syllable and synonym token of the entry, space separated (split lazily when re-ranking). */
  text: string;
  /** Every folded syllable bigram of the entry, space separated. */
  pairs: string;
};

type IndexedFields = { id: string; name: string; name2: string; acc: string; en: string; body: string; body2: string; kw: string };

const FIELDS = ['name', 'name2', 'acc', 'en', 'body', 'body2', 'kw'] as const;

// Fields hold pre-tokenised text: tokenising is a split on spaces, terms are used as they are.
const MINISEARCH_OPTIONS = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize: (text: string) => (text === '' ? [] : text.split(' ')),
  processTerm: (term: string) => term,
};

export type SearchIndex = {
  search: MiniSearch<IndexedFields>;
  entries: Map<string, EntryTerms>;
  /** Document frequency of each folded syllable, for IDF weights in the decision. */
  df: Map<string, number>;
  size: number;
};

export type BuildOptions = { onProgress?: (done: number, total: number) => void };

export function buildSearchIndex(entries: readonly IndexEntry[], lexicon: Lexicon, options: BuildOptions = {}): SearchIndex {
  const search = new MiniSearch<IndexedFields>(MINISEARCH_OPTIONS);
  const terms = new Map<string, EntryTerms>();
  const df = new Map<string, number>();
  const batch: IndexedFields[] = [];
  entries.forEach((entry, position) => {
    const fields = fieldsOf(entry, lexicon);
    batch.push(fields);
    const text = `${fields.name} ${fields.body} ${fields.en} ${fields.kw}`;
    for (const syllable of new Set(text.split(' '))) {
      if (syllable !== '') df.set(syllable, (df.get(syllable) ?? 0) + 1);
    }
    const pairs = `${fields.name2} ${fields.body2}`;
    terms.set(entry.id, { id: entry.id, kind: entry.kind, names: namesOf(entry, lexicon), text, pairs });
    if (batch.length === 2000 || position === entries.length - 1) {
      search.addAll(batch.splice(0));
      options.onProgress?.(position + 1, entries.length);
    }
  });
  return { search, entries: terms, df, size: entries.length };
}

/** Serialised form: the minisearch index plus the re-ranking data, to skip rebuilding at start-up. */
export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify({
    search: index.search.toJSON(),
    entries: [...index.entries.values()],
    df: [...index.df.entries()],
  });
}

export function loadSearchIndex(json: string): SearchIndex {
  const parsed: { search: AsPlainObject; entries: EntryTerms[]; df: Array<[string, number]> } = JSON.parse(json);
  const search = MiniSearch.loadJS<IndexedFields>(parsed.search, MINISEARCH_OPTIONS);
  return {
    search,
    entries: new Map(parsed.entries.map((entry) => [entry.id, entry])),
    df: new Map(parsed.df),
    size: parsed.entries.length,
  };
}

export type Hit = { id: string; kind: EntryKind; score: number };

/**
 * Candidates for a query, cheapest first: every bigram required (AND); then any bigram (OR);
 * then single syllables only when the bigrams found too little. Common syllables have huge
 * posting lists, so the syllable pass is the expensive one and runs last.
 */
export function findCandidates(
  index: SearchIndex,
  query: { bigrams: string[]; syllables: string[]; accented: string[]; canonical: string[] },
  limit = 20,
): Hit[] {
  const found = new Map<string, Hit>();
  const take = (results: SearchResult[]) => {
    for (const result of results) {
      if (found.size >= limit) return;
      if (found.has(String(result.id))) continue;
      const entry = index.entries.get(String(result.id));
      if (entry) found.set(entry.id, { id: entry.id, kind: entry.kind, score: result.score });
    }
  };
  const kw = query.canonical.map((phrase) => phrase.replace(/ /g, '_'));
  const bigramTerms = [...query.bigrams, ...kw];
  const bigramBoost = { name2: 4, body2: 1.5, kw: 2 };
  if (bigramTerms.length > 1) {
    take(index.search.search({ combineWith: 'AND', queries: bigramTerms }, { fields: ['name2', 'body2', 'kw'], boost: bigramBoost }));
  }
  if (found.size < 5 && bigramTerms.length > 0) {
    take(index.search.search({ combineWith: 'OR', queries: bigramTerms }, { fields: ['name2', 'body2', 'kw'], boost: bigramBoost }));
  }
  if (found.size < 5 && query.syllables.length > 0) {
    const queries: Array<{ queries: string[]; fields: string[]; boost?: Record<string, number> }> = [
      { queries: query.syllables, fields: ['name', 'body', 'en'], boost: { name: 3, en: 2 } },
    ];
    if (query.accented.length > 0) queries.push({ queries: query.accented, fields: ['acc'], boost: { acc: 0.5 } });
    take(index.search.search({ combineWith: 'OR', queries }));
  }
  return [...found.values()];
}

function fieldsOf(entry: IndexEntry, lexicon: Lexicon): IndexedFields {
  const nameText = [entry.name, ...entry.aliases].map((text) => lexicon.expand(text));
  const nameSegments = nameText.flatMap((text) => segmentsOf(text));
  const bodyText = lexicon.expand(entry.body);
  const bodySegments = segmentsOf(bodyText);
  const folded = fold(`${nameText.join(' ')} ${bodyText} ${entry.en}`);
  const kw = lexicon.canonical(folded).map((phrase) => phrase.replace(/ /g, '_'));
  const enSegments = segmentsOf(entry.en);
  return {
    id: entry.id,
    name: nameSegments.flat().join(' '),
    name2: bigramsOfSegments(nameSegments).join(' '),
    acc: nameText.flatMap((text) => words(lower(text))).join(' '),
    en: [...enSegments.flat(), ...bigramsOfSegments(enSegments)].join(' '),
    body: bodySegments.flat().join(' '),
    body2: [...bigramsOfSegments(bodySegments), ...bigramsOfSegments(enSegments)].join(' '),
    kw: kw.join(' '),
  };
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
 * Each name, alias and English name as folded syllables. A parenthesis inside a name starts a
 * variant of its own ("… khi có việc làm (bảo lưu thời gian chưa hưởng)"), when it is long
 * enough to name the procedure by itself.
 */
function namesOf(entry: IndexEntry, lexicon: Lexicon): string[][] {
  const parts = (text: string) => lexicon.expand(text).split(/[()]/).map((part) => segmentsOf(part).flat());
  const official = parts(entry.name).filter((part, position) => part.length > 0 && (position === 0 || part.length >= 3));
  // In aliases a parenthesis only spells out an abbreviation: the alias is what stands outside it.
  const aliases = [...entry.aliases, ...(entry.enName ? [entry.enName] : [])]
    .map((text) => parts(text).filter((_, position) => position % 2 === 0).flat())
    .filter((alias) => alias.length > 0);
  return [...official, ...official.flatMap(withoutGenericVerb), ...aliases];
}
