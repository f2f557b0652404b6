import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { requests } from '../tracker/index.ts';
import { learnedExamples } from './kb-store-tables.ts';

export type LearnedExampleListed = {
  id: string;
  procedureRef: string;
  text: string;
  language: string;
  staffId: string;
  requestId: number | null;
  caseNumber: string | null;
  createdAt: Date;
};

/**
 * The questions taught and not removed, newest first; `agencyId` narrows to those taught from
 * that agency's cases (a supervisor's), null lists all (an admin's). With `id`, that one only.
 */
export async function listLearnedExamples(
  db: Db,
  scope: { agencyId: string | null; id?: string; requestId?: number },
  limit = 500,
): Promise<LearnedExampleListed[]> {
  const conditions: Array<SQL | undefined> = [
    isNull(learnedExamples.removedAt),
    scope.agencyId === null ? undefined : eq(requests.agencyId, scope.agencyId),
    scope.id === undefined ? undefined : eq(learnedExamples.id, scope.id),
    scope.requestId === undefined ? undefined : eq(learnedExamples.requestId, scope.requestId),
  ];
  return db
    .select({
      id: learnedExamples.id,
      procedureRef: learnedExamples.procedureRef,
      text: learnedExamples.text,
      language: learnedExamples.language,
      staffId: learnedExamples.staffId,
      requestId: learnedExamples.requestId,
      caseNumber: requests.caseNumber,
      createdAt: learnedExamples.createdAt,
    })
    .from(learnedExamples)
    .leftJoin(requests, eq(requests.id, learnedExamples.requestId))
    .where(and(...conditions))
    .orderBy(desc(learnedExamples.createdAt))
    .limit(limit);
}
