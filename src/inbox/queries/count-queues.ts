import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { requests } from '../../tracker/tracker-tables.ts';
import { queueCondition, scopeCondition, type QueueName } from './queue-conditions.ts';

export type QueueScope = { agencyIds: string[] | null; staffId: string; now: Date };

/**
 * The number of cases in every queue, in one round trip. The open queues are counted in one pass
 * over the (few) open cases; waiting and closed, which grow without end, are counted from their
 * partial indexes alone.
 */
export async function countQueues(db: Db, scope: QueueScope): Promise<Record<QueueName, number>> {
  const inScope = scopeCondition(scope.agencyIds);
  const within = (queue: QueueName) =>
    sql<number>`(count(*) filter (where ${queueCondition(queue, scope.staffId, scope.now)}))::int`;
  const countOf = (queue: QueueName) =>
    sql<number>`(${db
      .select({ count: sql`count(*)::int` })
      .from(requests)
      .where(and(inScope, queueCondition(queue, scope.staffId, scope.now)))})`;
  const [row] = await db
    .select({
      open: sql<number>`count(*)::int`,
      due_soon: within('due_soon'),
      overdue: within('overdue'),
      unassigned: within('unassigned'),
      mine: within('mine'),
      waiting: countOf('waiting'),
      closed: countOf('closed'),
    })
    .from(requests)
    .where(and(inScope, eq(requests.status, 'open')));
  return row ?? { open: 0, due_soon: 0, overdue: 0, unassigned: 0, mine: 0, waiting: 0, closed: 0 };
}
