import { translator, type Language } from '../i18n/index.ts';
import { analyzeQuery, asksSomething, ASPECT_CUE_PHRASES, type Aspect } from './analyze-query.ts';
import { composeDocumentAnswer, composeProcedureAnswer, documentLabel, type AnswerContext } from './compose-answer.ts';
import type { KnowledgeBase, Procedure } from './content-schema.ts';
import {
  decide,
  FULL_NAME,
  THRESHOLDS,
  topicAskedNotName,
  type Decision,
  type DecisionReason,
  type DecisionResult,
} from './decide.ts';
import { ACTIONS } from './score-candidate.ts';
import { detectLanguage } from './detect-language.ts';
import { findByCode } from './find-by-code.ts';
import { answerEntry, buildKnowledgeIndex } from './index-entries.ts';
import { createLearnedExamples } from './learned-examples.ts';
import { createLexicon, topicsSaid, type Lexicon } from './lexicon.ts';
import { bigrams, escapeRegExp, fold, lower, sentencesOf, words as wordsOf } from './normalize.ts';
import { buildSearchIndex, type EntryKind, type SearchIndex } from './search-index.ts';
import { asksApart, firstAskingClause, setAsideOutOfScope } from './set-aside-clauses.ts';
import { splitMessage } from './split-message.ts';
import { isContentPair } from './stop-words.ts';

export type Choice = { id: string; ref: string | null; label: string };

/** What the bot says to one question, channel-neutral. */
export type BotAnswer = {
  /** 'confirm' (new): one candidate to confirm with a tap, in `choices[0]`; yes shows it (`show`), no hands off. */
  decision: Decision;
  reason: DecisionReason;
  answered: boolean;
  ref: string | null;
  id: string | null;
  kind: EntryKind | null;
  /** The first aspect asked; `aspects` has them all, in the order asked. */
  aspect: Aspect | null;
  aspects: Aspect[];
  /** The language of the answer: detected from the question's text, the caller's hint when the text does not tell. */
  language: Language;
  score: number;
  text: string;
  choices: Choice[];
  outOfScope: string | null;
  /**
   * When one message asks distinct questions about different procedures: one answer per question,
   * in the order asked, this answer being the first of them (its fields describe the first). The
   * caller sends them as one message or several. Absent when the message asks one thing.
   */
  answers?: BotAnswer[];
};

export type Answerer = {
  /**
   * The bot's answer to a message. `language` is a hint (the page's or the chat's language): the
   * answer is in the language the message is written in, the hint deciding only when the text
   * does not tell ("ok", "P05"); `answer.language` says which.
   */
  ask(question: string, language?: Language): BotAnswer;
  /** The answer for one procedure or document picked from a list (a clarify button, a deep link). */
  show(id: string, language?: Language): BotAnswer | null;
  /**
   * A follow-up on an entry already being talked about ("còn lệ phí thì sao?" after an answer on a
   * procedure): the aspects the question asks, answered from that entry, aspect first. Null when
   * the question asks no aspect (the caller then asks which entry is meant).
   */
  about(id: string, question: string, language?: Language): BotAnswer | null;
  /**
   * The words of a question that neither an entry (its names, aliases, examples, summary) nor an
   * aspect asked account for: "register a new business household" said after a talk about
   * unemployment benefit is not a follow-up on it, whatever aspect it asks.
   */
  wordsBeyond(id: string, question: string): string[];
  /**
   * Adds staff answers saved to the knowledge base (personal data removed) to what the bot
   * searches, at once. They have an index of their own, rebuilt with each publication (a few
   * hundred entries): the content's index, loaded from its snapshot, is never rebuilt for them.
   */
  publish(...entries: PublishedEntry[]): void;
  /**
   * Adds questions staff taught from the inbox as examples of their procedures, searched at once
   * (kept beside the index, like published answers); a question of an unknown procedure is skipped.
   */
  learn(...questions: TaughtQuestion[]): void;
  /** Removes taught questions (a supervisor removed them). */
  forget(...ids: string[]): void;
  kb: KnowledgeBase;
  readonly index: SearchIndex;
  lexicon: Lexicon;
};

/** A staff answer published for everyone (personal data removed): the bot searches it, the public pages list it. */
export type PublishedEntry = {
  id: string;
  question: string;
  answer: string;
  agencyId: string;
  /** The procedure it is about: its ref (P16) or id, or null. */
  procedureRef: string | null;
};

/** A question staff taught the bot (personal data removed): an example of one procedure. */
export type TaughtQuestion = {
  id: string;
  /** The procedure's ref (P16) or id. */
  procedureRef: string;
  text: string;
};

export type AnswererOptions = { baseUrl: string; index?: SearchIndex };

