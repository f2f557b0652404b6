import type { OutOfScopeTopic } from './content-schema.ts';
import { asksSomething, type QueryAnalysis } from './analyze-query.ts';
import {
  ACTIONS,
  PRODUCT_SET,
  PRODUCTS,
  TRADES,
  queryTermsOf,
  SIBLING_WORDS,
  scoreCandidate,
  STORY_WORDS,
  type Candidate,
  type Unsaid,
} from './score-candidate.ts';
import type { LearnedExamples } from './learned-examples.ts';
import { findCandidates, type SearchIndex, type Shard } from './search-index.ts';
import { baseForm, bigrams, fold, sentencesOf, words } from './normalize.ts';

export type { Candidate } from './score-candidate.ts';

/**
 * answer: the first candidate; clarify: choose among the candidates; confirm: one clear candidate,
 * a little below what answering needs: the person confirms it with one tap (yes / no) rather than
 * picking from a list of one; handoff: to staff; smalltalk: greetings, thanks, help.
 */
export type Decision = 'answer' | 'clarify' | 'confirm' | 'handoff' | 'smalltalk';

export type DecisionReason =
  'confident' | 'ambiguous' | 'unsure' | 'no-match' | 'out-of-scope' | 'wants-person' | 'personal-case' | 'smalltalk';

export type DecisionResult = {
  decision: Decision;
  reason: DecisionReason;
  /** For answer: the chosen entry first. For clarify: the choices. For confirm: the one candidate. */
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
  margin: 0.08,
  /** A little less relevance is enough when nothing else comes near: a lead of this share. */
  clearLeadAnswer: 0.5,
  clearLead: 0.25,
  clarify: 0.42,
  /** The same for a story around its question (over STORY_WORDS content words). */
  storyClarify: 0.36,
  /** A candidate naming every concept the best's names say and more, within this share of it, is the one asked. */
  specificShare: 0.75,
  /** Candidates within this share of the best are offered together when clarifying. */
  closeShare: 0.85,
  maxOov: 0.5,
  /** An out-of-scope phrase wins unless a procedure name is almost fully present. */
  outOfScopeOverride: 0.9,
  /** Close candidates named only by words inside the best's name. */
  nested: 0.45,
  /** Close candidates, all variants (re-issue, amend…) the question does not ask for but one. */
  plainAnswer: 0.5,
  /** Close candidates, one whose name's telling words the question all says, the others not. */
  saidInFull: 0.6,
  /** No candidate close, and every telling word of its name said. */
  aloneSaidInFull: 0.42,
  /** The question says an example staff taught (or the content's) nearly word for word. */
  example: 0.8,
  /** A taught example this close brings its procedure among the candidates. */
  taughtCandidate: 0.5,
  /** An English question's word-for-word fit with one entry's examples, enough to answer with it… */
  englishFit: 0.2,
  /** … when it is this many times any other candidate's fit … */
  englishLead: 1.5,
  /** … and the entry's relevance is at least this. */
  englishFloor: 0.32,
  /** An English question saying this much of its one candidate's English name is answered, not asked to confirm. */
  englishConfirm: 0.4,
};

/**
 * The decision over the content's index and, when there are any, the published answers' own, with
 * the questions staff taught the bot from the inbox (`learned`).
 */
