import type { QueryAnalysis } from './analyze-query.ts';
import { bigrams, lower } from './normalize.ts';
import type { EntryInfo, EntryKind, SearchIndex } from './search-index.ts';
import { askedPairsOf, matchExamples, pairWeight, type AskedPairs } from './match-examples.ts';
import { isContentPair, isContentSyllable } from './stop-words.ts';
import { hashTerm } from './term-sets.ts';
import { detectLanguage } from './detect-language.ts';

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
  /** The question's bigrams that the best-covered name holds. */
  namedPairs: string[];
  /**
   * The name the question matches best is a variant (re-issue, amend, renew…) the question never
   * asks for: "trạm chiết nạp LPG vào chai" against "cấp lại giấy chứng nhận … trạm nạp LPG vào chai".
   */
  unaskedVariant: boolean;
  /** A variant (amend, re-issue…) whose action the question asks for, in what it asks. */
  askedVariant: boolean;
  /**
   * Words of its names that tell it from its siblings ("rượu", "bán lẻ") where the question says
   * none of their kind, as `<set>:<term>`: "giấy phép bán lẻ" fits wine, tobacco and fuel alike.
   */
  unsaid: Unsaid[];
  /**
   * How closely the question says one of the entry's example questions: the IDF-weighted share of
   * the best example's bigrams the question holds, times the share of the question's it covers
   * (harmonic mean), so a long letter that shares a few words with an example is no match.
   */
  exampleMatch: number;
  /** Telling words of its most fully said name that the question does not say (0: every one is said, in any order). */
  nameUnsaid: number;
  /** Words of its names that tell it from its siblings (CONTRASTS) which the question says too. */
  contrastsSaid: string[];
  /** The question says a word that excludes it (wholesale against retail) or an action its names lack. */
  contradicted: boolean;
  /** For an English question, how closely it says one of the entry's examples word for word, in any order (0 otherwise). */
  englishFit: number;
  /** For an English question, how much of the entry's best English name it says, concept by concept, in any order (0 otherwise). */
  englishNameCoverage: number;
  /** For an English question, the concepts of the entry's English names that it says. */
  englishSaid: string[];
};

/** A word of the entry's names from one set of contrasting words (CONTRASTS), by the set's position. */
export type Unsaid = { set: number; term: string };

type Weighted = { hash: number; weight: number };
export type QueryTerms = {
  syllables: Set<string>;
  pairs: Set<string>;
  /** The actions (ACTIONS) the question asks for: their bigrams, but not where folding made them of other words. */
  actions: Set<string>;
  /**
   * … those said in the sentences that ask, in their own words: a synonym said anywhere counts as
   * asked for the names (a question often points back at it), but an action told of another
   * licence ("our company also has to renew the work permit … soon. … What conditions … ABTC?") is
   * not what is asked.
   */
  focusActions: Set<string>;
  /** Each bigram of the question: ANYWHERE, IN_FOCUS (in what it asks) or both; one look-up per name bigram. */
  asked: Map<string, number>;
  /** The question's content bigrams (synonyms' included) with their IDF weights. */
  askedPairs: AskedPairs;
  idf: (term: string) => number;
  content: Weighted[];
  contentPairs: Weighted[];
  /** What the question asks (not its context) says to change, amend or extend something. */
  asksToChange: boolean;
  /** What it says only as what the person is not or does not do, or as a partner's trade (QueryAnalysis.negated). */
  negated: Set<string>;
  /** What it says only as what the person wonders whether they need (QueryAnalysis.wondered). */
  wondered: Set<string>;
  /** Bigrams of what the person already receives, has or has done. */
  situation: Set<string>;
  /** The syllables of what the question asks (its focus), not of the situation around it. */
  focusSyllables: Set<string>;
  /** The question is in English: its own content words (base forms) meet the examples in any order. */
  english: boolean;
  englishWords: Set<string>;
  /** The question's concepts (Lexicon.concepts) and words, and those of the sentences that ask. */
  concepts: Set<string>;
  focusConcepts: Set<string>;
  /**
   * Contrasting words a story says only outside the sentences that ask ("Since then we've hired
   * several engineers …. What must we prepare to extend the licence?"): no contrast with what is asked.
   */
  toldAside: Set<string>;
  /** The question's concepts that are parts of larger ones it says ("giay_phep_lao_dong" of "khong_thuoc_dien_cap_giay_phep_lao_dong"), with those. */
  largerConcepts: Map<string, string[]>;
};