export function createAnswerer(kb: KnowledgeBase, options: AnswererOptions): Answerer {
  const lexicon = createLexicon(kb.synonyms, kb.outOfScope);
  const index = options.index ?? buildKnowledgeIndex(kb, lexicon);
  const published = new Map<string, PublishedEntry>();
  let publishedIndex: SearchIndex | null = null;
  const procedures = new Map(kb.procedures.map((procedure) => [procedure.id, procedure]));
  const procedureIds = new Map(
    kb.procedures.flatMap((procedure) => [
      [procedure.ref, procedure.id],
      [procedure.id, procedure.id],
    ]),
  );
  // A taught question is read as a question is (what the person asked again meets it term for term).
  const learned = createLearnedExamples((text) => {
    const query = analyzeQuery(splitMessage(text).body, lexicon);
    const canonical = query.canonical.flatMap((phrase) => bigrams(phrase.split(' ')));
    return [...query.bigrams, ...canonical].filter(isContentPair);
  });
  const documents = new Map(kb.documents.map((doc) => [doc.id, doc]));
  const agencies = new Map(kb.agencies.map((agency) => [agency.id, agency]));
  // The words of each entry as the analysis of a question reads them (folded, synonyms expanded), built on first use.
  const vocabularies = new Map<string, Set<string>>();
  const vocabularyOf = (id: string): Set<string> => {
    const cached = vocabularies.get(id);
    if (cached) return cached;
    const procedure = procedures.get(id);
    const doc = documents.get(id);
    const texts = procedure
      ? [procedure.name.vi, procedure.name.en, ...procedure.aliases, ...procedure.examples, procedure.summary.vi]
      : doc
        ? [doc.title, doc.number, doc.summary, doc.summary_en ?? '', ...doc.examples]
        : [];
    if (procedure) texts.push(procedure.summary.en, procedure.field);
    const vocabulary = new Set(texts.flatMap((text) => analyzeQuery(text, lexicon).syllables));
    vocabularies.set(id, vocabulary);
    return vocabulary;
  };
  // Whether word pairs said hold a content pair of one of an entry's names (not an action's alone).
  const pairsName = (id: string, said: ReadonlySet<string>): boolean =>
    (index.entries.get(id)?.names ?? []).some((name) =>
      bigrams(name.split(' ')).some((pair) => isContentPair(pair) && !ACTION_PAIRS.has(pair) && said.has(pair)),
    );
  // Whether a text says what an entry's names are about, not only what is done to it (an action
  // like "extend" also fits the visa in "can your office extend my visa"), outside the topics'
  // own words.
  const saysWhatItIs = (id: string, text: string, topics: readonly string[]): boolean => {
    // In what it asks, not in the person's situation ("đang tính làm hồ sơ hưởng TCTN nhưng giờ …").
    const said = new Set(analyzeQuery(text, lexicon).focusPairs);
    // Not in the words of the topic itself ("household business" is also a liquor shop's), nor in
    // the concepts it says ("construction permit" says "giấy phép", as every licence's name does).
    for (const topic of topics)
      for (const words of [topic, ...lexicon.canonical(fold(lexicon.expand(topic)))])
        for (const pair of bigrams(words.split(' '))) said.delete(pair);
    return pairsName(id, said);
  };
  // Whether a text names an entry in what the person already has, receives or did (their situation).
  const toldAsSituation = (id: string, text: string): boolean =>
    pairsName(id, new Set(analyzeQuery(text, lexicon).situationPairs));
  // Whether a sentence names another sector's topic in what it asks.
  const namesATopic = (sentence: string): boolean =>
    topicsSaid(lexicon, sentence, ...analyzeQuery(sentence, lexicon).askedReadings).length > 0;
  // An entry's names (folded), padded, for looking a phrase up whole.
  const namesOf = (id: string): string => ` ${(index.entries.get(id)?.names ?? []).join(' | ')} `;
  // Texts of a procedure as one folded text, words padded, built on first use.
  const foldedTexts = (textsOf: (procedure: Procedure) => string[]) => {
    const built = new Map<string, string>();
    return (id: string): string => {
      let text = built.get(id);
      if (text === undefined) {
        const procedure = procedures.get(id);
        const items = procedure ? textsOf(procedure) : [];
        text = ` ${items.map((item) => wordsOf(fold(lexicon.expand(item))).join(' ')).join(' | ')} `;
        built.set(id, text);
      }
      return text;
    };
  };
  // What each procedure's card says it is for and what it takes (its summary, documents and
  // conditions, in both languages): "điều kiện pccc ntn" asks a condition of the LPG shop's
  // certificate, a birth during the monthly reports one of the reports' conditions. (Measured: the
  // conditions name whom they exclude too, but no answer was lost for them.)
  const cardWords = foldedTexts((procedure) => [
    procedure.summary.vi,
    procedure.summary.en,
    ...procedure.documents.items,
    ...(procedure.en?.documents ?? []),
    ...procedure.conditions.items,
    ...(procedure.en?.conditions ?? []),
  ]);
  // … a topic's phrase as the card is read, spelled out ("pccc" is "phòng cháy chữa cháy").
  const cardSpeaksOf = (id: string, phrase: string) =>
    cardWords(id).includes(` ${wordsOf(fold(lexicon.expand(phrase))).join(' ')} `);
  // … and the ways people ask for it (its examples), for a topic asked of it ("do we need a new
  // health check to renew a work permit").
  const exampleWords = foldedTexts((procedure) => procedure.examples);
  const aspectWords = new Set(ASPECT_CUE_PHRASES.flatMap((cue) => analyzeQuery(cue, lexicon).syllables));
  const contextFor = (language: Language): AnswerContext => ({
    t: translator(language),
    agencies,
    documents,
    language,
    procedureUrl: (procedure) => `${options.baseUrl}/thu-tuc/${procedure.id}`,
  });
  const labelOf = (id: string, language: Language): Choice | null => {
    const procedure = procedures.get(id);
    if (procedure) return { id, ref: procedure.ref, label: procedure.name[language] };
    const doc = documents.get(id);
    if (doc) return { id, ref: null, label: documentLabel(doc, translator(language)) };
    const entry = published.get(id);
    return entry ? { id, ref: entry.procedureRef, label: entry.question.slice(0, 80) } : null;
  };
  const textFor = (id: string, aspects: Aspect[], language: Language, notes: string[] = []): string | null => {
    const procedure = procedures.get(id);
    if (procedure) return composeProcedureAnswer(procedure, aspects, contextFor(language), notes);
    const doc = documents.get(id);
    if (doc) return composeDocumentAnswer(doc, contextFor(language));
    const entry = published.get(id);
    return entry
      ? `${translator(language)('answer.published_answer', { question: entry.question })}\n\n${entry.answer}`
      : null;
  };
  const answerWith = (
    id: string,
    aspects: Aspect[],
    language: Language,
    score: number,
    notes: string[] = [],
  ): BotAnswer | null => {
    const text = textFor(id, aspects, language, notes);
    if (text === null) return null;
    const procedure = procedures.get(id);
    return {
      decision: 'answer',
      reason: 'confident',
      answered: true,
      ref: procedure?.ref ?? published.get(id)?.procedureRef ?? null,
      id,
      kind: procedure ? 'procedure' : published.has(id) ? 'answer' : 'document',
      aspect: aspects[0] ?? null,
      aspects,
      language,
      score,
      text,
      choices: [],
      outOfScope: null,
    };
  };

  // An answer given although a clause asks about another sector (the procedure's name said in
  // full outweighs it) says which part it does not answer, unless the card speaks of it ("thẻ bảo
  // hiểm y tế" is among the documents of moving one's benefit).
  const noteUnanswered = (asked: Asked, body: string, language: Language): Asked => {
    const { answer } = asked;
    if (!asked.topics || !answer.answered || !answer.id || answer.kind !== 'procedure') return asked;
    const card = cardWords(answer.id);
    const topics = (setAsideOutOfScope(body, lexicon)?.topics ?? []).filter(
      (topic) => !card.includes(` ${wordsOf(fold(lexicon.expand(topic))).join(' ')} `),
    );
    if (topics.length === 0) return asked;
    const note = translator(language)('answer.part_not_answered', { topic: topics.join(', ') });
    const noted = answerWith(answer.id, answer.aspects, language, answer.score, [note]);
    return noted ? { ...asked, answer: noted } : asked;
  };

  // A sentence whose every word is the person's situation (what they hold, did or were told before).
  const onlySituation = (sentence: string): boolean =>
    !/\p{L}/u.test(analyzeQuery(sentence, lexicon).askedReadings[0].replace(/\|/g, ''));
  // A story's sentences, which of them ask or come just before one that does and tell more than
  // the person's situation (a letter's question often only points back at the sentence before
  // it), and those sentences as one question.
  const askingWithLead = (body: string): { sentences: string[]; asking: boolean[]; question: string } => {
    const sentences = sentencesOf(body).filter((sentence) => sentence.trim() !== '');
    const asking = sentences.map(
      (sentence, i) =>
        asksSomething(sentence) ||
        (asksSomething(sentences[i + 1] ?? '') && !asksSomething(sentence) && !onlySituation(sentence)),
    );
    return { sentences, asking, question: sentences.filter((_, i) => asking[i]).join(' ') };
  };

  // Whether the story tells an entry's procedure as done, its action and what the question alone
  // does not say it acts on ("our technician's work permit was extended …. What must we prepare to
  // extend the office licence?"): the question alone, read without the story, is not asking it again.
  const doneInStory = (id: string, question: string, body: string): boolean => {
    const said = new Set(analyzeQuery(question, lexicon).focusPairs);
    const told = new Set(analyzeQuery(body, lexicon).situationPairs);
    const [name] = (index.entries.get(id)?.names ?? [])
      .map((words) => bigrams(words.split(' ')).filter(isContentPair))
      .sort((a, b) => b.filter((pair) => said.has(pair)).length - a.filter((pair) => said.has(pair)).length);
    const pairs = name ?? [];
    return (
      pairs.some((pair) => ACTIONS.includes(pair) && told.has(pair)) &&
      pairs.some((pair) => !said.has(pair) && !ACTION_PAIRS.has(pair) && told.has(pair))
    );
  };
  /**
   * A story not answered whole (handed off below the floor, offered as choices or for a tap): what
   * it asks — the sentences that ask, each with the one before — asked alone, is answered when that
   * is an answer the whole message weighed too. The story's names, places and history weigh every
   * entry down alike; its question alone is as plain as a short one.
   */
  const storyFocus = (asked: Asked, body: string, language: Language): Asked => {
    // Only what the decision could not place, not a case or small talk. Another sector's topic
    // counts as placed only when a sentence that asks does something to it or it always goes to
    // staff: told in the story ("Last year an agent handled all our visas …"), the question alone
    // decides, and says the topic itself when it is what is asked.
    if (asked.answer.answered) return asked;
    const placed =
      asked.answer.reason === 'out-of-scope'
        ? asked.strict || asked.actedOn
        : !['no-match', 'ambiguous', 'unsure'].includes(asked.answer.reason);
    if (placed) return asked;
    // … each with the one before, unless that one only tells the situation ("Last year we also
    // obtained a work permit for our chief representative."): it names what is not asked.
    const { sentences, asking: withLead, question: focus } = askingWithLead(body);
    if (!withLead.includes(true) || !withLead.includes(false) || words(body) <= STORY_MESSAGE) return asked;
    // As plainly as a question alone: not from a bare lead below what choosing needs.
    const plainly = (alone: Asked, text: string) =>
      alone.answer.answered &&
      alone.answer.id &&
      alone.answer.score >= THRESHOLDS.clarify &&
      asked.weighed.includes(alone.answer.id) &&
      // … nor a question that points back past the sentences read ("When can we apply to extend
      // it?") without naming what it is: what "it" is was said in the story.
      !(PAPER_POINTED_BACK.test(lower(text)) && !saysWhatItIs(alone.answer.id, text, [])) &&
      !doneInStory(alone.answer.id, text, body);
    const alone = askOne(focus, language);
    if (plainly(alone, focus)) return alone;
    // Another sector's topic said only in a sentence before the question ("I'm tired of applying
    // for visas for every trip. How can I get … an APEC Business Travel Card …?") is the story's
    // too: the sentences that ask, alone.
    if (alone.answer.reason !== 'out-of-scope' || alone.strict) return asked;
    const asking = sentences.filter((sentence) => asksSomething(sentence)).join(' ');
    const bare = asking === focus ? alone : askOne(asking, language);
    return plainly(bare, asking) ? bare : asked;
  };

  /**
   * A story that asks where to send feedback on a rule ("Tôi thấy quy định bắt cửa hàng gas nhỏ …
   * gây khó. Tôi muốn gửi kiến nghị sửa quy định này, gửi ở đâu?") names the rule's procedure only
   * as what the feedback is about: the sentences that ask with a word of feedback are its question,
   * answered alone when they are answered as plainly as a question alone.
   */
  const feedbackFocus = (asked: Asked, body: string, language: Language): Asked => {
    const sentences = sentencesOf(body);
    // Each sentence read once: whether it says a word of feedback (most stories say none), whether it asks.
    const says = sentences.map((sentence) => FEEDBACK.test(fold(lower(sentence))));
    if (!says.includes(true)) return asked;
    const asks = sentences.map((sentence) => asksSomething(sentence));
    const asking = sentences.filter((_, i) => asks[i] && says[i]);
    // … or, when none does, a sentence that says it and the question right after it ("Tôi chỉ muốn
    // gửi kiến nghị … Gửi qua kênh nào?").
    const feedback =
      asking.length > 0
        ? asking
        : sentences.filter(
            (_, i) =>
              (says[i] && !asks[i] && asks[i + 1] === true) || (asks[i] && says[i - 1] === true && !asks[i - 1]),
          );
    if (feedback.length === 0) return asked;
    const feedbackText = feedback.join(' ');
    const alone = askOne(feedbackText, language);
    // Another sector's word in the feedback ("quy định bắt nộp bản sao chứng thực … muốn kiến nghị sửa
    // thì gửi đâu?") is what the rule is about, not what is asked: decided without it, unless the topic
    // always goes to staff (a complaint, a denunciation).
    if (alone.answer.reason === 'out-of-scope' && !alone.strict) {
      const without = answerOne(feedbackText, language, false);
      if (without.answer.answered && without.answer.score >= THRESHOLDS.clarify)
        return { ...alone, answer: without.answer, feedback: true };
    }
    // The rest of the story is what the feedback is about: no second question asked there.
    if (alone.answer.answered && alone.answer.score >= THRESHOLDS.clarify) return { ...alone, feedback: true };
    // Offered a choice between the procedure for feedback itself and the one the rule belongs to
    // ("quy định hồ sơ xin giấy phép bán lẻ rượu … muốn gửi kiến nghị sửa quy định này thì gửi ở
    // đâu?"), feedback on a rule is what is asked (not "văn bản đề nghị sửa đổi" a licence).
    const own =
      alone.answer.answered || !ABOUT_A_RULE.test(fold(lower(feedbackText)))
        ? []
        : alone.answer.choices.filter((choice) => FEEDBACK.test(fold(namesOf(choice.id))));
    const [feedbackEntry] = own;
    const chosen =
      own.length === 1 && feedbackEntry && alone.answer.score >= THRESHOLDS.clarify
        ? answerWith(feedbackEntry.id, alone.answer.aspects, language, alone.answer.score)
        : null;
    if (chosen) return { ...alone, answer: chosen, feedback: true };
    // Not answered alone, the feedback is still what is asked: no answer with the procedure the rule
    // or the file complained about belongs to ("tôi nộp hồ sơ cấp lại giấy phép bán lẻ rượu … muốn
    // phản ánh việc này"), but what the feedback alone gets (a tap, the choices, staff).
    // Nor, when another sector's topic put the whole story aside, an answer with the rest of it.
    return (asked.answer.answered && !alone.weighed.includes(asked.answer.id ?? '')) ||
      asked.answer.reason === 'out-of-scope'
      ? { ...alone, feedback: true }
      : asked;
  };

  /**
   * A story that asks how the one-stop centre works — its hours, handing a file in, collecting the
   * result, by post or on someone's behalf — names its procedure only as the file taken there ("hồ
   * sơ xin cấp lại giấy phép bán lẻ rượu … đã chuẩn bị xong. Mang ra Trung tâm Phục vụ hành chính
   * công thì có nhận sáng thứ Bảy không, lấy kết quả qua bưu điện được không?"): the sentences that
   * ask about the centre are its question, answered alone when answered as plainly as a question alone.
   */
  const centreFocus = (asked: Asked, body: string, language: Language): Asked => {
    // (Feedback on how a file was handled there is feedback: feedbackFocus.)
    const folded = fold(lower(body));
    if (asked.feedback || FEEDBACK.test(folded)) return asked;
    const sentences = sentencesOf(body).filter((sentence) => sentence.trim() !== '');
    // The centre named, or "trung tâm" once the message has named it (not the employment centre).
    const namesCentre = CENTRE.test(folded);
    const asking = sentences.filter((sentence) => {
      const said = fold(lower(sentence));
      return (
        asksSomething(sentence) &&
        CENTRE_SERVICE.test(said) &&
        (CENTRE.test(said) ||
          (namesCentre &&
            (BARE_CENTRE_FOLDED.test(said) || ENGLISH_BARE_CENTRE.test(said) || CENTRE_HOURS.test(said))) ||
          // … or, unnamed, its hours and where the result is collected ("giờ hồ sơ giấy nộp và nhận
          // kết quả ở đâu, giờ làm việc thế nào"): no procedure has hours.
          (CENTRE_HOURS.test(said) && RESULT_OR_PROXY.test(said)))
      );
    });
    if (asking.length === 0 || asking.length === sentences.length) return asked;
    // "Trung tâm" alone is also the employment service centre: said in full, as the message named
    // it before ("… giờ hồ sơ đều nộp ở Trung tâm Phục vụ hành chính công. Cho hỏi trung tâm làm
    // việc giờ nào …"); and hours asked without naming it ("What are the opening hours, can I drop
    // documents off on a Saturday morning?") are the centre's the message named.
    const inFull = (sentence: string) => {
      const said = fold(lower(sentence));
      if (CENTRE.test(said)) return sentence;
      if (BARE_CENTRE_FOLDED.test(said)) return sentence.replace(BARE_CENTRE, CENTRE_IN_FULL);
      return `${sentence} ${detectLanguage(sentence, language) === 'en' ? 'at the public administration service centre' : 'ở trung tâm phục vụ hành chính công'}`;
    };
    const alone = askOne(asking.map(inFull).join(' '), language);
    return alone.answer.answered && alone.answer.score >= THRESHOLDS.clarify ? alone : asked;
  };

  /**
   * A story that names two of our procedures as the files the person is handling ("Sếp giao em làm
   * hồ sơ sửa đổi giấy phép bán buôn thuốc lá và đăng ký nội quy lao động …") and asks about neither
   * but about something else ("Cho em hỏi cách đăng ký tài khoản trên Cổng dịch vụ công …"): the
   * whole message's answer is only the likelier of the two files, while the sentences that ask,
   * alone, are answered with another entry: that one is asked.
   */
  const bothFilesFocus = (asked: Asked, body: string, language: Language): Asked => {
    const { answer } = asked;
    if (!answer.answered || answer.answers || words(body) <= STORY_MESSAGE) return asked;
    // (Only when it names two procedures that are not siblings, which share most of their name.)
    const officialPairs = (id: string) => new Set(bigrams((index.entries.get(id)?.names[0] ?? '').split(' ')));
    const unlike = (a: string, b: string) => {
      const [one, other] = [officialPairs(a), officialPairs(b)];
      const shared = [...one].filter((pair) => other.has(pair)).length;
      return 2 * shared < Math.min(one.size, other.size);
    };
    if (!asked.named.some((id, i) => asked.named.slice(i + 1).some((other) => unlike(id, other)))) return asked;
    const { sentences, asking, question } = askingWithLead(body);
    if (!asking.includes(true) || !asking.includes(false)) return asked;
    const alone = askOne(question, language);
    if (!alone.answer.answered || alone.answer.id === answer.id || alone.answer.score < THRESHOLDS.clarify)
      return asked;
    const told = sentences.filter((_, i) => !asking[i]).join(' ');
    const named = answerOne(told, language)
      .result.candidates.filter((candidate) => candidate.nameCoverage >= FULL_NAME)
      .map((candidate) => candidate.id);
    if (named.length < 2 || !named.includes(answer.id ?? '') || named.includes(alone.answer.id ?? '')) return asked;
    // … by words of its own, not by those of the files' names ("What's the procedure to extend the
    // licence?" after a sub-leasing licence told: "giấy phép" is any licence's).
    const files = named.flatMap((id) => index.entries.get(id)?.names ?? []);
    return saysWhatItIs(alone.answer.id ?? '', question, files) ? alone : asked;
  };

  /** One question, searched and decided. */
  const askOne = (question: string, language: Language): Asked => {
    const { answer, result, actedOn, topics, strict } = answerOne(question, language);
    // Those the decision weighed: candidates that came near the chosen one.
    const near = (result.candidates[0]?.relevance ?? 0) * WEIGHED_SHARE;
    return {
      answer,
      weighed: result.candidates.filter((one) => one.relevance >= near).map((one) => one.id),
      named: result.candidates.filter((one) => one.nameCoverage >= NAMED_FOR_ITS_DOCUMENTS).map((one) => one.id),
      actedOn,
      topics,
      strict,
    };
  };
  const answerOne = (
    question: string,
    language: Language,
    withTopics = true,
  ): { answer: BotAnswer; result: DecisionResult; actedOn: boolean; topics: boolean; strict: boolean } => {
    const t = translator(language);
    const query = analyzeQuery(question, lexicon);
    const indexes = publishedIndex ? [index, publishedIndex] : [index];
    // Not a topic said only as what the person is not or does not do ("not just a wholesale one",
    // "tôi không khiếu nại cán bộ nào cả"), nor only in brackets, an aside ("3 more foreign positions
    // (customs specialist, IT lead …)").
    const negated = new Set(query.negated);
    const readings = query.askedReadings.map((reading) => reading.replace(/\([^()]*\)/g, ' | '));
    const topics = withTopics
      ? topicsSaid(lexicon, question, ...readings).filter(
          ({ phrase }) =>
            !phrase.split(' ').every((word) => negated.has(word)) &&
            // (… nor, in Vietnamese, said as one negated pair: "chứ không phải cấp mới"; in English
            // "the investment certificate alone isn't enough" still names it.)
            !(language === 'vi' && negated.has(phrase.replace(/ /g, '_'))),
        )
      : [];
    let result: DecisionResult = decide(indexes, query, topics, learned);
    // A topic of another sector that the card of the procedure the question names speaks of — one
    // of its documents ("hồ sơ cấp giấy phép lao động có bắt buộc phiếu lý lịch tư pháp không"), or
    // when it applies (a new passport number re-issues a work permit) — is asked about as part of
    // that procedure: decided again without it, unless the topic always goes to staff.
    // Not when the topic is said again in words the card does not speak of ("tired of renewing
    // visas … I'd like to apply for temporary residence cards"): only the first phrase met is reported.
    // (The topic's phrases the card speaks of are all set aside: "pccc" is "phòng cháy chữa cháy" typed short.)
    const saidElsewhere = (id: string, phrase: string, spoken: readonly string[] = [phrase]) => {
      const unsaid = new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${[phrase, ...spoken].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
        'gu',
      );
      return topicsSaid(lexicon, question, ...readings.map((reading) => reading.replace(unsaid, ' | '))).some(
        (other) => other.topic.id === id,
      );
    };
    const [named] = result.candidates;
    if (
      result.reason === 'out-of-scope' &&
      named &&
      named.nameCoverage >= NAMED_FOR_ITS_DOCUMENTS &&
      !topicAskedNotName(query, named, topics) &&
      topics.every(
        ({ topic, phrase }) =>
          !topic.strict &&
          cardSpeaksOf(named.id, phrase) &&
          !saidElsewhere(
            topic.id,
            phrase,
            topics
              .filter((other) => other.topic.id === topic.id && cardSpeaksOf(named.id, other.phrase))
              .map((other) => other.phrase),
          ),
      )
    )
      result = decide(indexes, query, [], learned);
    // A name said in full outweighs another sector's topic, but only when something is asked apart
    // from the topic, or a sentence that asks says what the procedure is about: "Before applying for
    // a liquor retail licence I need a household business registration. How and where do I register
    // it?" asks only about the registration; "… name on our household business registration has
    // changed. Do we need to get the licence updated?" asks about the licence.
    const [chosen] = result.candidates;
    const unasked = topics.filter(
      ({ topic, phrase }) =>
        !topic.strict &&
        chosen &&
        ((!namesOf(chosen.id).includes(` ${phrase} `) && !cardWords(chosen.id).includes(` ${phrase} `)) ||
          saidElsewhere(topic.id, phrase)),
    );
    // What a sentence that asks does to the topic itself ("renew my TRC", "làm lại hộ chiếu") is
    // the topic's question, whatever else it names and whatever the card says of the topic.
    // Read as spelled out (base forms, as the topic's phrase was found) and as typed (any of the
    // topic's phrases: "renew my TRC" after "temporary residence card").
    const sentences = sentencesOf(question);
    const actedOn = topics.some(
      ({ topic, phrase }) =>
        !topic.strict &&
        chosen !== undefined &&
        !namesOf(chosen.id).includes(` ${phrase} `) &&
        sentences.some((sentence, i) => {
          if (!asksSomething(sentence)) return false;
          const spelled = fold(lexicon.expand(sentence));
          const typed = fold(lower(sentence));
          const before = sentences[i - 1];
          const actions = WHERE_OR_HOW.test(spelled) || WHERE_OR_HOW.test(typed) ? GETTING : TOPIC_ACTIONS;
          return (
            actionOn(phrase, actions).test(spelled) ||
            (!cardWords(chosen.id).includes(` ${phrase} `) &&
              !exampleWords(chosen.id).includes(` ${phrase} `) &&
              actionOn(phrase, NEEDING).test(spelled)) ||
            topic.phrases.some((said) => !said.includes('&') && actionOn(fold(lower(said)), actions).test(typed)) ||
            (actions === GETTING && asksWhereOfTopic(spelled, phrase, namesOf(chosen.id))) ||
            (actions === GETTING &&
              (ACTION_ON_IT.test(spelled) || ACTION_ON_IT.test(typed)) &&
              before !== undefined &&
              ` ${wordsOf(fold(lexicon.expand(before))).join(' ')} `.includes(` ${phrase} `))
          );
        }),
    );
    const unaskedPhrases = unasked.map(({ phrase }) => phrase);
    const topicsQuestion =
      result.decision === 'answer' &&
      chosen !== undefined &&
      unasked.length > 0 &&
      !asksApart(question, lexicon) &&
      // … read with the sentence before it, which a question that names no topic itself often
      // points back to ("… heard the APEC card saves me from applying for visas. What are the
      // conditions?"; not "… Which company can do the periodic inspection?"). When the clause that
      // asks names the topic, that clause alone: "Giờ em không đi làm nữa mà về quê buôn bán, muốn
      // rút BHXH 1 lần thì làm hồ sơ ở đâu?" asks about the topic, whatever the clause before it tells.
      !sentences.some((sentence, i) => {
        if (!asksSomething(sentence)) return false;
        const asking = firstAskingClause(sentence);
        if (asking !== undefined && namesATopic(asking)) return saysWhatItIs(chosen.id, asking, unaskedPhrases);
        return saysWhatItIs(
          chosen.id,
          namesATopic(sentence) ? sentence : `${sentences[i - 1] ?? ''} ${sentence}`,
          unaskedPhrases,
        );
      });
    if (result.decision === 'answer' && (actedOn || topicsQuestion))
      result = {
        ...result,
        decision: 'handoff',
        reason: 'out-of-scope',
        outOfScope: (actedOn ? topics[0] : unasked[0])?.topic ?? null,
      };
    const reply = (answer: BotAnswer) => ({
      answer,
      result,
      actedOn,
      topics: topics.length > 0,
      strict: topics.some(({ topic }) => topic.strict),
    });
    const base: BotAnswer = {
      decision: result.decision,
      reason: result.reason,
      answered: false,
      ref: null,
      id: null,
      kind: null,
      aspect: query.aspects[0] ?? null,
      aspects: query.aspects,
      language,
      score: result.score,
      text: '',
      choices: [],
      outOfScope: result.outOfScope?.id ?? null,
    };
    const choices = result.candidates
      .map((candidate) => labelOf(candidate.id, language))
      .filter((choice): choice is Choice => choice !== null);
    switch (result.decision) {
      case 'smalltalk':
        return reply({ ...base, text: t(`smalltalk.${query.smalltalk ?? 'help'}`) });
      case 'handoff': {
        const text =
          result.reason === 'wants-person'
            ? t('decision.wants_person')
            : result.reason === 'personal-case'
              ? t('decision.personal_case')
              : (result.outOfScope?.reply[language] ?? t('decision.handoff'));
        return reply({ ...base, text });
      }
      case 'confirm': {
        const [choice] = choices;
        return reply(
          choice ? { ...base, choices: [choice], text: t('decision.confirm', { label: choice.label }) } : base,
        );
      }
      case 'clarify': {
        // "thủ tục" only when every choice is a procedure: a legal document or a published answer is not one.
        const onlyProcedures = result.candidates.every((candidate) => candidate.kind === 'procedure');
        const heading = t(
          `decision.${choices.length > 1 ? 'clarify' : 'clarify_one'}${onlyProcedures ? '' : '_other'}`,
        );
        return reply({
          ...base,
          choices,
          text: [heading, ...choices.map((choice, i) => `${i + 1}. ${choice.label}`)].join('\n'),
        });
      }
      case 'answer': {
        const answer = answerWith(result.candidates[0]?.id ?? '', query.aspects, language, result.score);
        return reply(answer ?? { ...base, decision: 'handoff', reason: 'no-match', text: t('decision.handoff') });
      }
    }
  };

  /**
   * A question that names one of our procedures and asks whether it can be filed on the portal
   * ("This time he needs a full work permit, right? How early can I file, and can I do it on the
   * national public service portal?"): the portal is how that procedure is filed, its online
   * aspect, not the portal's own service (an account, logging in, paying, looking a file up).
   */
  const channelAsAspect = (asked: Asked, body: string, language: Language): Asked => {
    const { answer } = asked;
    if (!answer.answered || !answer.id || answer.answers || !procedures.get(answer.id)?.channel) return asked;
    // The sentences that ask, each with the one before.
    const { question: asking } = askingWithLead(body);
    const folded = fold(lower(asking));
    // … or at the one-stop centre ("Nộp online được không hay phải lên trung tâm hành chính công?"):
    // where it is handed in, unless the centre's own service is asked (its hours, the result, a proxy).
    const portal = PORTAL.test(folded) && !PORTAL_SERVICE.test(folded);
    const centre = !portal && CENTRE.test(folded) && !CENTRE_HOURS.test(folded) && !RESULT_OR_PROXY.test(folded);
    if (!portal && !centre) return asked;
    const english = detectLanguage(asking, language) === 'en';
    const alone = askOne(
      portal
        ? asking.replace(PORTAL_NAMED, english ? ' online ' : ' trực tuyến ')
        : asking.replace(CENTRE_NAMED, english ? ' in person ' : ' trực tiếp '),
      language,
    );
    const id = alone.answer.id;
    if (
      !alone.answer.answered ||
      !id ||
      alone.answer.answers ||
      // (a procedure of our own: not a document, a staff answer or the portal again)
      procedures.get(id)?.channel !== false ||
      alone.answer.score < THRESHOLDS.clarify ||
      // … asking something of that procedure itself (its documents, time limit, conditions), not
      // only whether it can be sent there …
      !alone.answer.aspects.some((aspect) => OWN_ASPECTS.includes(aspect)) ||
      // … and not a procedure the story tells as done.
      doneInStory(id, asking, body)
    )
      return asked;
    const filed = answerWith(
      id,
      [...new Set<Aspect>([...alone.answer.aspects, portal ? 'online' : 'where'])],
      language,
      alone.answer.score,
    );
    return filed ? { ...alone, answer: filed } : asked;
  };

  return {
    kb,
    get index() {
      return index;
    },
    lexicon,
    publish(...entries) {
      if (entries.length === 0) return;
      for (const entry of entries) published.set(entry.id, entry);
      publishedIndex = buildSearchIndex([...published.values()].map(answerEntry), lexicon);
    },
    learn(...questions) {
      learned.add(
        ...questions.flatMap(({ id, procedureRef, text }) => {
          const procedureId = procedureIds.get(procedureRef);
          return procedureId ? [{ id, procedureId, text }] : [];
        }),
      );
    },
    forget(...ids) {
      learned.remove(...ids);
    },
    ask(question, hint = 'vi') {
      const language = detectLanguage(question, hint);
      const coded = findByCode(question, kb);
      if (coded) {
        const answer = answerWith(coded.id, analyzeQuery(question, lexicon).aspects, language, 1);
        if (answer) return answer;
      }
      const message = splitMessage(question);
      const asked = channelAsAspect(
        bothFilesFocus(
          centreFocus(
            feedbackFocus(storyFocus(askOne(message.body, language), message.body, language), message.body, language),
            message.body,
            language,
          ),
          message.body,
          language,
        ),
        message.body,
        language,
      );
      const aside =
        asked.answer.reason === 'out-of-scope' && !asked.actedOn ? setAsideOutOfScope(message.body, lexicon) : null;
      // What is left must be a question of its own, not "nộp hồ sơ ở đâu", and ask something: the
      // clause set aside may have been the only question ("I won a car in a lucky draw. Do I have
      // to pay tax on it, and who withholds it?" leaves no question about the lucky draw).
      const rest = aside && asksSomething(aside.rest) ? askOne(aside.rest, language).answer : null;
      // And the rest must be answered as plainly as a question alone (not from a bare lead at a low
      // relevance): "My business visa expires… Can I extend it here?" leaves an "extend" that was the visa's.
      const note = () => translator(language)('answer.part_not_answered', { topic: aside?.topics.join(', ') ?? '' });
      // … and, when the story names it as what the person already has or did, say it again in what
      // the rest asks ("I already helped them get their liquor retail licence … How do we divide the plot?").
      const restAsks = aside ? sentencesOf(aside.rest).filter((sentence) => asksSomething(sentence)) : [];
      if (
        aside &&
        rest?.answered &&
        rest.id &&
        rest.score >= THRESHOLDS.clarify &&
        words(aside.rest) >= OWN_QUESTION &&
        (!toldAsSituation(rest.id, aside.rest) ||
          saysWhatItIs(rest.id, restAsks.length > 0 ? restAsks.join(' ') : aside.rest, aside.topics))
      )
        return answerWith(rest.id, rest.aspects, language, rest.score, [note()]) ?? asked.answer;
      // What is asked apart from the topic, read with the whole message around it when the clauses
      // left alone say too little: "Tôi thấy quy định … bản sao chứng thực … là không hợp lý. Tôi
      // muốn góp ý … gửi ý kiến qua đâu?" asks where to send the feedback, its subject the context.
      // Not when every sentence that asks names the topic itself ("em có được hưởng chế độ thai sản
      // khi sinh không"): the question is the topic's, whatever the story around it names.
      const asking = sentencesOf(message.body).filter((sentence) => asksSomething(sentence));
      const topicAsked = asking.length > 0 && asking.every(namesATopic);
      const whole = aside && !topicAsked ? answerOne(message.body, language, false).answer : null;
      if (
        whole?.answered &&
        whole.id &&
        whole.score >= THRESHOLDS.clarify &&
        (!toldAsSituation(whole.id, message.body) || saysWhatItIs(whole.id, asking.join(' '), aside?.topics ?? []))
      )
        return answerWith(whole.id, whole.aspects, language, whole.score, [note()]) ?? asked.answer;
      const noted = noteUnanswered(asked, message.body, language);
      // In a story, a sentence asked alone loses what the story around it says ("em đăng ký học lớp tin học
      // … chưa có quyết định hỗ trợ học nghề. … có bị dừng tiền không?"): another procedure only when the
      // whole message weighed it too.
      const story = words(message.body) > STORY_MESSAGE;
      if (asked.feedback) return noted.answer;
      const several = severalQuestions(
        noted,
        message.questions,
        (one) => askOne(one, language),
        story ? asked.weighed : null,
        (id) => procedures.get(id)?.channel === true,
      );
      return several.decision === 'clarify'
        ? bothAsked(several, message.body, (one) => askOne(one, language))
        : several;
    },
    about(id, question, language = 'vi') {
      const query = analyzeQuery(question, lexicon);
      if (query.aspects.length === 0) return null;
      const answer = this.show(id, language);
      const text = answer ? textFor(answer.id ?? id, query.aspects, language) : null;
      return answer && text ? { ...answer, aspect: query.aspects[0] ?? null, text } : null;
    },
    wordsBeyond(id, question) {
      const known = vocabularyOf(id);
      return analyzeQuery(question, lexicon).syllables.filter(
        (syllable) => !known.has(syllable) && !aspectWords.has(syllable) && !REFERRING.has(syllable),
      );
    },
    show(id, language = 'vi') {
      const procedure =
        procedures.get(id) ?? [...procedures.values()].find((candidate) => candidate.ref === id.toUpperCase());
      return answerWith(procedure?.id ?? id, [], language, 1);
    },
  };
}

