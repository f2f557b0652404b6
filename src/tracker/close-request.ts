import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { nextEventOf } from './hand-off-request.ts';
import { lockRequest } from './lock-request.ts';
import type { RequestRow } from './open-request.ts';
import { recordEvents, type Actor, type TrackerEvent } from './tracker-events.ts';
import type { TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';

/**
 * The columns closing sets. A case closes once answered or given up; the person is asked to rate
 * it at that moment, once per case (never after a progress reply, never twice).
 */
export function closeChanges(request: RequestRow, at: Date): Partial<RequestRow> {
  const ask = request.satisfaction === null && request.ratingAskedAt === null;
  return { status: 'closed', closedAt: at, nextEventAt: null, updatedAt: at, ...(ask ? { ratingAskedAt: at } : {}) };
}

export type CaseCommand = { requestId: number; at: Date; actor: Actor };

/** Staff close a case. Closing a closed case changes nothing and says nothing. */
export async function closeRequest(
  db: Db,
  context: TrackerContext,
  input: CaseCommand,
): Promise<{ request: RequestRow; events: TrackerEvent[] }> {
  const request = await lockRequest(db, input.requestId);
  if (request.status === 'closed') return { request, events: [] };
  const changes = closeChanges(request, input.at);
  const [row] = await db.update(requests).set(changes).where(eq(requests.id, request.id)).returning();
  if (!row) throw new Error(`request ${request.id} vanished`);
  const events: TrackerEvent[] = [{ type: 'closed', request: row, actor: input.actor, at: input.at }];
  if (changes.ratingAskedAt)
    events.push({ type: 'rating_requested', request: row, actor: { kind: 'system' }, at: input.at });
  return { request: row, events: await recordEvents(db, context, events) };
}

/** Staff reopen a closed case: its timed events resume where they were (the clock never restarts). */
export async function reopenRequest(
  db: Db,
  context: TrackerContext,
  input: CaseCommand,
): Promise<{ request: RequestRow; events: TrackerEvent[] }> {
  const request = await lockRequest(db, input.requestId);
  if (request.status !== 'closed') return { request, events: [] };
  const status = request.firstAnswerAt ? 'answered' : request.handedOffAt ? 'open' : 'bot';
  const reopened = { ...request, status, closedAt: null };
  const [row] = await db
    .update(requests)
    .set({ status, closedAt: null, nextEventAt: nextEventOf(reopened), updatedAt: input.at })
    .where(eq(requests.id, request.id))
    .returning();
  if (!row) throw new Error(`request ${request.id} vanished`);
  return {
    request: row,
    events: await recordEvents(db, context, [{ type: 'reopened', request: row, actor: input.actor, at: input.at }]),
  };
}