const ANYWHERE = 1;
const IN_FOCUS = 2;

/**
 * How well one entry fits the question, in [0, 1] and scale-free: how much of its name the
 * question says (in what it asks more than in the situation around it), and how much of the
 * question's words and bigrams the entry holds, IDF-weighted.
 */
export function scoreCandidate(index: SearchIndex, terms: QueryTerms, id: string): Candidate | null {
  const entry = index.entries.get(id);
  if (!entry) return null;
  const names = nameTermsOf(entry);
  const { syllables: querySyllables, asked } = terms;
  // Every word of a name counts the same: the words that tell siblings apart ("cấp lại", "gia hạn")
  // are common across names, and IDF would discount exactly them.
  let nameCoverage = 0;
  let nameMatched = 0;
  let bestName: NameTerms | undefined;
  // The kinds of paper said in what is asked (a licence, a confirmation, a certificate).
  const focused = (pair: string) => ((asked.get(pair) ?? 0) & IN_FOCUS) !== 0;
  const papersAsked = new Set([...PAPERS].filter(([pair]) => focused(pair)).map(([, kind]) => kind));
  for (const named of names) {
    const { syllables: name, pairs: pairsOfName, audience } = named;
    let inFocus = 0;
    let anywhere = 0;
    for (const pair of pairsOfName) {
      const where = asked.get(pair);
      if (where === undefined) continue;
      if (where & ANYWHERE) anywhere++;
      // Whom the name is for, said as the person's situation, is said where it belongs.
      if (where & IN_FOCUS || (audience.has(pair) && terms.situation.has(pair))) inFocus++;
    }
    // A name whose action the question asks for ("… nay muốn bổ sung", "làm thất lạc"): what it is
    // done to is often said only in the situation ("đã có giấy phép bán buôn thuốc lá"), in full.
    // The action asked in what is asked, not only told in the situation ("e đã nộp hồ sơ gia hạn giấy
    // phép lao động qua mạng rồi, … trung tâm làm việc từ mấy giờ").
    // Not when what is asked names another kind of paper than the name's and not its own ("giấy phép
    // của ông giám đốc … gia hạn" next to a "giấy xác nhận" told of someone else).
    const paper = pairsOfName.map((pair) => PAPERS.get(pair)).find((kind) => kind !== undefined);
    const otherPaperAsked = paper !== undefined && !papersAsked.has(paper) && papersAsked.size > 0;
    const actedOn =
      !otherPaperAsked &&
      pairsOfName.some(
        (pair) =>
          ACTIONS.includes(pair) &&
          pair !== 'cap_lai' &&
          asksFor(pair, terms) &&
          (focused(pair) || (AMEND_ACTIONS.has(pair) && terms.asksToChange)),
      );
    const matched =
      name.length === 1
        ? querySyllables.has(name[0] ?? '')
          ? 1
          : 0
        : Math.max(inFocus, anywhere * (actedOn ? 1 : CONTEXT_DISCOUNT));
    const coverage = matched / Math.max(1, pairsOfName.length);
    if (coverage > nameCoverage || (coverage === nameCoverage && matched > nameMatched) || !bestName) {
      nameCoverage = coverage;
      nameMatched = matched;
      bestName = named;
    }
  }
  // How many telling words of its most fully said name the question does not say (in any order):
  // a name said only in the situation ("đang hưởng trợ cấp thất nghiệp …") is not said.
  let nameUnsaid = Infinity;
  for (const { tellingWords } of names) {
    let unsaid = 0;
    let inFocus = 0;
    for (const word of tellingWords) {
      if (terms.focusSyllables.has(word)) inFocus++;
      else if (!querySyllables.has(word)) unsaid++;
    }
    // A name may say whom it is for ("… cho người đang hưởng trợ cấp thất nghiệp"), which the
    // person says as their situation; but at least half of it must be in what they ask.
    nameUnsaid = Math.min(nameUnsaid, 2 * inFocus >= tellingWords.length ? unsaid : tellingWords.length - inFocus);
  }
  const queryCoverage = share(index, entry.position, terms.content);
  const bigramCoverage = share(index, entry.position, terms.contentPairs);
  // The question asks for an action (re-issue, renew, amend, transfer…) this procedure's names never
  // mention: in what it asks, not in the story around it ("hợp đồng của em chấm dứt từ ngày 15/3",
  // "nghe nói không báo thì bị thu hồi tiền").
  const namedActions = ACTIONS.filter((action) => names.some(({ pairs }) => pairs.includes(action)));
  const missingAction =
    ACTIONS.some(
      (action) =>
        terms.actions.has(action) &&
        ((terms.asked.get(action) ?? 0) & IN_FOCUS) !== 0 &&
        // (A re-issue is what a loss told anywhere asks for: "lost her wallet with her work permit inside".)
        (terms.focusActions.has(action) || action === 'cap_lai') &&
        !namedActions.includes(action) &&
        // Amending in other words ("update" reads "sửa đổi, bổ sung") is what a name's "điều chỉnh" does.
        !(AMEND_ACTIONS.has(action) && namedActions.some((named) => AMEND_ACTIONS.has(named))) &&
        // Making what was filed run longer ("đã thông báo rồi, giờ muốn kéo dài thêm 1 tuần") amends it.
        !(action === 'gia_han' && terms.asksToChange && namedActions.some((named) => AMEND_ACTIONS.has(named))),
    ) ||
    // Changing something already granted ("giờ muốn đổi quà tặng") is not asking for it anew,
    // unless changing it is in its name ("báo cáo … thay đổi nhu cầu sử dụng người lao động nước ngoài").
    (namedActions.length === 0 && terms.asksToChange && !names.some(({ pairs }) => pairs.includes('thay_doi')));
  const { contradicted, unsaid, said: contrastsSaid } = contrastsOf(terms, names);
  const exampleMatch = matchExamples(entry, terms.askedPairs, terms.idf);
  // Its name is what the person already receives or has done ("đang hưởng trợ cấp thất nghiệp"
  // is no claim for it), or what they say they need not or do not do ("said we don't need a full
  // liquor retail licence"): said only there, it is not their question. (Only in English: "ko làm
  // được hồ sơ thất nghiệp" is what the person cannot get done, and asks about.)
  const namedPairsOfBest = bestName ? bestName.pairs.filter((pair) => asked.has(pair)) : [];
  const situational =
    namedPairsOfBest.length >= 2 &&
    namedPairsOfBest.every((pair) => terms.situation.has(pair) || (terms.english && terms.negated.has(pair)));
  // An English question meets the entry's English examples word for word in any order: English
  // reaches the Vietnamese names one synonym at a time, so their bigrams rarely match whole.
  const englishFit = terms.english ? exampleWordFit(entry, terms) : 0;
  const { coverage: englishNameCoverage, said: englishSaid } = terms.english
    ? englishNameCoverageOf(index, entry, terms)
    : { coverage: 0, said: [] };
  nameCoverage = Math.max(nameCoverage, englishNameCoverage);
  const relevance =
    (WEIGHTS.name * nameCoverage + WEIGHTS.bigrams * bigramCoverage + WEIGHTS.syllables * queryCoverage) *
    (situational ? SITUATION_PENALTY : 1) *
    (missingAction ? ACTION_PENALTY : 1) *
    (contradicted ? CONTRAST_PENALTY : 1);
  // A variant only when the procedure itself is one: an alias that says an action ("chuyển nơi nhận
  // trợ cấp người có công") does not make a variant of a procedure whose own name says none
  // ("di chuyển hồ sơ … khi thay đổi nơi thường trú"), which has no plain sibling to be told from.
  const officialActions = ACTIONS.filter((action) => names[0]?.pairs.includes(action));
  const variantActions = officialActions.length > 0 ? ACTIONS.filter((action) => bestName?.pairs.includes(action)) : [];
  // A licence that has expired is re-issued where the card says so ("giấy phép bán lẻ rượu hết
  // hạn", an alias of its re-issue): its expiry asks for that re-issue.
  const expiryReissues = terms.asked.has(EXPIRED) && names.some(({ pairs }) => pairs.includes(EXPIRED));
  const actionAsked = namedActions.some((action) => asksFor(action, terms) || (action === 'cap_lai' && expiryReissues));
  return {
    id,
    kind: entry.kind,
    relevance: round(relevance),
    // Asking for any action its names say is asking for it: a re-issue asked of the entry whose
    // best-said alias is its renewal ("gia hạn giấy phép sản xuất rượu thủ công").
    unaskedVariant: variantActions.length > 0 && !actionAsked,
    askedVariant: variantActions.length > 0 && actionAsked,
    unsaid,
    contrastsSaid,
    nameCoverage: round(nameCoverage),
    queryCoverage: round(queryCoverage),
    bigramCoverage: round(bigramCoverage),
    nameMatched,
    namedPairs: namedPairsOfBest,
    exampleMatch: round(exampleMatch),
    nameUnsaid,
    contradicted: contradicted || missingAction,
    englishFit: round(englishFit),
    englishNameCoverage: round(englishNameCoverage),
    englishSaid,
  };
}