export function decide(
  indexes: readonly SearchIndex[],
  query: QueryAnalysis,
  topics: Array<{ topic: OutOfScopeTopic; phrase: string }>,
  learned?: LearnedExamples,
): DecisionResult {
  const result = (
    decision: Decision,
    reason: DecisionReason,
    candidates: Candidate[] = [],
    oov = 0,
  ): DecisionResult => ({
    decision,
    reason,
    candidates,
    score: round(candidates[0]?.relevance ?? 0),
    oov: round(oov),
    outOfScope:
      reason === 'out-of-scope' ? ((topics.find(({ topic }) => topic.strict) ?? topics[0])?.topic ?? null) : null,
  });
  if (query.wantsPerson) return result('handoff', 'wants-person');
  if (query.personalCase) return result('handoff', 'personal-case');
  if (query.smalltalk) return result('smalltalk', 'smalltalk');

  const known = (syllable: string) => indexes.some((index) => index.df.has(syllable));
  const oov =
    query.syllables.length === 0
      ? 0
      : query.syllables.filter((syllable) => !known(syllable)).length / query.syllables.length;
  const shards: Shard[] = query.documentQuery ? ['main', 'documents'] : ['main'];
  const ranked = indexes
    .flatMap((index) => {
      const terms = queryTermsOf(index, query);
      const taught = learned && learned.size > 0 ? learned.match(terms.askedPairs, terms.idf) : NOTHING_TAUGHT;
      const ids = new Set(findCandidates(index, query, 20, shards).map((hit) => hit.id));
      for (const [id, fit] of taught) if (fit >= THRESHOLDS.taughtCandidate && index.entries.has(id)) ids.add(id);
      return [...ids].map((id) => {
        const candidate = scoreCandidate(index, terms, id);
        const fit = taught.get(id) ?? 0;
        return candidate && fit > candidate.exampleMatch ? { ...candidate, exampleMatch: fit } : candidate;
      });
    })
    .filter((candidate): candidate is Candidate => candidate !== null)
    .sort((a, b) => b.relevance - a.relevance);
  const best = ranked[0];
  // An out-of-scope phrase that is part of the best procedure's own name is no evidence against it.
  const namedIn = (id: string, phrase: string, inside = false) =>
    indexes.some((index) => namesContain(index, id, phrase, inside));
  // Nor one that is part of a close candidate's ("chuyển thường trú" beside "… khi thay đổi nơi
  // thường trú", a little below the benefit itself): that candidate is what the words point to.
  const against = best
    ? topics.filter(
        ({ phrase }) =>
          !namedIn(best.id, phrase) &&
          !ranked.some(
            (other) =>
              other.relevance >= best.relevance * THRESHOLDS.closeShare &&
              !other.unaskedVariant &&
              !other.contradicted &&
              namedIn(other.id, phrase),
          ),
      )
    : topics;
  if (!best) return result('handoff', topics.length > 0 ? 'out-of-scope' : 'no-match', [], oov);
  const strict = against.some(({ topic }) => topic.strict);
  if (
    against.length > 0 &&
    (strict || best.nameCoverage < THRESHOLDS.outOfScopeOverride || topicAskedNotName(query, best, against))
  ) {
    return result('handoff', 'out-of-scope', ranked.slice(0, 3), oov);
  }
  // A legal document named by its number ("nghị định 219/2025 quy định gì") is the one asked
  // about, unless a procedure is what the question clearly asks for (checked first).
  const numbered = documentNamedByNumber(ranked, query, namedIn);
  const procedureFirst = best.kind !== 'document' && best.relevance >= THRESHOLDS.answer;
  const answerWith = (chosen: Candidate) =>
    result('answer', 'confident', [chosen, ...ranked.filter((candidate) => candidate !== chosen).slice(0, 2)], oov);
  if (numbered && !procedureFirst) return answerWith(numbered);
  // The question says one entry's example nearly word for word — one staff taught from the inbox
  // or one of the content's — and no other entry's: it is asked the way that entry is asked.
  const exemplified = ranked.filter((candidate) => candidate.exampleMatch >= THRESHOLDS.example);
  const [sayer] = exemplified;
  // Not a variant nobody asked for over the procedure itself, which fits better ("xin giấy phép bán
  // lẻ rượu mất bao lâu" is near an example of its re-issue, but asks for the licence).
  const plainAbove =
    sayer?.unaskedVariant &&
    ranked.some(
      (other) => other !== sayer && !other.unaskedVariant && !other.contradicted && other.relevance > sayer.relevance,
    );
  if (sayer && exemplified.length === 1 && !sayer.contradicted && !plainAbove) return answerWith(sayer);
  // An English question that says one entry's English examples clearly more than any other's
  // (in any order) asks for that entry, even when its Vietnamese names are met only in pieces.
  const saidInEnglish = clearEnglishLead(ranked);
  if (saidInEnglish && best.relevance < THRESHOLDS.clarify && oov <= THRESHOLDS.maxOov)
    return answerWith(saidInEnglish);
  // A story's own words weigh every entry down alike (queryTermsOf): its floor is a little lower.
  const floor = query.syllables.length > STORY_WORDS ? THRESHOLDS.storyClarify : THRESHOLDS.clarify;
  if (best.relevance < floor || oov > THRESHOLDS.maxOov) return result('handoff', 'no-match', ranked.slice(0, 3), oov);

  const siblings = undistinguishedSiblings(best, ranked);
  if (siblings.length > 0) return result('clarify', 'ambiguous', [best, ...siblings].slice(0, 3), oov);

  const close = ranked.filter((candidate) => candidate.relevance >= best.relevance * THRESHOLDS.closeShare).slice(0, 3);
  const runnerUp = ranked[1]?.relevance ?? 0;
  const margin = (best.relevance - runnerUp) / best.relevance;
  // Its name said only in the person's situation ("đang hưởng trợ cấp thất nghiệp, có được hỗ trợ
  // học nghề không") is no reason to answer with it.
  // … unless what it asks is the variant's action on it ("khuyến mại đã thông báo rồi, giờ muốn kéo dài").
  const focusSyllables = new Set(query.focusPairs.flatMap((pair) => pair.split('_')));
  const focusSays = (term: string) => query.focusPairs.includes(term) || focusSyllables.has(term);
  const namedInQuestion =
    best.namedPairs.length === 0 ||
    best.namedPairs.some((pair) => query.focusPairs.includes(pair)) ||
    best.askedVariant;
  // A name whose words are all said, but in pieces around another's words ("gia hạn giấy [xác nhận
  // miễn] giấy phép lao động" holds every bigram of "gia hạn giấy phép lao động"), while a close
  // candidate's name matches more of them: the question may well say that one.
  const spoken = ` ${query.segments.map((segment) => segment.join(' ')).join(' | ')} `;
  const piecemeal =
    best.nameCoverage >= FULL_NAME &&
    !namedIn(best.id, spoken, true) &&
    close.some((other) => other !== best && !other.contradicted && other.nameMatched > best.nameMatched);
  // A variant (amend, re-issue…) the question never asks for, with the procedure itself close by:
  // the action is unclear, so no guess between them.
  const variantOverPlain =
    best.unaskedVariant && close.some((other) => other !== best && !other.unaskedVariant && !other.contradicted);
  // An English question that says a concept of a close candidate's English names which the best's
  // lack ("the explanation of demand … before we apply for work permits": the explanation is not
  // the work permit) may well ask for that one.
  const saysAnother = (chosen: Candidate) =>
    close.some(
      (other) =>
        other !== chosen &&
        !other.contradicted &&
        other.englishSaid.some((concept) => !chosen.englishSaid.includes(concept)),
    );
  // The question speaks against the best (an action its names lack, a contrasting word) and not
  // against a close one: "đã thông báo khuyến mại rồi, giờ muốn đổi thời gian" asks to change the
  // programme, whatever the notification's higher score.
  const fairRival = best.contradicted && close.some((other) => other !== best && !other.contradicted);
  // A candidate whose names say every concept of the question's that the best's names say, and
  // more ("có việc làm", "bảo lưu" beside "trợ cấp thất nghiệp"): the question asks for that more
  // specific procedure, the best's name being only the benefit both are about. One of the more is
  // enough in what it asks ("gia hạn giấy xác nhận này", the exemption told in the story before it).
  // The best's own concepts are those of its official name: a word only one of its aliases says
  // ("đăng ký hưởng trợ cấp thất nghiệp") is no part of what it is, and the more specific one need not say it.
  const conceptsNamed = (id: string) => query.canonical.filter((phrase) => namedIn(id, phrase));
  const officiallyNamed = (id: string, phrase: string) =>
    indexes.some((index) => namesContain(index, id, phrase, false, OFFICIAL));
  const bestConcepts = conceptsNamed(best.id);
  const bestOwn = bestConcepts.filter((phrase) => officiallyNamed(best.id, phrase));
  const specific = ranked.find((other) => {
    if (other === best || other.contradicted || other.unaskedVariant) return false;
    if (other.relevance < best.relevance * THRESHOLDS.specificShare || other.relevance < floor) return false;
    const concepts = conceptsNamed(other.id);
    // More in what the question asks, not in words that tell siblings apart on their own (an
    // action, wholesale against retail), which the rules above weigh.
    const more = concepts.filter((phrase) => !bestConcepts.includes(phrase)).map((phrase) => phrase.replace(/ /g, '_'));
    return (
      bestOwn.every((phrase) => concepts.includes(phrase)) &&
      more.length > 0 &&
      more.every((concept) => !SIBLING_WORDS.has(concept)) &&
      more.some((concept) => query.focusConcepts.includes(concept))
    );
  });
  if (specific && !best.contradicted) return answerWith(specific);
  // What tells the best from a rival (a phrase of its official name the rival's names lack) said
  // only as the person's situation or someone else's story, while what tells the rival from it is
  // said in what they ask ("Bố tôi là thương binh … Tôi thì vừa làm xong hồ sơ nhận trợ cấp thất
  // nghiệp. Giờ làm thế nào để hồ sơ trợ cấp của bố được chuyển …"): the rival may well be what is
  // asked, so the person chooses. (Answering with the rival was measured: more right answers, but
  // more wrong ones too.)
  const asked = new Set(query.askedCanonical);
  // (Not an action, "chuyển nơi hưởng": what the question is about.)
  const bigramsOf = (phrase: string) => bigrams(phrase.split(' '));
  const ownOver = (one: Candidate, other: Candidate) =>
    conceptsNamed(one.id).filter(
      (phrase) =>
        officiallyNamed(one.id, phrase) &&
        !namedIn(other.id, phrase) &&
        !bigramsOf(phrase).some((pair) => ACTIONS.includes(pair)),
    );
  const situation = new Set(query.situationPairs);
  const toldRival = ranked.find((other) => {
    if (other === best || other.contradicted || other.unaskedVariant || other.relevance < floor) return false;
    const told = ownOver(best, other);
    return (
      told.length > 0 &&
      told.every((phrase) => !asked.has(phrase) && bigramsOf(phrase).every((pair) => situation.has(pair))) &&
      ownOver(other, best).some((phrase) => asked.has(phrase))
    );
  });
  if (toldRival) return result('clarify', 'ambiguous', [best, toldRival], oov);
  // A best the question speaks against (an action its names lack, wholesale against retail) is no
  // answer while a variant whose action it asks for stands uncontradicted behind it ("giấy phép bán
  // thuốc lá ghi địa chỉ cũ thì có phải sửa không": the licence itself, against its amendment).
  const askedRival = ranked.some(
    (other) => other !== best && other.askedVariant && !other.contradicted && other.relevance >= floor,
  );
  // Its product said only in the person's situation while a close one's product is said in what
  // they ask ("năm ngoái đã đăng ký bán rượu rồi … phải có giấy phép bán lẻ thuốc lá"): the licence
  // asked for is the other's.
  const productOf = (candidate: Candidate) => candidate.contrastsSaid.filter((term) => PRODUCTS.includes(term));
  const productElsewhere =
    !best.askedVariant &&
    productOf(best).some((term) => !focusSays(term)) &&
    ranked.some(
      (other) =>
        other !== best &&
        other.relevance >= floor &&
        productOf(other).some((term) => focusSays(term) && !productOf(best).includes(term)),
    );
  const confident =
    !productElsewhere &&
    !(best.contradicted && askedRival) &&
    !fairRival &&
    !piecemeal &&
    !saysAnother(best) &&
    !variantOverPlain &&
    namedInQuestion &&
    ((best.relevance >= THRESHOLDS.answer && margin >= THRESHOLDS.margin) ||
      // With less relevance, not when the best name is a variant the question never asks for, or
      // says a word that excludes it (wholesale against retail).
      (best.relevance >= THRESHOLDS.clearLeadAnswer &&
        margin >= THRESHOLDS.clearLead &&
        !best.unaskedVariant &&
        !best.contradicted));
  if (confident) return result('answer', 'confident', ranked.slice(0, 3), oov);
  // A name said as one phrase, not pieced together from words around the question.
  // Only candidates the question does not speak against: none with an action it does not ask for missing.
  const fair = close.filter((candidate) => !candidate.contradicted);
  const named = mostSpecificNamed(fair, (candidate) => namedIn(candidate.id, spoken, true));
  if (named && best.relevance >= THRESHOLDS.answer && !saysAnother(named)) return answerWith(named);
  // The question names no variant (re-issue, amend…) and all close candidates but one are such
  // variants: it asks about that one, the procedure itself ("đăng ký tổ chức hội chợ" is not its
  // amendment), even when a variant scores a little higher.
  const plain = close.filter((candidate) => !candidate.unaskedVariant && !candidate.contradicted);
  const [itself] = plain;
  // … and no other such candidate, just below the close ones, comes near it ("xin giấy phép lao
  // động": the exemption's certificate only a little above the work permit itself).
  const rival = ranked.find(
    (candidate) =>
      candidate !== itself &&
      !close.includes(candidate) &&
      !candidate.unaskedVariant &&
      !candidate.contradicted &&
      candidate.relevance >= (itself?.relevance ?? 0) * THRESHOLDS.closeShare,
  );
  // A first licence said in words ("never worked in Vietnam before", "lần đầu") rules the variants out
  // itself: the procedure itself needs no more than choosing does.
  const firstTime = query.focusConcepts.includes(FIRST_TIME);
  if (
    close.length > 1 &&
    plain.length === 1 &&
    itself &&
    !rival &&
    itself.relevance >= (firstTime ? floor : THRESHOLDS.plainAnswer)
  )
    return answerWith(itself);
  // The others close to the best are named only by words inside the best's name ("cấp giấy phép
  // lao động" inside "xác nhận … không thuộc diện cấp giấy phép lao động"): no evidence of their own.
  const others = close.filter((candidate) => candidate !== best && !candidate.unaskedVariant);
  const nested = others.every(
    (other) =>
      other.namedPairs.every((pair) => best.namedPairs.includes(pair)) &&
      best.namedPairs.length >= other.namedPairs.length + NESTED_LEAD,
  );
  if (
    close.length > 1 &&
    others.length > 0 &&
    nested &&
    !saysAnother(best) &&
    !best.unaskedVariant &&
    best.relevance >= THRESHOLDS.nested
  )
    return answerWith(best);
  // Siblings told apart by the words the question does not say: of "gia hạn giấy phép lao động"
  // and "gia hạn giấy xác nhận … không thuộc diện cấp giấy phép lao động", a question saying every
  // telling word of the first (in any order) and not "xác nhận" asks for the first.
  const saidInFull = close.filter(
    (candidate) => candidate.nameUnsaid === 0 && !candidate.unaskedVariant && !candidate.contradicted,
  );
  const [onlyOne] = saidInFull;
  if (
    close.length > 1 &&
    saidInFull.length === 1 &&
    onlyOne &&
    onlyOne.relevance >= THRESHOLDS.saidInFull &&
    !saysAnother(onlyOne)
  )
    return answerWith(onlyOne);
  // The question asks for one close candidate's action (re-issue, amend…) and speaks against every
  // other ("giấy phép bị cháy", "đã thông báo rồi, giờ muốn kéo dài"): it asks for that variant.
  const unopposed = close.filter((candidate) => !candidate.contradicted);
  const [variantAsked] = unopposed;
  if (
    close.length > 1 &&
    unopposed.length === 1 &&
    variantAsked?.askedVariant &&
    variantAsked.relevance >= floor &&
    !saysAnother(variantAsked)
  )
    return answerWith(variantAsked);
  if (close.length > 1) {
    // The choices: those the question does not speak against first, and such a one just below the
    // close ones before a variant nobody asked for (of "xin giấy phép lao động": the permit itself).
    const fairFirst = [...plain, ...(rival ? [rival] : []), ...close];
    return result('clarify', 'ambiguous', [...new Set(fairFirst)].slice(0, 3), oov);
  }
  if (saidInFull.includes(best) && best.relevance >= THRESHOLDS.aloneSaidInFull) return answerWith(best);
  if (saidInEnglish === best) return answerWith(best);
  // One candidate, nothing near it, and an English question that says its English name at least
  // this much with nothing against it: English meets the names less fully than Vietnamese does, so
  // what would be a one-tap confirm in Vietnamese is as sure an answer in English.
  // Not a licence of one product the question never names, said only by its kind of trade ("find
  // suppliers" is no liquor distribution licence).
  const tradeOnly =
    best.unsaid.some(({ set }) => set === PRODUCT_SET) && best.contrastsSaid.every((term) => TRADES.includes(term));
  if (best.englishNameCoverage >= THRESHOLDS.englishConfirm && !best.contradicted && !best.unaskedVariant && !tradeOnly)
    return answerWith(best);
  // A question that tells its case (over TOLD_WORDS content words): its words weigh the relevance
  // down for every entry alike, so one candidate with nothing near it and nothing against it is as
  // sure as a short question's answer.
  if (
    query.syllables.length > TOLD_WORDS &&
    namedInQuestion &&
    !piecemeal &&
    !saysAnother(best) &&
    !best.contradicted &&
    !best.unaskedVariant &&
    // … and, for a licence of one product (liquor, tobacco, fuel, gas), one the question names.
    best.unsaid.every(({ set }) => set !== PRODUCT_SET) &&
    // … said in what is asked, not only in the person's situation ("đã có giấy phép bán lẻ thuốc lá …
    // Tôi muốn bán thêm rượu thì phải xin giấy gì"), unless what is asked is done to the licence held
    // ("đã có giấy phép bán lẻ thuốc lá, nay muốn lấy hàng thêm từ một nhà bán buôn khác").
    (best.askedVariant || best.contrastsSaid.every((term) => !PRODUCTS.includes(term) || focusSays(term))) &&
    // … and not a variant whose action alone is said ("làm gì để có lại giấy phép" re-issues any
    // licence): what it re-issues, renews or amends must be said all but one word.
    !(best.askedVariant && best.nameUnsaid > 1)
  )
    return answerWith(best);
  return result('confirm', 'unsure', [best], oov);
}

