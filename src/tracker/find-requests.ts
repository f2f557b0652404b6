import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { RequestRow } from './open-request.ts';
import { requests } from './tracker-tables.ts';

/**
 * The person's case with staff, if any: handed off and not closed (answered by staff but still
 * open for them counts — staff close cases, not the bot). What the bot cannot answer joins it.
 */
export async function findOpenCase(db: Db, contactId: string): Promise<RequestRow | null> {
  const [row] = await db
    .select()
    .from(requests)
    .where(
      and(
        eq(requests.contactId, contactId),
        inArray(requests.status, ['open', 'answered']),
        isNotNull(requests.handedOffAt),
      ),
    )
    .orderBy(desc(requests.id))
    .limit(1);
  return row ?? null;
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