/**
 * For an English question: the largest share of one of the entry's English names' concepts that
 * it says, in any order ("a retail licence for wine" says all of "Issuing a liquor retail
 * licence"), each concept weighted by how few English names say it ("lucky draw" tells more than
 * "notify"). Concepts said only outside the sentences that ask count half, as names do; one said
 * only as a part of a larger one the name lacks is not said ("exempt from a work permit" does not
 * ask for a work permit).
 */
export function englishNameCoverageOf(
  index: SearchIndex,
  entry: EntryInfo,
  terms: QueryTerms,
): { coverage: number; said: string[] } {
  const idf = englishIdfOf(index);
  let best = 0;
  const said = new Set<string>();
  for (const name of entry.englishNames) {
    const concepts = name.split(' ');
    // A variant (re-issue, extend, amend) the question does not ask for gets no lift from its
    // English name: its Vietnamese names, which say it in full, decide. A name that lists several
    // ("Reissuing or extending …") is asked for by any one of them, the others not missed.
    const actions = concepts.filter(isAction);
    const asked = actions.filter((concept) => asksForConcept(concept, terms));
    if (actions.length > 0 && asked.length === 0) continue;
    let total = 0;
    let inFocus = 0;
    let anywhere = 0;
    for (const concept of concepts) {
      if (actions.includes(concept) && !asked.includes(concept)) continue;
      const weight = idf(concept);
      total += weight;
      const larger = terms.largerConcepts.get(concept);
      if (larger && !larger.some((other) => concepts.includes(other))) continue;
      if (terms.focusConcepts.has(concept)) inFocus += weight;
      if (terms.concepts.has(concept)) {
        anywhere += weight;
        said.add(concept);
      }
    }
    if (total > 0) best = Math.max(best, Math.max(inFocus, anywhere * CONTEXT_DISCOUNT) / total);
  }
  return { coverage: best, said: [...said] };
}

