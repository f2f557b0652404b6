import type { KnowledgeBase, LegalDocument, Procedure } from './content-schema.ts';
import type { Lexicon } from './lexicon.ts';
import { buildSearchIndex, type BuildOptions, type IndexEntry, type SearchIndex } from './search-index.ts';

/** What the bot searches: the content's procedures and legal documents, and staff answers once published. */
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
    // The English card too: an English question says "dossier", "employer", "qualifications".
    en: [
      procedure.name.en,
      procedure.summary.en,
      ...(procedure.en
        ? [...procedure.en.conditions, ...procedure.en.documents, ...procedure.en.steps, procedure.en.result]
        : []),
    ].join('\n'),
    examples: procedure.examples,
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
    en: [doc.title_en, doc.summary_en].filter(Boolean).join('. '),
    examples: doc.examples,
    body: `${doc.issuer}\n${doc.summary}`,
  };
}

/** A published staff answer, searched by its question and its text. */
export function answerEntry(entry: { id: string; question: string; answer: string }): IndexEntry {
  return { id: entry.id, kind: 'answer', name: entry.question, aliases: [], en: '', body: entry.answer };
}