/**
 * `actedOn`: a sentence that asks does something to another sector's topic ("renew my TRC"): no
 * part of it is ours. `topics`: what is asked names another sector's topic at all (only then is a
 * note on the part left worth looking for). `feedback`: the answer is the feedback's (feedbackFocus):
 * the rest of the story is what it is about.
 */
type Asked = {
  answer: BotAnswer;
  weighed: string[];
  /** The candidates whose names it says for the most part (a story's names are read at a discount). */
  named: string[];
  actedOn: boolean;
  topics: boolean;
  /** A topic said that always goes to staff (a complaint, a denunciation). */
  strict: boolean;
  feedback?: boolean;
};

/** A paper or a procedure pointed back at ("giấy phép này", "thủ tục đó", "this licence", "renew it"). */
const PAPER_POINTED_BACK =
  /(?<![\p{L}])(?:(?:giấy|giấy phép|giấy chứng nhận|thủ tục|hồ sơ|chương trình|giay|giay phep|thu tuc|ho so) (?:này|đó|ấy|nay|do)|(?:this|that) (?:licen[cs]e|permit|certificate|one|procedure)|(?:extend|renew|reissue|amend|replace) it)(?![\p{L}])/u;

/** Words that point back at the topic rather than name something ("it", "this", "thủ tục này"). */
const REFERRING = new Set([
  'it',
  'about',
  'this',
  'that',
  'these',
  'those',
  'them',
  'one',
  'same',
  'nay',
  'do',
  'kia',
  'ay',
]);