/** A concept ("cap_lai", "sua_doi_bo_sung") holding one of the ACTIONS. */
function isAction(concept: string): boolean {
  return bigrams(concept.split('_')).some((pair) => ACTIONS.includes(pair));
}

/** Whether the question asks for an action concept: says it, or (amending) asks to change or extend something. */
function asksForConcept(concept: string, terms: QueryTerms): boolean {
  if (terms.concepts.has(concept)) return true;
  return bigrams(concept.split('_')).some((pair) => ACTIONS.includes(pair) && asksFor(pair, terms));
}

function largerConceptsOf(concepts: readonly string[]): Map<string, string[]> {
  const larger = new Map<string, string[]>();
  for (const concept of concepts) {
    const containing = concepts.filter((other) => other !== concept && `_${other}_`.includes(`_${concept}_`));
    if (containing.length > 0) larger.set(concept, containing);
  }
  return larger;
}

// How many entries' English names say each concept, per index, counted on first use.
const englishDf = new WeakMap<SearchIndex, (concept: string) => number>();

function englishIdfOf(index: SearchIndex): (concept: string) => number {
  let idf = englishDf.get(index);
  if (!idf) {
    const df = new Map<string, number>();
    let named = 0;
    for (const entry of index.entries.values()) {
      if (entry.englishNames.length === 0) continue;
      named++;
      for (const concept of new Set(entry.englishNames.flatMap((name) => name.split(' '))))
        df.set(concept, (df.get(concept) ?? 0) + 1);
    }
    idf = (concept) => Math.log(1 + named / (df.get(concept) ?? 1));
    englishDf.set(index, idf);
  }
  return idf;
}

/**
 * For an English question: the harmonic mean of the IDF-weighted share of an example's words the
 * question says and of the question's words the example says, for the best example, in any order.
 */
