import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { lockRequest } from './lock-request.ts';
import type { RequestRow } from './open-request.ts';
import { recordEvents, type Actor, type EventType, type TrackerEvent } from './tracker-events.ts';
import type { TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';

type Result = { request: RequestRow; events: TrackerEvent[] };

/**
 * A person's message or file joins their case with staff: a turn on the case (a staff page that
 * did not show it can no longer reply blind). A case staff had answered needs them again.
 */
export async function appendToRequest(
  db: Db,
  context: TrackerContext,
  input: { request: RequestRow; type: 'message' | 'attachment'; at: Date; data?: Record<string, unknown> },
): Promise<Result> {
  const { request } = input;
  // From the row as it is now, not as the caller read it: one statement, no read before the write.
  const [row] = await db
    .update(requests)
    .set({
      status: sql`case when ${requests.status} = 'answered' then 'open' else ${requests.status} end`,
      turn: sql`${requests.turn} + 1`,
      updatedAt: input.at,
    })
    .where(eq(requests.id, request.id))
    .returning();
  if (!row) throw new Error(`request ${request.id} vanished`);
  const event: TrackerEvent = {
    type: input.type,
    request: row,
    actor: { kind: 'person' },
    at: input.at,
    data: input.data,
  };
  return { request: row, events: await recordEvents(db, context, [event]) };
}

/**
 * What happened on a request that changes none of its columns: choices offered and taken,
 * feedback, an internal note (its words go to the listeners), a message that could not be delivered.
 */
export async function recordActivity(
  db: Db,
  context: TrackerContext,
  input: {
    request: RequestRow;
    type: Extract<EventType, 'clarify' | 'choice' | 'feedback' | 'note' | 'undeliverable'>;
    actor: Actor;
    at: Date;
    data?: Record<string, unknown>;
    words?: string;
  },
): Promise<TrackerEvent[]> {
  return recordEvents(db, context, [input]);
}

/** The same by id (the inbox's notes, the outbox's failures), for callers that hold no row. */
export async function recordActivityOn(
  db: Db,
  context: TrackerContext,
  input: Omit<Parameters<typeof recordActivity>[2], 'request'> & { requestId: number },
): Promise<TrackerEvent[]> {
  const { requestId, ...rest } = input;
  const request = await lockRequest(db, requestId);
  return recordActivity(db, context, { ...rest, request });
}
