import type { OutOfScopeTopic } from './content-schema.ts';
import type { QueryAnalysis } from './analyze-query.ts';
import { bigrams } from './normalize.ts';
import { findCandidates, type EntryInfo, type EntryKind, type SearchIndex } from './search-index.ts';
import { hashTerm } from './term-sets.ts';

export type Decision = 'answer' | 'clarify' | 'handoff' | 'smalltalk';

export type Candidate = {
  id: string;
  kind: EntryKind;
  /** Combined, scale-free relevance in [0, 1]. */
  relevance: number;
  /** How much of the entry's name (or best alias) the question contains, IDF-weighted. */
  nameCoverage: number;
  /** How much of the question's content (syllables / bigrams) the entry contains, IDF-weighted. */
  queryCoverage: number;
  bigramCoverage: number;
  /** How many bigrams of the best-covered name the question contains: longer full matches are more specific. */
  nameMatched: number;
};

export type DecisionReason =
  | 'confident'
  | 'ambiguous'
  | 'unsure'
  | 'no-match'
  | 'out-of-scope'
  | 'wants-person'
  | 'personal-case'
  | 'smalltalk';

export type DecisionResult = {
  decision: Decision;
  reason: DecisionReason;
  /** For answer: the chosen entry first. For clarify: the choices. */
  candidates: Candidate[];
  score: number;
  oov: number;
  outOfScope: OutOfScopeTopic | null;
};

/**
 * Thresholds of the three-way decision, calibrated on labelled questions (test/questions and the
 * dev evaluation set). A wrong answer costs more than a hand-off, so answering needs both a high
 * relevance and a clear lead over the runner-up; "clarify" offers the close ones as choices.
 */
export const THRESHOLDS = {
  answer: 0.62,
  margin: 0.12,
  clarify: 0.42,
  /** Candidates within this share of the best are offered together when clarifying. */
  closeShare: 0.85,
  maxOov: 0.5,
  /** An out-of-scope phrase wins unless a procedure name is almost fully present. */
  outOfScopeOverride: 0.9,
};

const WEIGHTS = { name: 0.55, bigrams: 0.25, syllables: 0.2 };

export function decide(index: SearchIndex, query: QueryAnalysis, topics: Array<{ topic: OutOfScopeTopic; phrase: string }>): DecisionResult {
  const result = (decision: Decision, reason: DecisionReason, candidates: Candidate[] = [], oov = 0): DecisionResult => ({
    decision,
    reason,
    candidates,
    score: round(candidates[0]?.relevance ?? 0),
    oov: round(oov),
    outOfScope: reason === 'out-of-scope' ? ((topics.find(({ topic }) => topic.strict) ?? topics[0])?.topic ?? null) : null,
  });
  if (query.wantsPerson) return result('handoff', 'wants-person');
  if (query.personalCase) return result('handoff', 'personal-case');
  if (query.smalltalk) return result('smalltalk', 'smalltalk');

  const oov = query.syllables.length === 0 ? 0 : query.syllables.filter((syllable) => !index.df.has(syllable)).length / query.syllables.length;
  const terms = queryTermsOf(index, query);
  const hits = findCandidates(index, query, 20, query.documentQuery ? ['main', 'documents'] : ['main']);
  const ranked = hits
    .map((hit) => score(index, terms, hit.id))
    .filter((candidate): candidate is Candidate => candidate !== null)
    .sort((a, b) => b.relevance - a.relevance);
  const best = ranked[0];
  // An out-of-scope phrase that is part of the best procedure's own name is no evidence against it.
  const against = best ? topics.filter(({ phrase }) => !namesContain(index, best.id, phrase)) : topics;
  if (!best) return result('handoff', topics.length > 0 ? 'out-of-scope' : 'no-match', [], oov);
  const strict = against.some(({ topic }) => topic.strict);
  if (against.length > 0 && (strict || best.nameCoverage < THRESHOLDS.outOfScopeOverride)) {
    return result('handoff', 'out-of-scope', ranked.slice(0, 3), oov);
  }
  if (best.relevance < THRESHOLDS.clarify || oov > THRESHOLDS.maxOov) return result('handoff', 'no-match', ranked.slice(0, 3), oov);

  const close = ranked.filter((candidate) => candidate.relevance >= best.relevance * THRESHOLDS.closeShare).slice(0, 3);
  const runnerUp = ranked[1]?.relevance ?? 0;
  const margin = (best.relevance - runnerUp) / best.relevance;
  if (best.relevance >= THRESHOLDS.answer && margin >= THRESHOLDS.margin) return result('answer', 'confident', ranked.slice(0, 3), oov);
  const named = mostSpecificNamed(close);
  if (named && best.relevance >= THRESHOLDS.answer) {
    return result('answer', 'confident', [named, ...ranked.filter((candidate) => candidate !== named).slice(0, 2)], oov);
  }
  if (close.length > 1) return result('clarify', 'ambiguous', close, oov);
  return result('clarify', 'unsure', [best], oov);
}

type Weighted = { hash: number; weight: number };
type QueryTerms = { syllables: Set<string>; pairs: Set<string>; focus: Set<string>; content: Weighted[]; contentPairs: Weighted[] };