export function exampleWordFit(entry: EntryInfo, terms: QueryTerms): number {
  const asked = terms.englishWords;
  let total = 0;
  for (const word of asked) total += terms.idf(word);
  if (total === 0) return 0;
  let best = 0;
  for (const example of entry.examples) {
    const said = new Set(
      example
        .split(' ')
        .flatMap((pair) => pair.split('_'))
        .filter(isContentSyllable),
    );
    let own = 0;
    let shared = 0;
    for (const word of said) {
      const weight = terms.idf(word);
      own += weight;
      if (asked.has(word)) shared += weight;
    }
    if (shared === 0) continue;
    const precision = shared / own;
    const recall = shared / total;
    best = Math.max(best, (2 * precision * recall) / (precision + recall));
  }
  return best;
}

/** Words of a name that say which procedure it is: not function words, nor the administrative verbs every name has. */
function telling(word: string): boolean {
  return isContentSyllable(word) && !GENERIC_NAME_WORDS.has(word);
}
const GENERIC_NAME_WORDS = new Set(['cap', 'giai', 'quyet', 'thu', 'tuc', 'thuc', 'hien']);

/** The question's terms, hashed and weighted once per question rather than once per candidate. */
export function queryTermsOf(index: SearchIndex, query: QueryAnalysis): QueryTerms {
  const canonicalPairs = query.canonical.flatMap((phrase) => bigrams(phrase.split(' ')));
  const n = index.size;
  const idf = (term: string) => Math.log(1 + n / (1 + (index.df.get(term) ?? 0)));
  const pairs = new Set([...query.segments.flatMap((segment) => bigrams(segment)), ...canonicalPairs]);
  const asked = new Map<string, number>();
  for (const pair of pairs) asked.set(pair, ANYWHERE);
  for (const pair of query.focusPairs) asked.set(pair, (asked.get(pair) ?? 0) | IN_FOCUS);
  // Asked to change something, in whatever words: a name's "sửa đổi, bổ sung" or "điều chỉnh" is said.
  if (query.asksToChange) for (const action of AMEND_ACTIONS) asked.set(action, (asked.get(action) ?? 0) | IN_FOCUS);
  const askedPairs = askedPairsOf([...query.bigrams, ...canonicalPairs].filter(isContentPair), idf);
  const english = detectLanguage(query.text, 'vi') === 'en';
  // Asked to change or extend something, in whatever words: an English name's "changes" or
  // "amending" is said (as a Vietnamese name's "sửa đổi, bổ sung" is, below).
  const extending = EXTEND_WORDS.some((word) => pairs.has(word) || query.canonical.includes(word.replace('_', ' ')));
  const changing = english && (query.asksToChange || extending) ? CHANGE_CONCEPTS : [];
  // A long message tells a story: names, streets, companies, dates that no entry holds. As the
  // rarest words they would weigh most in how much of the question an entry covers, and sink every
  // entry alike below what answering needs. In a story they weigh a quarter; in a short question
  // in full, where words nobody has are a sign that it is not ours. (Not at all was measured: more
  // answers, and many more wrong ones between siblings.)
  const story = query.syllables.length > STORY_WORDS;
  // An action said only where the person hesitates between two ("cấp lại hay điều chỉnh?") is not
  // asked for, as long as another is said as what happened; both said only there, both stay.
  const said = actionsOf(pairs, query);
  const stated = [...said].filter((action) => !query.wondered.includes(action));
  const wanted = stated.length > 0 ? stated : [...said];
  // Nor one told only as what was done before ("năm ngoái bị mất và đã làm cấp lại rồi. Giờ địa chỉ
  // đổi … phải làm gì để sửa"), while another is asked: that history is not the question.
  const readPairs = new Set(query.askedReadings.flatMap((reading) => bigrams(reading.split(/[^\p{L}\p{N}]+/u))));
  const told = (action: string) =>
    query.situationPairs.includes(action) && !query.focusPairs.includes(action) && !readPairs.has(action);
  const askedNow = wanted.filter((action) => !told(action));
  const actions = new Set(
    askedNow.length < wanted.length && (askedNow.length > 0 || query.asksToChange) ? askedNow : wanted,
  );
  const weigh = (term: string, weight: number) =>
    story && (index.df.get(term) ?? 0) === 0 ? weight * STORY_SHARE : weight;
  return {
    english,
    englishWords: english ? new Set(query.syllables.filter(isContentSyllable)) : new Set(),
    concepts: english ? new Set([...query.concepts, ...changing]) : new Set(),
    focusConcepts: english ? new Set([...query.focusConcepts, ...changing]) : new Set(),
    largerConcepts: english ? largerConceptsOf(query.concepts) : new Map(),
    actions,
    focusActions: new Set(
      [...actions].filter(
        (action) =>
          query.askingPairs.includes(action) ||
          query.focusConcepts.some((concept) => `_${concept}_`.includes(`_${action}_`)),
      ),
    ),
    asksToChange: query.asksToChange,
    toldAside: new Set(
      story
        ? [
            ...TOLD_ASIDE.filter((term) => query.concepts.includes(term) && !query.focusConcepts.includes(term)),
            ...otherSiblingsTold(query.questionPairs),
            ...siblingsOnlyHeld(query),
          ]
        : [],
    ),
    negated: new Set(query.negated),
    wondered: new Set(query.wondered),
    focusSyllables: new Set(query.focusPairs.flatMap((pair) => pair.split('_'))),
    situation: new Set(query.situationPairs),
    askedPairs,
    idf,
    // With the synonyms' words: "gas" says "lpg" as much as the bigrams of "khí hóa lỏng" do.
    syllables: new Set([...query.segments.flat(), ...query.canonical.flatMap((phrase) => phrase.split(' '))]),
    pairs,
    asked,
    content: query.syllables.map((syllable) => ({ hash: hashTerm(syllable), weight: weigh(syllable, idf(syllable)) })),
    // With the synonyms' bigrams: an English question says "liquor retail licence", the entries "giấy phép bán lẻ rượu".
    contentPairs: [...new Set([...query.bigrams, ...canonicalPairs.filter(isContentPair)])].map((pair) => ({
      hash: hashTerm(pair),
      weight: weigh(pair, pairWeight(pair, idf)),
    })),
  };
}

