import { gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { PublishedEntry, TaughtQuestion } from '../kb/index.ts';
import { learnedExamples, publishedAnswers } from './kb-store-tables.ts';

// A row's time is the writing instance's clock, and its transaction may commit a little after
// that moment: each look goes back this far, and rows already seen are skipped.
const OVERLAP_MS = 60_000;

/** What the watcher keeps up to date: the bot's answerer on this instance. */
export type StaffKnowledgeTarget = {
  publish(...entries: PublishedEntry[]): void;
  learn(...questions: TaughtQuestion[]): void;
  forget(...ids: string[]): void;
};

/**
 * Keeps this instance's bot in step with what staff added to its knowledge on any instance —
 * answers published and questions taught (or removed) from the inbox: a background task (every
 * few seconds) reads what changed since it last looked and applies what it has not seen. Polling
 * the tables rather than LISTEN/NOTIFY: nothing is missed across a lost connection or a restart of
 * the database, and PGlite and PostgreSQL work alike. Returns how many changes were new.
 */
export function watchStaffKnowledge(db: Db, target: StaffKnowledgeTarget) {
  const seen = new Set<string>();
  let answersSince = new Date(0);
  let examplesSince = new Date(0);
  const back = (since: Date) => new Date(since.getTime() - OVERLAP_MS);
  return async function lookForStaffKnowledge(): Promise<number> {
    const answers = await db
      .select()
      .from(publishedAnswers)
      .where(gt(publishedAnswers.publishedAt, back(answersSince)));
    const examples = await db
      .select()
      .from(learnedExamples)
      .where(gt(learnedExamples.changedAt, back(examplesSince)));
    const fresh = <T>(rows: T[], key: (row: T) => string) => {
      const unseen = rows.filter((row) => !seen.has(key(row)));
      for (const row of unseen) seen.add(key(row));
      return unseen;
    };
    const newAnswers = fresh(answers, (row) => `answer:${row.id}`);
    // A removed example is a change of its own: taught, then removed, it is forgotten.
    const newExamples = fresh(examples, (row) => `example:${row.id}:${row.removedAt ? 'removed' : 'taught'}`);
    for (const row of answers) if (row.publishedAt > answersSince) answersSince = row.publishedAt;
    for (const row of examples) if (row.changedAt > examplesSince) examplesSince = row.changedAt;
    target.publish(
      ...newAnswers.map((row) => ({
        id: row.id,
        question: row.question,
        answer: row.answer,
        agencyId: row.agencyId,
        procedureRef: row.procedureRef,
      })),
    );
    const taught = newExamples.filter((row) => row.removedAt === null);
    target.learn(...taught.map((row) => ({ id: row.id, procedureRef: row.procedureRef, text: row.text })));
    target.forget(...newExamples.filter((row) => row.removedAt !== null).map((row) => row.id));
    return newAnswers.length + newExamples.length;
  };
}
