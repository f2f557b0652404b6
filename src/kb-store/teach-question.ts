import type { Db } from '../db/client.ts';
import { learnedExamples } from './kb-store-tables.ts';

export type LearnedExampleRow = typeof learnedExamples.$inferSelect;

/** Stores a question staff taught the bot as an example of a procedure (its text already without personal data). */
export async function teachQuestion(
  db: Db,
  input: { procedureRef: string; text: string; language: string; staffId: string; requestId: number | null; at: Date },
): Promise<LearnedExampleRow> {
  const { at, ...values } = input;
  const [row] = await db
    .insert(learnedExamples)
    .values({ ...values, createdAt: at, changedAt: at })
    .returning();
  if (!row) throw new Error('learned example not stored');
  return row;
}
