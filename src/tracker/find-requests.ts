import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { RequestRow } from './open-request.ts';
import { requests } from './tracker-tables.ts';

const OPEN_CASE_STATUSES = ['open', 'answered'];

/**
 * The person's case with staff, if any: handed off and not closed (answered by staff but still
 * open for them counts — staff close cases, not the bot). What the bot cannot answer joins it.
 * The latest, when there are several.
 */
export async function findOpenCase(db: Db, contactId: string): Promise<RequestRow | null> {
  return (await findOpenCases(db, [contactId])).get(contactId) ?? null;
}

/** findOpenCase for several people in one statement: each person's open case, if any. */
export async function findOpenCases(db: Db, contactIds: readonly string[]): Promise<Map<string, RequestRow>> {
  if (contactIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([requests.contactId])
    .from(requests)
    .where(
      and(
        inArray(requests.contactId, [...contactIds]),
        inArray(requests.status, OPEN_CASE_STATUSES),
        isNotNull(requests.handedOffAt),
      ),
    )
    .orderBy(asc(requests.contactId), desc(requests.id));
  return new Map(rows.map((row) => [row.contactId, row]));
}

/** Whether a request, as it stands, is a case with staff in findOpenCase's sense. */
export function isOpenCase(request: RequestRow): boolean {
  return OPEN_CASE_STATUSES.includes(request.status) && request.handedOffAt !== null;
}

/** The person's latest request, optionally only in one status. */
export async function latestRequest(db: Db, contactId: string, status?: string): Promise<RequestRow | null> {
  const [row] = await db
    .select()
    .from(requests)
    .where(
      status ? and(eq(requests.contactId, contactId), eq(requests.status, status)) : eq(requests.contactId, contactId),
    )
    .orderBy(desc(requests.id))
    .limit(1);
  return row ?? null;
}

/** The request the person was last asked to rate and has not rated yet. */
export async function requestAwaitingRating(db: Db, contactId: string): Promise<RequestRow | null> {
  const [row] = await db
    .select()
    .from(requests)
    .where(and(eq(requests.contactId, contactId), isNotNull(requests.ratingAskedAt), isNull(requests.satisfaction)))
    .orderBy(desc(requests.ratingAskedAt))
    .limit(1);
  return row ?? null;
}