/**
 * Content words past which a question tells its case, not only names its subject: measured on the
 * question sets, 25 (a story) left sure answers as taps, 12 answered the wrong procedure for
 * another office's question that shares its words.
 */
const TOLD_WORDS = 15;

/**
 * A procedure's name said in full only in the story, and another sector's topic in the sentences
 * that ask ("Cửa hàng bán lẻ LPG chai của tôi đang chuẩn bị hồ sơ xin giấy chứng nhận … Cho tôi hỏi
 * thủ tục thẩm duyệt và nghiệm thu PCCC cho kho gas thì nộp ở đâu?"): the topic is what is asked,
 * not the procedure the story is about, nor one of its conditions.
 */
export function topicAskedNotName(
  query: QueryAnalysis,
  best: Candidate,
  topics: ReadonlyArray<{ phrase: string }>,
): boolean {
  if (best.askedVariant || best.namedPairs.length === 0) return false;
  const asking = new Set(query.askingPairs);
  const syllables = new Set(query.askingPairs.flatMap((pair) => pair.split('_')));
  const topicAsked = topics.some(({ phrase }) =>
    words(fold(phrase)).every((word) => syllables.has(word) || syllables.has(baseForm(word))),
  );
  // (A word of the name may be said in the sentence before the question, "Cửa hàng có kho chứa 80
  // bình.", with none of the rest; in English, the name is said through its concepts.)
  return (
    topicAsked &&
    best.namedPairs.filter((pair) => asking.has(pair)).length <= 1 &&
    !best.englishSaid.some((concept) => query.focusConcepts.includes(concept))
  );
}