const WEIGHTS = { name: 0.55, bigrams: 0.25, syllables: 0.2 };
/** Over this many content words a message is a story around its question (queryTermsOf)… */
export const STORY_WORDS = 25;
/** … in which words no entry holds weigh this share. */
const STORY_SHARE = 0.25;
/** The kinds of paper a name is about, by the pairs that say them: a licence, a confirmation, a certificate. */
const PAPERS = new Map([
  ['giay_phep', 'licence'],
  ['giay_xac', 'confirmation'],
  ['xac_nhan', 'confirmation'],
  ['giay_chung', 'certificate'],
  ['chung_nhan', 'certificate'],
]);
/** Actions that tell sibling procedures apart, as folded bigrams. */
export const ACTIONS = ['cap_lai', 'gia_han', 'dieu_chinh', 'sua_doi', 'bo_sung', 'thu_hoi', 'cham_dut', 'chuyen_noi'];
const ACTION_PENALTY = 0.8;
/** A procedure whose name the question says only as what the person already receives or has. */
const SITUATION_PENALTY = 0.75;

/**
 * Bigrams of ACTIONS that, with the word after them, are other words: folded, "chuyển nội bộ"
 * (an intra-company transfer) reads "chuyen noi" like "chuyển nơi" (moving where a benefit is
 * paid), and "chấm dứt hợp đồng" ends a contract, not a benefit.
 */
const NOT_AN_ACTION: Record<string, RegExp> = {
  chuyen_noi: /^(?:bo|dung|dia|that|thanh|tinh)$/,
  // … nor does completing a file ("hồ sơ thiếu thì hướng dẫn bổ sung ngay tại chỗ", "bổ sung hồ sơ").
  bo_sung: /^(?:ho|hs|ngay|tai|kip|du|day)$/,
  // … nor does a contract that ended ("hợp đồng của em chấm dứt từ ngày 15/3", "… chấm dứt rồi").
  cham_dut: /^(?:|hop|hdld|viec|tu|vao|ngay|thang|nam|tuan|roi|het|lam|khi|do|nen|va|\d.*)$/,
};
const ACCENTED_ACTION: Record<string, RegExp> = { chuyen_noi: /chuyển nơi/ };

