import { createAnswerer, type Answerer, type AnswererOptions } from './answerer.ts';
import { formatProblem, loadContent } from './load-content.ts';

export { createAnswerer, buildKnowledgeIndex, indexEntriesOf, type Answerer, type BotAnswer, type Choice } from './answerer.ts';
export { loadContent, formatProblem, type ContentProblem } from './load-content.ts';
export type { KnowledgeBase, Procedure, LegalDocument, Agency, HolidayYear } from './content-schema.ts';
export type { Aspect } from './analyze-query.ts';

export class ContentError extends Error {
  constructor(readonly lines: string[]) {
    super(`The knowledge base in content/ has ${lines.length} problem(s):\n${lines.join('\n')}`);
    this.name = 'ContentError';
  }
}

/** Loads content/ and builds the answerer; broken content throws a ContentError listing every problem. */
export async function openKnowledge(contentDir: string, options: AnswererOptions): Promise<Answerer> {
  const { kb, problems } = await loadContent(contentDir);
  if (!kb) throw new ContentError(problems.map(formatProblem));
  return createAnswerer(kb, options);
}
