import { translator, type Language } from '../i18n/index.ts';
import { analyzeQuery, type Aspect } from './analyze-query.ts';
import { composeDocumentAnswer, composeProcedureAnswer, type AnswerContext } from './compose-answer.ts';
import type { KnowledgeBase, LegalDocument, Procedure } from './content-schema.ts';
import { decide, type Decision, type DecisionReason } from './decide.ts';
import { createLexicon, type Lexicon } from './lexicon.ts';
import {
  buildSearchIndex,
  type BuildOptions,
  type EntryKind,
  type IndexEntry,
  type SearchIndex,
} from './search-index.ts';

export type Choice = { id: string; ref: string | null; label: string };

/** What the bot says to one question, channel-neutral. */
export type BotAnswer = {
  decision: Decision;
  reason: DecisionReason;
  answered: boolean;
  ref: string | null;
  id: string | null;
  kind: EntryKind | null;
  aspect: Aspect | null;
  score: number;
  text: string;
  choices: Choice[];
  outOfScope: string | null;
  /**
   * When one message asks several distinct questions about different procedures: one answer per
   * question, in the order asked (this answer is the first of them). The caller sends them as one
   * message or several. Absent when the message asks one thing.
   */
  answers?: BotAnswer[];
};

export type Answerer = {
  ask(question: string, language?: Language): BotAnswer;
  /** The answer for one procedure or document picked from a list (a clarify button, a deep link). */
  show(id: string, language?: Language): BotAnswer | null;
  /**
   * Adds staff answers saved to the knowledge base (personal data removed) to what the bot
   * searches, at once. They have an index of their own, rebuilt with each publication (a few
   * hundred entries): the content's index, loaded from its snapshot, is never rebuilt for them.
   */
  publish(...entries: PublishedEntry[]): void;
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

export type AnswererOptions = { baseUrl: string; index?: SearchIndex };

export function createAnswerer(kb: KnowledgeBase, options: AnswererOptions): Answerer {
  const lexicon = createLexicon(kb.synonyms, kb.outOfScope);
  const index = options.index ?? buildKnowledgeIndex(kb, lexicon);
  const published = new Map<string, PublishedEntry>();
  let publishedIndex: SearchIndex | null = null;
  const procedures = new Map(kb.procedures.map((procedure) => [procedure.id, procedure]));
  const documents = new Map(kb.documents.map((doc) => [doc.id, doc]));
  const agencies = new Map(kb.agencies.map((agency) => [agency.id, agency]));
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
    if (doc) return { id, ref: null, label: `${doc.type} ${doc.number}` };
    const entry = published.get(id);
    return entry ? { id, ref: entry.procedureRef, label: entry.question.slice(0, 80) } : null;
  };
  const textFor = (id: string, aspects: Aspect[], language: Language): string | null => {
    const procedure = procedures.get(id);
    if (procedure) return composeProcedureAnswer(procedure, aspects, contextFor(language));
    const doc = documents.get(id);
    if (doc) return composeDocumentAnswer(doc, contextFor(language));
    const entry = published.get(id);
    return entry
      ? `${translator(language)('answer.published_answer', { question: entry.question })}\n\n${entry.answer}`
      : null;
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
    ask(question, language = 'vi') {
      const t = translator(language);
      const query = analyzeQuery(question, lexicon);
      const topics = lexicon.outOfScope(query.folded);
      const result = decide(publishedIndex ? [index, publishedIndex] : [index], query, topics);
      const top = result.candidates[0];
      const base: BotAnswer = {
        decision: result.decision,
        reason: result.reason,
        answered: false,
        ref: null,
        id: null,
        kind: null,
        aspect: query.aspects[0] ?? null,
        score: result.score,
        text: '',
        choices: [],
        outOfScope: result.outOfScope?.id ?? null,
      };
      switch (result.decision) {
        case 'smalltalk':
          return { ...base, text: t(`smalltalk.${query.smalltalk ?? 'help'}`) };
        case 'handoff': {
          const text =
            result.reason === 'wants-person'
              ? t('decision.wants_person')
              : result.reason === 'personal-case'
                ? t('decision.personal_case')
                : (result.outOfScope?.reply[language] ?? t('decision.handoff'));
          return { ...base, text };
        }
        case 'clarify': {
          const choices = result.candidates
            .map((candidate) => labelOf(candidate.id, language))
            .filter((choice): choice is Choice => choice !== null);
          // "thủ tục" only when every choice is a procedure: a legal document or a published answer is not one.
          const onlyProcedures = result.candidates.every((candidate) => candidate.kind === 'procedure');
          const heading = t(
            `decision.${choices.length > 1 ? 'clarify' : 'clarify_one'}${onlyProcedures ? '' : '_other'}`,
          );
          return {
            ...base,
            choices,
            text: [heading, ...choices.map((choice, i) => `${i + 1}. ${choice.label}`)].join('\n'),
          };
        }
        case 'answer': {
          const id = top?.id ?? '';
          const text = textFor(id, query.aspects, language) ?? t('decision.handoff');
          return {
            ...base,
            answered: true,
            id,
            kind: top?.kind ?? null,
            ref: procedures.get(id)?.ref ?? published.get(id)?.procedureRef ?? null,
            text,
          };
        }
      }
    },
    show(id, language = 'vi') {
      const procedure =
        procedures.get(id) ?? [...procedures.values()].find((candidate) => candidate.ref === id.toUpperCase());
      const target = procedure?.id ?? id;
      const text = textFor(target, [], language);
      if (text === null) return null;
      return {
        decision: 'answer',
        reason: 'confident',
        answered: true,
        ref: procedure?.ref ?? null,
        id: target,
        kind: procedure ? 'procedure' : published.has(target) ? 'answer' : 'document',
        aspect: null,
        score: 1,
        text,
        choices: [],
        outOfScope: null,
      };
    },
  };
}

export function buildKnowledgeIndex(kb: KnowledgeBase, lexicon: Lexicon, options: BuildOptions = {}): SearchIndex {
  return buildSearchIndex(indexEntriesOf(kb), lexicon, options);
}

export function indexEntriesOf(kb: KnowledgeBase): IndexEntry[] {
  const agencies = new Map(kb.agencies.map((agency) => [agency.id, agency]));
  return [
    ...kb.procedures.map((procedure) => procedureEntry(procedure, agencies.get(procedure.agency)?.name.vi ?? '')),
    ...kb.documents.map(documentEntry),
  ];
}

function procedureEntry(procedure: Procedure, agencyName: string): IndexEntry {
  return {
    id: procedure.id,
    kind: 'procedure',
    name: procedure.name.vi,
    aliases: procedure.aliases,
    enName: procedure.name.en,
    en: `${procedure.name.en}. ${procedure.summary.en}`,
    body: [
      procedure.summary.vi,
      procedure.field,
      agencyName,
      ...procedure.conditions.items,
      ...procedure.documents.items,
      ...procedure.steps.items,
      procedure.result,
      procedure.body,
    ].join('\n'),
  };
}

function documentEntry(doc: LegalDocument): IndexEntry {
  return {
    id: doc.id,
    kind: 'document',
    name: `${doc.type} ${doc.number} ${doc.title}`,
    aliases: [],
    en: doc.title_en,
    body: `${doc.issuer}\n${doc.summary}`,
  };
}

function answerEntry(entry: PublishedEntry): IndexEntry {
  return { id: entry.id, kind: 'answer', name: entry.question, aliases: [], en: '', body: entry.answer };
}
