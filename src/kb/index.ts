import { createAnswerer, type Answerer, type AnswererOptions } from './answerer.ts';
import { createLexicon } from './lexicon.ts';
import { formatProblem, loadContent } from './load-content.ts';
import { loadOrBuildIndex, type SnapshotOptions } from './load-or-build-index.ts';

export {
  createAnswerer,
  type Answerer,
  type BotAnswer,
  type Choice,
  type PublishedEntry,
  type TaughtQuestion,
} from './answerer.ts';
export { buildKnowledgeIndex, indexEntriesOf } from './index-entries.ts';
export { detectLanguage } from './detect-language.ts';
export { officialFirst, sourceConcern, sourceKind, type SourceKind } from './source-kind.ts';
export { loadContent, formatProblem, type ContentProblem } from './load-content.ts';
export type { KnowledgeBase, Procedure, LegalDocument, Agency, HolidayYear } from './content-schema.ts';
export type { Aspect } from './analyze-query.ts';
export type { Decision } from './decide.ts';

export class ContentError extends Error {
  constructor(readonly lines: string[]) {
    super(`The knowledge base in content/ has ${lines.length} problem(s):\n${lines.join('\n')}`);
    this.name = 'ContentError';
  }
}

export type KnowledgeOptions = AnswererOptions & SnapshotOptions;

/**
 * Loads content/ and the answerer; broken content throws a ContentError listing every problem.
 * With a cacheDir the index comes from the snapshot of this content version when there is one
 * (see loadOrBuildIndex); onProgress reports indexing when it has to be built.
 */
export async function openKnowledge(contentDir: string, options: KnowledgeOptions): Promise<Answerer> {
  const { kb, problems } = await loadContent(contentDir);
  if (!kb) throw new ContentError(problems.map(formatProblem));
  const index = options.index ?? (await loadOrBuildIndex(kb, createLexicon(kb.synonyms, kb.outOfScope), options)).index;
  return createAnswerer(kb, { ...options, index });
}
