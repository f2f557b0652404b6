import { and, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { appendEvents } from './tracker-events.ts';
import { requests } from './tracker-tables.ts';

/** What an anonymised request's subject reads; also how one is recognised. */
export const ANONYMISED_SUBJECT = '[anonymised]';

/**
 * Removes what identifies the person from requests (name, subject, the chat to reply to) and
 * keeps every figure: times, durations, status, agency, procedure, satisfaction. The tracker owns
 * requests, so retention and erasure go through here; each gets an 'anonymised' event with the
 * reason. Requests already anonymised are left alone. Returns the ids changed.
 */
export async function anonymiseRequests(db: Db, ids: number[], at: Date, reason: string): Promise<number[]> {
  if (ids.length === 0) return [];
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(requests)
      .set({ requesterName: null, subject: ANONYMISED_SUBJECT, replyAddress: null, updatedAt: at })
      .where(and(inArray(requests.id, ids), ne(requests.subject, ANONYMISED_SUBJECT)))
      .returning();
    await appendEvents(
      tx,
      changed.map((request) => ({ type: 'anonymised', request, actor: { kind: 'system' }, at, data: { reason } })),
    );
    return changed.map((row) => row.id);
  });
}