/**
 * The candidate an English question says the examples of clearly more than any other's: its fit
 * at least THRESHOLDS.englishFit and englishLead times the next best fit, its relevance at least
 * englishFloor, and nothing in the question against it (an action its names lack, a contrasting
 * word) nor a variant it does not ask for. Siblings said about as well get no such lead.
 */
export function clearEnglishLead(ranked: readonly Candidate[]): Candidate | null {
  // Among those the question does not speak against: a sibling it excludes (another product, an
  // action its names lack) is no rival however many of its words it shares.
  const [first, second] = ranked
    .filter((candidate) => !candidate.contradicted)
    .sort((a, b) => b.englishFit - a.englishFit);
  if (!first || first.englishFit < THRESHOLDS.englishFit) return null;
  if (second && first.englishFit < second.englishFit * THRESHOLDS.englishLead) return null;
  if (first.relevance < THRESHOLDS.englishFloor || first.unaskedVariant) return null;
  return first;
}

/**
 * Siblings the question does not tell apart: it says none of the words that do ("giấy phép bán
 * lẻ": of wine, tobacco or fuel?), and a close candidate's names say another such word than the
 * best's. Not one that lacks a telling word the question says of the best: "petrol station
 * eligibility certificate" is not the food producer's, whatever retail and production.
 */