function actionsOf(pairs: Set<string>, query: QueryAnalysis): Set<string> {
  const actions = new Set<string>();
  for (const action of ACTIONS) {
    if (!pairs.has(action)) continue;
    const accented = ACCENTED_ACTION[action];
    if (query.accentedInput && accented && !accented.test(lower(query.text))) {
      // Typed with accents, the words say which it is.
      if (!query.canonical.some((phrase) => phrase.replace(/ /g, '_').includes(action))) continue;
    }
    const other = NOT_AN_ACTION[action];
    const [first, second] = action.split('_');
    const said = query.segments.some((segment) =>
      segment.some(
        (word, at) => word === first && segment[at + 1] === second && !(other && other.test(segment[at + 2] ?? '')),
      ),
    );
    // Going home ("về quê") is moving one's benefit only once it is paid: one who files the claim
    // where they now live asks for the benefit itself.
    const claimedWhereMoved = action === 'chuyen_noi' && CLAIMING.test(query.folded) && !receivingBenefit(query);
    if (
      said ||
      (!claimedWhereMoved && query.canonical.some((phrase) => ` ${phrase} `.includes(` ${first} ${second} `)))
    )
      actions.add(action);
  }
  return actions;
}
/** Filing the claim for a benefit ("nộp hồ sơ hưởng trợ cấp thất nghiệp", "muốn lãnh trợ cấp thất nghiệp thì phải nộp …", "apply for unemployment benefit"). */
const CLAIMING =
  /(?<![\p{L}])(?:(?:nop|lam|dang ky|xin) (?:ho so )?(?:huong|nhan|lanh|linh) (?:tro cap|tien|bao hiem|that nghiep)|nop ho so (?:\S+ ){0,5}?moi (?:duoc )?huong|muon (?:duoc )?(?:huong|nhan|lanh|linh) (?:tro cap|tien) that nghiep (?:thi )?(?:phai |can )?nop|(?:du dieu kien|co duoc) (?:huong|nhan|lanh|linh) (?:tro cap|tien) that nghiep|(?:apply|file|claim)(?: for)? (?:unemployment|the benefit|benefit|jobless))/u;
/** The person says, as their situation, that they receive the benefit already (not a sister who claimed hers). */
function receivingBenefit(query: QueryAnalysis): boolean {
  return query.ownSituationPairs.some(
    (pair) => pair === 'tro_cap' || pair === 'that_nghiep' || pair === 'unemploy_benefit',
  );
}
/**
 * Words that tell sibling procedures apart and exclude each other: a question about wholesale
 * ("bán buôn") is not about the retail licence ("bán lẻ") however much else it shares with it.
 */
export const PRODUCTS = ['ruou', 'thuoc_la', 'xang_dau', 'lpg'];
/** The kinds of trade a product's licence is for, said alike of liquor, tobacco and fuel. */
export const TRADES = ['ban_buon', 'ban_le', 'phan_phoi', 'san_xuat', 'tai_cho'];
/** What a filling station fills: cylinders or tanker trucks. */
const STATIONS = ['vao_chai', 'xe_bon'];
const CONTRASTS: ReadonlyArray<readonly string[]> = [
  TRADES,
  STATIONS,
  ['cua_hang', 'tram_nap'],
  // A new licence is not a re-issued one.
  ['cap_moi', 'cap_lai'],
  // Nor is unemployment benefit the allowance of people with meritorious services.
  ['that_nghiep', 'uu_dai', 'co_cong'],
  // Nor is one product's licence another's.
  PRODUCTS,
];
/** Words that tell siblings apart by action or by kind (ACTIONS, CONTRASTS), decided on their own. */
// ("lpg_chai", LPG in cylinders, is said of the shop and of the filling station alike.)
export const SIBLING_WORDS: ReadonlySet<string> = new Set([...ACTIONS, ...CONTRASTS.flat(), 'cap_moi', 'lpg_chai']);
/** The set of contrasting words that names the product a licence is for, by its position. */
export const PRODUCT_SET = CONTRASTS.indexOf(PRODUCTS);
const CONTRAST_PENALTY = 0.6;
/** A first licence, told of in a story's background, is no contrast with a re-issue asked for. */
const TOLD_ASIDE = ['cap_moi'];

/**
 * In a story, the filling station a question names decides which: the other is told aside,
 * whatever the sentences around the question say of it ("… có một trạm nạp LPG vào
 * xe bồn … và một trạm nạp LPG vào chai …; giấy của trạm nạp vào chai thì đúng. Xin hỏi thủ tục
 * cấp lại giấy chứng nhận cho trạm nạp vào xe bồn …?").
 */
function otherSiblingsTold(questionPairs: readonly string[]): string[] {
  const said = new Set(questionPairs);
  return STATIONS.some((term) => said.has(term)) ? STATIONS.filter((term) => !said.has(term)) : [];
}

/**
 * … and, when what is asked says one of a set, the others said only in what the person already
 * has or has done ("đã xin xong giấy phép bán lẻ thuốc lá … muốn bán rượu … cho khách uống ngay
 * tại bàn"): the licence held is no contrast with the one asked for.
 */