/** Words of giving feedback on a rule or on how a file was handled (folded). */
const FEEDBACK =
  /(?<![\p{L}])(?:gop y|kien nghi|phan anh|gui y kien|y kien dong gop|de nghi (?:bo|sua|don gian hoa)|feedback|suggestions?|suggest that|recommendations?)(?![\p{L}])/u;

/** Feedback said to be on a rule or a regulation (folded). */
const ABOUT_A_RULE = /(?<![\p{L}])(?:quy dinh|regulations?|rules?)(?![\p{L}])/u;
/** The one-stop centre, by name (folded). */
const CENTRE =
  /(?<![\p{L}])(?:trung tam phuc vu|trung tam hanh chinh cong|tthcc|bo phan (?:tiep nhan va tra ket qua|mot cua)|mot cua|(?<!employment )(?:service|administrative|administration) (?:centre|center)|one-stop)(?![\p{L}])/u;
/** "Trung tâm" said alone, as typed, and the one-stop centre it stands for once the message has named it. */
const BARE_CENTRE = /(?<![\p{L}])(trung tâm|trung tam)(?![\p{L}])/giu;
const CENTRE_IN_FULL = '$1 phục vụ hành chính công';
/** "The centre" said alone in English ("collect the result at the centre's counter"), not the employment or job centre (folded). */
const ENGLISH_BARE_CENTRE = /(?<![\p{L}])(?<!(?:employment|job|service|services) )(?:centre|center)(?![\p{L}])/u;
/** … folded, not the employment service centre. */
const BARE_CENTRE_FOLDED = /(?<![\p{L}])trung tam(?![\p{L}])(?! dich vu viec lam)/u;
/** The centre's hours, which no procedure has: asked, they are the centre's the message named (folded). */
const CENTRE_HOURS =
  /(?<![\p{L}])(?:gio lam viec|lam viec (?:gio nao|may gio|tu may|den may)|thu bay|thu 7|chu nhat|opening hours|office hours|working hours|open on|saturday|sunday)(?![\p{L}])/u;