function undistinguishedSiblings(best: Candidate, ranked: Candidate[]): Candidate[] {
  const set = best.unsaid[0]?.set;
  if (set === undefined) return [];
  const otherWord = (word: Unsaid) =>
    word.set === set && !best.unsaid.some((own) => own.set === word.set && own.term === word.term);
  return ranked.slice(1, 5).filter(
    (candidate) =>
      candidate.relevance >= THRESHOLDS.clarify &&
      best.contrastsSaid.every((term) => candidate.contrastsSaid.includes(term)) &&
      // … whose names hold all the question says of the best's ("giấy chứng nhận đủ điều kiện an
      // toàn thực phẩm" is no LPG shop's certificate, whatever trade neither says) …
      best.namedPairs.every((pair) => candidate.namedPairs.includes(pair)) &&
      candidate.unsaid.some(otherWord),
  );
}

/**
 * Among close candidates, the one the question names in full, as one phrase in what it asks, when
 * no other is named in full, or whose full name is clearly longer than any other named in full
 * ("thông báo tìm kiếm việc làm hằng tháng" inside a question that also says "hưởng trợ cấp thất
 * nghiệp"). A name whose words are all there but in pieces ("gia hạn giấy xác nhận … giấy phép lao
 * động" holds every word of "gia hạn giấy phép lao động") is not named: the person chooses.
 */
