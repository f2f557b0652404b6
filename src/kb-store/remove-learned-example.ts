import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { learnedExamples } from './kb-store-tables.ts';

/**
 * Marks a taught question removed (kept for the record: who taught it, who removed it); every
 * instance's watcher then forgets it. False when it was already removed or never existed.
 */
export async function removeLearnedExample(db: Db, input: { id: string; staffId: string; at: Date }): Promise<boolean> {
  const removed = await db
    .update(learnedExamples)
    .set({ removedAt: input.at, removedBy: input.staffId, changedAt: input.at })
    .where(and(eq(learnedExamples.id, input.id), isNull(learnedExamples.removedAt)))
    .returning({ id: learnedExamples.id });
  return removed.length > 0;
}