/** What the centre does for whoever files there: its hours, taking a file in person, handing the result, by post, to someone sent (folded). */
/** What the centre does of its own beside its hours, not only take a procedure's file: the result, a receipt, a proxy (folded). */
const RESULT_OR_PROXY_WORDS =
  '(?:nhan|tra|lay) ket qua|ket qua (?:tra|gui) ve|nhan (?:thay|ho)|uy quyen|giay hen|bien nhan|collect|pick (?:it |them )?up|on (?:his|her|my|their) behalf|authori[sz]';
const RESULT_OR_PROXY = new RegExp(`(?<![\\p{L}])(?:${RESULT_OR_PROXY_WORDS})(?![\\p{L}])`, 'u');
const CENTRE_SERVICE = new RegExp(
  `(?<![\\p{L}])(?:gio lam viec|lam viec (?:gio nao|may gio|tu may|den may|vao)|thu bay|thu 7|chu nhat|${RESULT_OR_PROXY_WORDS}|buu dien|nop truc tiep|opening hours|office hours|working hours|open on|saturday|sunday|by post|in person)(?![\\p{L}])`,
  'u',
);

/** The one-stop centre named as where a file is handed in ("lên trung tâm hành chính công"), as typed. */
const CENTRE_NAMED =
  /(?<![\p{L}])(?:(?:lên|tại|ở|đến|ra|qua|len|tai|o|den|at|to|in) (?:the )?)?(?:trung tâm phục vụ hành chính công|trung tâm hành chính công|trung tam phuc vu hanh chinh cong|trung tam hanh chinh cong|bộ phận một cửa|bo phan mot cua|tthcc|(?:provincial )?(?:public )?(?:administrative|administration) (?:services? )?(?:centre|center)|one-stop (?:shop|centre|center|counter))(?: (?:tỉnh|xã|phường|tinh|xa|phuong))?(?![\p{L}])/giu;