function siblingsOnlyHeld(query: QueryAnalysis): string[] {
  const words = (pairs: readonly string[]) => new Set([...pairs, ...pairs.flatMap((pair) => pair.split('_'))]);
  const focus = words(query.focusPairs);
  // (A trade only as typed in the sentences that ask: "a new cigarette supplier" says a distributor's.)
  const asked = words(query.questionPairs);
  const held = words(query.situationPairs);
  // (Not one said only as what the person does not do: "không bán cho khách ngồi uống tại chỗ".)
  const negated = new Set(query.negated);
  return CONTRASTS.flatMap((set) => {
    const said = set === TRADES ? asked : focus;
    return set.some((term) => said.has(term) && !negated.has(term))
      ? set.filter((term) => held.has(term) && !focus.has(term))
      : [];
  });
}

/**
 * Per set of contrasting words (terms are folded bigrams like "ban_le" or syllables like "ruou"):
 * contradicted when the question says one of the set, the entry's names another, and none of the
 * names says the question's; unsaid, the set's words the names say when the question says none;
 * said, those the names and the question both say.
 */
function contrastsOf(
  terms: QueryTerms,
  names: NameTerms[],
): { contradicted: boolean; unsaid: Unsaid[]; said: string[] } {
  let contradicted = false;
  const unsaid: Unsaid[] = [];
  const said: string[] = [];
  CONTRASTS.forEach((set, position) => {
    const named = set.filter((term) =>
      names.some((name) => name.pairs.includes(term) || name.syllables.includes(term)),
    );
    if (named.length === 0) return;
    const asked = set.filter((term) => saysItIs(terms, term));
    // A kind the person says they are ("customers only drink inside") outweighs one they only
    // wonder whether they need ("do I need a liquor licence like a shop?").
    const stated = asked.filter((term) => !terms.wondered.has(term));
    if (asked.length === 0) unsaid.push(...named.map((term) => ({ set: position, term })));
    else if (!named.some((term) => asked.includes(term))) contradicted = true;
    else if (stated.length > 0 && !named.some((term) => stated.includes(term))) contradicted = true;
    said.push(...named.filter((term) => asked.includes(term)));
  });
  return { contradicted, unsaid, said };
}

/** Whether the question says a bigram or a syllable (its synonyms' words included). */
function says(terms: QueryTerms, term: string): boolean {
  return terms.pairs.has(term) || terms.syllables.has(term);
}
/** … and not only as what the person is not or does not do ("không phải cửa hàng bán lẻ"). */
function saysItIs(terms: QueryTerms, term: string): boolean {
  return says(terms, term) && !terms.negated.has(term) && !terms.toldAside.has(term);
}
/**
 * Amending is asked in many words: "sửa", "đổi", "thay đổi", "cập nhật", "chuyển địa điểm"… (see
 * asksToChange in analyze-query.ts, which reads them in context), and extending one's term too.
 */
const AMEND_ACTIONS = new Set(['sua_doi', 'bo_sung', 'dieu_chinh']);
const EXTEND_WORDS = ['keo_dai', 'gia_han'];
/** How English names say amending: the lexicon's concept, or the word outside every group (marked "-", see englishNameTerms). */
const CHANGE_CONCEPTS = ['sua_doi_bo_sung', '-chang'];

function asksFor(action: string, terms: QueryTerms): boolean {
  if (terms.actions.has(action)) return true;
  return AMEND_ACTIONS.has(action) && (terms.asksToChange || EXTEND_WORDS.some((word) => says(terms, word)));
}
/** Said of a licence that has run out. */
const EXPIRED = 'het_han';
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

/**
 * `audience`: the pairs of whom the name says it is for, from its "đang" on ("hỗ trợ học nghề cho
 * người đang hưởng trợ cấp thất nghiệp"): the person says them as their situation. Folded, "đăng"
 * is the same word, so an alias's "hội chợ đã đăng ký" counts the same way: the fair the person
 * says they registered.
 */
type NameTerms = { syllables: string[]; pairs: string[]; tellingWords: string[]; audience: Set<string> };

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
      const from = syllables.indexOf('dang');
      const audience = new Set(from > 0 ? bigrams(syllables.slice(from)) : []);
      return { syllables, pairs: bigrams(syllables), tellingWords: syllables.filter(telling), audience };
    });
    nameCache.set(entry, names);
  }
  return names;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
