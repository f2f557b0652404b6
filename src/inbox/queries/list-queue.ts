import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { requests } from '../../tracker/tracker-tables.ts';
import { staff } from '../inbox-tables.ts';
import { taggedWith } from '../tags/case-tags.ts';
import { parseSearch, queueCondition, scopeCondition, searchCondition, type QueueName } from './queue-conditions.ts';

export type { QueueName } from './queue-conditions.ts';

export type QueueFilter = {
  /** null: every agency (admin). */
  agencyIds: string[] | null;
  queue: QueueName;
  staffId: string;
  now: Date;
  channel?: string;
  requesterType?: 'citizen' | 'business';
  procedureRef?: string;
  /** Only cases with this tag (case_tags). */
  tag?: string;
  /** A case number (exact, any case), or text inside the requester's name or the subject, accents optional. */
  search?: string;
  limit?: number;
  offset?: number;
};

export type QueueRow = {
  id: number;
  caseNumber: string;
  subject: string;
  requesterName: string | null;
  requesterType: string;
  channel: string;
  agencyId: string;
  procedureRef: string | null;
  status: string;
  openedAt: Date;
  dueAt: Date | null;
  late: boolean;
  assigneeId: string | null;
  assigneeName: string | null;
};

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

/**
 * One page of an inbox queue, within the agencies the staff member may see. Open queues come
 * soonest deadline first (what to answer next); waiting and closed most recent first. A search by
 * case number looks in every queue of those agencies — whoever types a case number wants that case
 * wherever it is — while a text search narrows the chosen queue.
 */
export async function listQueue(db: Db, filter: QueueFilter): Promise<QueueRow[]> {
  const search = parseSearch(filter.search);
  const conditions: (SQL | undefined)[] = [
    scopeCondition(filter.agencyIds),
    search?.kind === 'case' ? undefined : queueCondition(filter.queue, filter.staffId, filter.now),
    search ? searchCondition(search, filter.queue) : undefined,
    filter.channel ? eq(requests.channel, filter.channel) : undefined,
    filter.requesterType ? eq(requests.requesterType, filter.requesterType) : undefined,
    filter.procedureRef ? eq(requests.procedureRef, filter.procedureRef) : undefined,
    filter.tag ? taggedWith(filter.tag) : undefined,
  ];
  return db
    .select({
      id: requests.id,
      caseNumber: requests.caseNumber,
      subject: requests.subject,
      requesterName: requests.requesterName,
      requesterType: requests.requesterType,
      channel: requests.channel,
      agencyId: requests.agencyId,
      procedureRef: requests.procedureRef,
      status: requests.status,
      openedAt: requests.openedAt,
      dueAt: requests.dueAt,
      late: requests.late,
      assigneeId: requests.assigneeId,
      assigneeName: staff.name,
    })
    .from(requests)
    .leftJoin(staff, eq(staff.id, requests.assigneeId))
    .where(and(...conditions))
    .orderBy(...orderOf(filter.queue))
    .limit(Math.min(Math.max(1, filter.limit ?? DEFAULT_LIMIT), MAX_LIMIT))
    .offset(Math.max(0, filter.offset ?? 0));
}

// The sort keys match the partial indexes of migration 0004, so a page reads only its rows.
function orderOf(queue: QueueName): SQL[] {
  switch (queue) {
    case 'waiting':
      return [desc(requests.updatedAt), desc(requests.id)];
    case 'closed':
      return [sql`${requests.closedAt} desc nulls last`, desc(requests.id)];
    default:
      return [sql`${requests.dueAt} asc nulls last`, asc(requests.id)];
  }
}
