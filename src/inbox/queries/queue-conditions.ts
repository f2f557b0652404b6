// The pieces listQueue and countQueues share, so a queue's count always matches its list.
import { eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { fold } from '../../kb/normalize.ts';
import { requests } from '../../tracker/tracker-tables.ts';

export type QueueName = 'due_soon' | 'overdue' | 'unassigned' | 'mine' | 'waiting' | 'closed' | 'open';

export const QUEUE_NAMES: readonly QueueName[] = [
  'due_soon',
  'overdue',
  'unassigned',
  'mine',
  'waiting',
  'closed',
  'open',
];

/** "Due soon" is the next 24 hours: the time left after the 75 % warning of a 48-hour answer. */
export const DUE_SOON_MS = 24 * 3_600_000;

// Case numbers are HD-<yymm>-<id> (src/tracker/open-request.ts).
const CASE_NUMBER = /^HD-\d{4}-\d+$/i;

/** null: every agency (admin); an empty list: none. */
export function scopeCondition(agencyIds: string[] | null): SQL | undefined {
  if (agencyIds === null) return undefined;
  if (agencyIds.length === 0) return sql`false`;
  // One agency, the common case, as plain equality so the planner uses the agency-leading indexes.
  const [only] = agencyIds;
  return agencyIds.length === 1 && only !== undefined
    ? eq(requests.agencyId, only)
    : inArray(requests.agencyId, agencyIds);
}

export function queueCondition(queue: QueueName, staffId: string, now: Date): SQL {
  const open = eq(requests.status, 'open');
  switch (queue) {
    case 'open':
      return open;
    case 'due_soon':
      return both(open, gte(requests.dueAt, now), lt(requests.dueAt, new Date(now.getTime() + DUE_SOON_MS)));
    case 'overdue':
      return both(open, lt(requests.dueAt, now));
    case 'unassigned':
      return both(open, isNull(requests.assigneeId));
    case 'mine':
      return both(open, eq(requests.assigneeId, staffId));
    case 'waiting':
      return eq(requests.status, 'answered');
    case 'closed':
      return eq(requests.status, 'closed');
  }
}

export type Search = { kind: 'case'; caseNumber: string } | { kind: 'text'; pattern: string };

/**
 * A case number is matched exactly (case numbers are stored upper case); any other text is matched
 * inside the folded name and subject (requests.search_text, migration 0004), so "nguyen van an"
 * finds "Nguyễn Văn An". LIKE wildcards typed by staff are escaped: "50%" means the text "50%".
 */
export function parseSearch(text: string | undefined): Search | null {
  const trimmed = text?.trim().replace(/\s+/g, ' ') ?? '';
  if (trimmed === '') return null;
  if (CASE_NUMBER.test(trimmed)) return { kind: 'case', caseNumber: trimmed.toUpperCase() };
  return { kind: 'text', pattern: `%${fold(trimmed).replace(/[\\%_]/g, (char) => `\\${char}`)}%` };
}

/**
 * Open and waiting queues hold the cases of the last days, a few thousand at most, so the text is
 * checked on the queue's own rows: `search_text || ''` keeps the planner off the trigram index,
 * whose posting lists for common syllables (nguyen, thi, van) cost more than that whole queue.
 * Closed grows without end; there a rare text is found through the trigram index (migration 0004).
 */
export function searchCondition(search: Search, queue: QueueName): SQL {
  if (search.kind === 'case') return eq(requests.caseNumber, search.caseNumber);
  return queue === 'closed'
    ? sql`"requests"."search_text" like ${search.pattern}`
    : sql`("requests"."search_text" || '') like ${search.pattern}`;
}

// and() may return undefined by its type; these conditions always exist, and count-queues embeds them in SQL.
function both(...parts: SQL[]): SQL {
  return sql`(${sql.join(parts, sql` and `)})`;
}