/** The question's terms, hashed and weighted once per question rather than once per candidate. */
function queryTermsOf(index: SearchIndex, query: QueryAnalysis): QueryTerms {
  const canonicalPairs = query.canonical.flatMap((phrase) => bigrams(phrase.split(' ')));
  const n = index.size;
  const idf = (term: string) => Math.log(1 + n / (1 + (index.df.get(term) ?? 0)));
  return {
    syllables: new Set(query.segments.flat()),
    pairs: new Set([...query.segments.flatMap((segment) => bigrams(segment)), ...canonicalPairs]),
    focus: new Set([...query.focusPairs, ...canonicalPairs]),
    content: query.syllables.map((syllable) => ({ hash: hashTerm(syllable), weight: idf(syllable) })),
    contentPairs: query.bigrams.map((pair) => ({ hash: hashTerm(pair), weight: pair.split('_').reduce((sum, part) => sum + idf(part), 0) })),
  };
}

function score(index: SearchIndex, terms: QueryTerms, id: string): Candidate | null {
  const entry = index.entries.get(id);
  if (!entry) return null;
  const names = nameTermsOf(entry);
  const { syllables: querySyllables, pairs: queryPairs, focus } = terms;
  // Every word of a name counts the same: the words that tell siblings apart ("cấp lại", "gia hạn")
  // are common across names, and IDF would discount exactly them.
  let nameCoverage = 0;
  let nameMatched = 0;
  for (const { syllables: name, pairs: pairsOfName } of names) {
    const inFocus = countIn(pairsOfName, focus);
    const anywhere = countIn(pairsOfName, queryPairs);
    const matched = name.length === 1 ? (querySyllables.has(name[0] ?? '') ? 1 : 0) : Math.max(inFocus, anywhere * CONTEXT_DISCOUNT);
    const coverage = matched / Math.max(1, pairsOfName.length);
    if (coverage > nameCoverage || (coverage === nameCoverage && matched > nameMatched)) {
      nameCoverage = coverage;
      nameMatched = matched;
    }
  }
  const queryCoverage = share(index, entry.position, terms.content);
  const bigramCoverage = share(index, entry.position, terms.contentPairs);
  // The question asks for an action (re-issue, renew, amend, transfer…) this procedure's names never mention.
  const missingAction = ACTIONS.some((action) => queryPairs.has(action) && !names.some(({ pairs }) => pairs.includes(action)));
  const relevance =
    (WEIGHTS.name * nameCoverage + WEIGHTS.bigrams * bigramCoverage + WEIGHTS.syllables * queryCoverage) * (missingAction ? ACTION_PENALTY : 1);
  return {
    id,
    kind: entry.kind,
    relevance: round(relevance),
    nameCoverage: round(nameCoverage),
    queryCoverage: round(queryCoverage),
    bigramCoverage: round(bigramCoverage),
    nameMatched,
  };
}

/**
 * Among close candidates, the one the question names in full when no other is named in full, or
 * whose full name is clearly longer than any other named in full ("thông báo tìm kiếm việc làm
 * hằng tháng" inside a question that also says "hưởng trợ cấp thất nghiệp").
 */
function mostSpecificNamed(close: Candidate[]): Candidate | null {
  const full = close.filter((candidate) => candidate.nameCoverage >= FULL_NAME).sort((a, b) => b.nameMatched - a.nameMatched);
  const [first, second] = full;
  if (!first) return null;
  if (!second) return close.every((candidate) => candidate === first || candidate.nameCoverage < FULL_NAME) ? first : null;
  return first.nameMatched >= second.nameMatched + 2 ? first : null;
}

const FULL_NAME = 0.99;
/** Actions that tell sibling procedures apart, as folded bigrams. */
const ACTIONS = ['cap_lai', 'gia_han', 'dieu_chinh', 'sua_doi', 'bo_sung', 'thu_hoi', 'cham_dut', 'chuyen_noi'];
const ACTION_PENALTY = 0.8;
/** A name found only in the context sentences of a long message, not in what it asks. */
const CONTEXT_DISCOUNT = 0.5;

/** The weighted share of the question's terms that the entry holds. */
function share(index: SearchIndex, position: number, items: Weighted[]): number {
  let total = 0;
  let matched = 0;
  for (const { hash, weight } of items) {
    total += weight;
    if (index.terms.has(position, hash)) matched += weight;
  }
  return total === 0 ? 0 : matched / total;
}

function countIn(items: string[], set: Set<string>): number {
  let count = 0;
  for (const item of items) if (set.has(item)) count++;
  return count;
}

type NameTerms = { syllables: string[]; pairs: string[] };

// Names of recently scored entries as syllables and bigrams. Bounded, so a national-scale index
// doesn't keep them for every entry; the real content (about a hundred entries) stays cached whole.
const NAME_CACHE_LIMIT = 5000;
const nameCache = new Map<EntryInfo, NameTerms[]>();

function nameTermsOf(entry: EntryInfo): NameTerms[] {
  let names = nameCache.get(entry);
  if (!names) {
    if (nameCache.size >= NAME_CACHE_LIMIT) nameCache.clear();
    names = entry.names.map((name) => {
      const syllables = name.split(' ');
      return { syllables, pairs: bigrams(syllables) };
    });
    nameCache.set(entry, names);
  }
  return names;
}

function namesContain(index: SearchIndex, id: string, phrase: string): boolean {
  const names = index.entries.get(id)?.names ?? [];
  return names.some((name) => ` ${name} `.includes(` ${phrase} `));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