function mostSpecificNamed(close: Candidate[], saidAsPhrase: (candidate: Candidate) => boolean): Candidate | null {
  const full = close
    .filter((candidate) => candidate.nameCoverage >= FULL_NAME && saidAsPhrase(candidate))
    .sort((a, b) => b.nameMatched - a.nameMatched);
  const [first, second] = full;
  if (!first) return null;
  if (!second)
    return close.every((candidate) => candidate === first || candidate.nameCoverage < FULL_NAME) ? first : null;
  return first.nameMatched >= second.nameMatched + 2 ? first : null;
}

const NOTHING_TAUGHT: ReadonlyMap<string, number> = new Map();
/** The canonical phrase of asking for a first licence (content/synonyms.yaml). */
const FIRST_TIME = 'cap_moi';
/** A name said in full: every bigram of it. */
export const FULL_NAME = 0.99;
const NESTED_LEAD = 2;
const DOCUMENT_NUMBER = /^\d{1,4}\/\d{4}$/;

/** The one candidate document whose name holds a number ("219/2025") the question says. */
function documentNamedByNumber(
  ranked: Candidate[],
  query: QueryAnalysis,
  namedIn: (id: string, phrase: string) => boolean,
): Candidate | null {
  const said = query.segments.flat().filter((word) => DOCUMENT_NUMBER.test(word));
  // (Most questions name no document: their sentences are not read for whether they ask.)
  if (said.length === 0) return null;
  // Said in a sentence that asks, not only in what someone told the person ("pháp chế bảo theo Nghị
  // định 55/2024 thì mẫu hợp đồng phải đăng ký. … thủ tục đăng ký nộp ở đâu?").
  const asking = sentencesOf(query.text).filter((sentence) => asksSomething(sentence));
  const numbers = said.filter((word) => asking.length === 0 || asking.some((sentence) => sentence.includes(word)));
  if (numbers.length === 0) return null;
  const named = ranked.filter(
    (candidate) => candidate.kind === 'document' && numbers.some((number) => namedIn(candidate.id, number)),
  );
  return named.length === 1 ? (named[0] ?? null) : null;
}

/** Only the official name (the first of an entry's names), not its aliases. */
const OFFICIAL = 1;

/**
 * Whether a name of the entry holds the phrase or, `inside` set, stands whole inside it (` … `
 * padded); `only` the first names so many (OFFICIAL).
 */
function namesContain(index: SearchIndex, id: string, phrase: string, inside = false, only?: number): boolean {
  const names = (index.entries.get(id)?.names ?? []).slice(0, only);
  return names.some((name) => (inside ? phrase.includes(` ${name} `) : ` ${name} `.includes(` ${phrase} `)));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
