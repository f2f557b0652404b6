import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { RequestRow } from './open-request.ts';
import { recordEvents, type TrackerEvent } from './tracker-events.ts';
import type { TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';

/**
 * The person found the bot's answer helpful: that is the final answer, so they are asked to rate
 * it — once per request. Nothing happens when they were already asked.
 */
export async function requestRating(
  db: Db,
  context: TrackerContext,
  input: { request: RequestRow; at: Date },
): Promise<TrackerEvent[]> {
  const [row] = await db
    .update(requests)
    .set({ ratingAskedAt: input.at })
    .where(and(eq(requests.id, input.request.id), isNull(requests.ratingAskedAt), isNull(requests.satisfaction)))
    .returning();
  const feedback: TrackerEvent = {
    type: 'feedback',
    request: row ?? input.request,
    actor: { kind: 'person' },
    at: input.at,
    data: { helpful: true },
  };
  if (!row) return recordEvents(db, context, [feedback]);
  return recordEvents(db, context, [
    feedback,
    { type: 'rating_requested', request: row, actor: { kind: 'system' }, at: input.at },
  ]);
}

/** A satisfaction score 1–5 on the request the person was asked about; the first score counts. */
export async function rateRequest(
  db: Db,
  context: TrackerContext,
  input: { request: RequestRow; score: 1 | 2 | 3 | 4 | 5; at: Date },
): Promise<TrackerEvent[]> {
  const [row] = await db
    .update(requests)
    .set({ satisfaction: input.score, updatedAt: input.at })
    .where(and(eq(requests.id, input.request.id), isNull(requests.satisfaction)))
    .returning();
  if (!row) return [];
  const event: TrackerEvent = {
    type: 'satisfaction',
    request: row,
    actor: { kind: 'person' },
    at: input.at,
    data: { score: input.score },
  };
  return recordEvents(db, context, [event]);
}