/** Whether a question asks what the centre or the portal does of its own: its hours, the result, a proxy, an account. */
function asksChannelsOwnService(question: string): boolean {
  const folded = fold(lower(question));
  return [CENTRE_HOURS, RESULT_OR_PROXY, PORTAL_SERVICE].some((service) => service.test(folded));
}

/** Words a message needs, once a clause on another sector is set aside, to be a question of its own. */
const OWN_QUESTION = 10;

function words(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

const WEIGHED_SHARE = 0.75;
// The portal named as where a file is sent ("can I do it on the national public service portal",
// "nộp qua cổng dịch vụ công được không"), as typed; and, folded, the portal at all and what is
// its own service rather than a procedure's (channelAsAspect).
const PORTAL_NAMED =
  /(?<![\p{L}])(?:(?:on|via|through|using|in) (?:the )?(?:national |vietnam(?:'s)? )?(?:online )?(?:public[- ]services? )?portal|(?:on|via|through) dichvucong(?:\.gov\.vn)?|(?:trên|qua|lên|tren|len) (?:cổng|cong) (?:dịch vụ công|dich vu cong|dvc)(?: (?:quốc gia|quoc gia|qg))?|(?:trên|qua|tren) (?:dịch vụ công|dich vu cong|dvcqg|dvc)(?: (?:quốc gia|quoc gia))?)(?![\p{L}])/giu;
const PORTAL = /(?<![\p{L}])(?:cong dich vu cong|cong dvc|dich vu cong|dvcqg|dichvucong|portal)(?![\p{L}])/u;
const PORTAL_SERVICE =
  /(?<![\p{L}])(?:tai khoan|dang nhap|vneid|dinh danh|thanh toan|tra cuu|ma ho so|dinh kem|account|log ?in|sign ?in|pay|paying|payment|track|tracking|status|attach|upload|scan|scanned)(?![\p{L}])/u;
// What a question asks of a procedure itself, not only of where or how it is sent.
const OWN_ASPECTS: readonly Aspect[] = ['documents', 'time_limit', 'conditions', 'legal_basis', 'amount'];

/** Words past which a message is a story whose question may be asked alone (storyFocus). */
const STORY_MESSAGE = 40;

/** How much of a procedure's name a question must say for one of its documents to be asked about, not a topic. */
const NAMED_FOR_ITS_DOCUMENTS = 0.6;
/** What is done to a licence or a benefit, as folded bigrams: the actions that tell siblings apart, and issuing, registering, notifying, settling ("giải quyết"). No word of what it is. */
const ACTION_PAIRS = new Set([...ACTIONS, 'cap_moi', 'dang_ky', 'thong_bao', 'giai_quyet']);

/** An action done to the phrase, a determiner or two between ("renew my TRC", "xin cấp lại hộ chiếu"), folded. */
function actionOn(phrase: string, actions = TOPIC_ACTIONS): RegExp {
  return new RegExp(
    `(?<![\\p{L}])${NOT_NEEDED}(?:${actions}) (?:(?:my|the|our|his|her|their|a|an|new|to|of|cho|lai|cai|moi|cap) ){0,2}${escapeRegExp(phrase)}(?![\\p{L}])`,
    'u',
  );
}

// What is done to another sector's topic: renewing, re-issuing or changing it, and, in a sentence
// asking where or how, getting it ("where can I get a land use right certificate", "xin lý lịch
// tư pháp ở đâu"; not "lần nào cũng xin visa rất mất thời gian"), in base forms ("registered" →
// "regist") and as typed.
const TOPIC_ACTIONS = 'gia han|extend|renew|cap lai|reissu|lam lai|xin lai|doi|chang|apply for';
const GETTING = `${TOPIC_ACTIONS}|get|obtain|xin|lam|register|regist|dang ky`;
/**
 * Asking whether one needs the topic ("Do I need a construction permit to build a warehouse next to
 * my petrol station?") asks about the topic, unless the procedure's card or the ways people ask
 * for it speak of it (a new health check for a work permit's extension is asked of it).
 */
const NEEDING = 'need|can co|phai co|can xin|phai xin';
const WHERE_OR_HOW = /(?<![\p{L}])(?:o dau|where|how(?! (?:long|much|many|soon|often))|the nao|lam sao)(?![\p{L}])/u;
/**
 * A clause that asks where or how of a topic that is itself a doing ("… nhưng chưa có giấy đăng ký
 * hộ kinh doanh, vậy đăng ký hộ kinh doanh ở đâu") and says nothing else of the chosen procedure's
 * names: the topic's question. `spelled` is folded and spelled out; `names`, the procedure's names.
 */
function asksWhereOfTopic(spelled: string, phrase: string, names: string): boolean {
  if (!DOING.test(phrase)) return false;
  return spelled.split(CLAUSE_BREAK).some((clause) => {
    const said = ` ${wordsOf(clause).join(' ')} `;
    if (!said.includes(` ${phrase} `) || !WHERE_OR_HOW.test(said)) return false;
    const rest = said
      .replace(` ${phrase} `, ' | ')
      .split(' | ')
      .map((part) => wordsOf(part));
    return !rest.some((part) =>
      bigrams(part).some((pair) => isContentPair(pair) && names.includes(` ${pair.replace('_', ' ')} `)),
    );
  });
}
const DOING = /^(?:dang ky|xin|lam|register|regist|apply) /u;
const CLAUSE_BREAK = /[,;:]|\s(?:vay|thi|con|nhung|so|then|but)\s/u;

// Not what one no longer needs: "thẻ APEC … không cần xin visa".
const NOT_NEEDED = '(?<!(?:khong can|khong phai|khoi|without|no need to|not need to|don t need to|needn t) )';
/** The same said of "it" right after the sentence that names the topic: "… I need a household business registration. How and where do I register it?" */
const ACTION_ON_IT = new RegExp(`(?<![\\p{L}])${NOT_NEEDED}(?:${GETTING}) (?:it|them|no)(?![\\p{L}])`, 'u');

/**
 * One sentence that asks about two procedures at once, saying it asks for both ("mỗi việc phải xin
 * giấy gì", "hai giấy này", "for each", "both", "two questions") or joining a second question to
 * the first ("với lại", "đồng thời", "and also"): the choices offered are the
 * answers when its parts, cut where it joins them ("và", "lẫn", "and", ";"), asked alone, are
 * answered with two or three of them ("Two questions: how do I file online on the national portal,
 * and where do I pick up the paper result at the one-stop centre?"). A part counts only when it is
 * answered as plainly as a question alone and with an entry the whole message was unsure between:
 * a part answered with anything else is left out, never added.
 */
function bothAsked(clarify: BotAnswer, body: string, ask: (question: string) => Asked): BotAnswer {
  const typed = lower(body);
  if (clarify.choices.length < 2 || !(BOTH.test(typed) || FOLDED_BOTH.test(fold(typed)))) return clarify;
  const offered = new Set(clarify.choices.map((choice) => choice.id));
  const parts = body.split(TWO_PARTS).filter((part) => /\p{L}/u.test(part));
  if (parts.length < 2) return clarify;
  // What the last part asks of both ("… lẫn giấy chứng nhận trạm nạp vào xe bồn, giờ xin cấp lại cả
  // hai thế nào?") is asked of each part before it too, when that part alone is no question.
  const tail =
    parts
      .at(-1)
      ?.split(/(?<=[,.?!])\s+/)
      .at(-1) ?? '';
  // So is what the last sentence asks of them ("… the one for filling LPG cylinders and the one for
  // filling tanker trucks. How do we get them reissued?").
  const shared = BOTH.test(lower(tail)) || FOLDED_BOTH.test(fold(lower(tail))) || THEM.test(lower(tail)) ? tail : null;
  const answers = parts
    .map((part, i) => {
      const alone = ask(part).answer;
      return alone.answered || !shared || i === parts.length - 1 ? alone : ask(`${part.trim()}, ${shared}`).answer;
    })
    .filter((answer) => answer.answered && answer.score >= THRESHOLDS.clarify && offered.has(answer.id ?? ''));
  const distinct = [...new Map(answers.map((answer) => [answer.id, answer])).values()];
  // Two or three of the choices, or the choices stay.
  if (distinct.length < 2 || distinct.length > 3) return clarify;
  const [first] = distinct;
  return first ? { ...first, answers: distinct } : clarify;
}
/**
 * Words that say a sentence asks for two things, or join a second to the first (accented or English);
 * not "a separate matter", which sets one aside.
 */
const BOTH =
  /(?<![\p{L}])(?:cả hai|hai (?:giấy|loại|thủ tục|cái|việc|hồ sơ|chương trình)|mỗi (?:việc|cái|loại|giấy|thủ tục|bên|chương trình)|từng (?:cái|loại|giấy|thủ tục|việc|chương trình)|hai câu hỏi|2 câu hỏi|lẫn|vừa [^,.;?!]+,? vừa|riêng|với lại|đồng thời|each|both|two (?:questions|things)|the other|respectively|separately|separate(?! (?:matter|issue|question|story|topic|thing)s?(?![\p{L}]))|and also|as well as)(?![\p{L}])/u;
/** … typed without accents, where they do not read as another word. */
const FOLDED_BOTH =
  /(?<![\p{L}])(?:ca hai|hai (?:giay|loai|thu tuc|cai|viec|ho so|chuong trinh|cau hoi)|2 cau hoi|moi (?:viec|cai|loai|giay|thu tuc|ben|chuong trinh)|tung (?:cai|loai|giay|thu tuc|viec|chuong trinh)|voi lai|dong thoi)(?![\p{L}])/u;
/** A question that points back at the things named before it. */
const THEM = /(?<![\p{L}])(?:them|hai cái đó|hai giấy đó)(?![\p{L}])[^.!]*\?\s*$/u;
/** Where a sentence joins two things it asks about. */
const TWO_PARTS =
  /(?<![\p{L}])(?:và|va|lẫn|với cả|voi ca|với lại|voi lai|đồng thời|dong thoi|and also|as well as|and|the other)(?![\p{L}])|,\s*(?:còn|con|vừa|vua)(?![\p{L}])|(?<=\s)(?:vừa)(?=\s)|[;:]/u;

/**
 * A message asking several questions about different procedures gets an answer to each: every
 * sentence that asks is also asked alone, and when two or more are answered with different
 * procedures, each of which the other sentences never even weighed, they are the answers, in the
 * order asked. A sentence alone has less context than the message, so only answers (never
 * choices) are taken from it, and siblings weighed against each other ("xác nhận không thuộc
 * diện cấp giấy phép lao động" and "cấp giấy phép lao động") are one question, not two.
 */
function severalQuestions(
  asked: Asked,
  questions: string[],
  ask: (question: string) => Asked,
  weighed: string[] | null,
  isChannel: (id: string) => boolean,
): BotAnswer {
  const whole = asked.answer;
  if (questions.length < 2) return whole;
  // Another procedure beside the whole message's answer only as sure as a question alone would be:
  // a side remark in a story ("… muốn phản ánh") is no second question at a lower relevance.
  // A question that points back ("gia hạn giấy phép này", "extend it") asks about what the whole
  // message is about, whatever the sentence before it names.
  const answered = questions
    .filter((question) => !(whole.answered && PAPER_POINTED_BACK.test(lower(sentencesOf(question).at(-1) ?? ''))))
    .map((question) => ({ question, ...ask(question) }))
    .filter(
      ({ question, answer, named }) =>
        answer.answered &&
        (answer.id === whole.id ||
          ((!whole.answered || answer.score >= THRESHOLDS.answer) &&
            (!weighed || weighed.includes(answer.id ?? '')) &&
            // … naming what it asks about for the most part, not only an action and aspects
            // ("dang ky o dau, can hs j va co mat phi ko a?" after a question on the registration) …
            named.includes(answer.id ?? '') &&
            // … nor asking only how the whole message's procedure is handed in ("Nộp online được
            // không hay phải lên trung tâm hành chính công?"): that is its filing aspect, unless
            // it asks what the centre or the portal itself does (hours, results, an account).
            !(
              whole.answered &&
              isChannel(answer.id ?? '') &&
              !isChannel(whole.id ?? '') &&
              !asksChannelsOwnService(question)
            ))),
    );
  const apart = answered.filter(({ answer }) =>
    answered.every((other) => other.answer.id === answer.id || !other.weighed.includes(answer.id ?? '')),
  );
  const distinct = [...new Map(apart.map(({ answer }) => [answer.id, answer])).values()];
  if (distinct.length < 2 || (whole.answered && !distinct.some((answer) => answer.id === whole.id))) return whole;
  // The whole message's answer to a procedure a sentence also asks about: it has all the aspects asked.
  const answers = distinct.map((answer) => (answer.id === whole.id ? whole : answer));
  const [first] = answers;
  return first ? { ...first, answers } : whole;
}
