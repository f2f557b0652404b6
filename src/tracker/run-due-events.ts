import { and, asc, eq, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { nextEventOf } from './hand-off-request.ts';
import type { RequestRow } from './open-request.ts';
import { recordEvents, type TrackerEvent } from './tracker-events.ts';
import type { TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';

/**
 * Fires the timed events that are due: progress replies, warnings, breaches. Driven from the
 * database (next_event_at), never from in-memory timers: rows are locked with SKIP LOCKED so
 * several instances share the work and each event fires once; every event is guarded by its own
 * column, so a run after downtime catches up without firing anything twice. The listeners speak
 * to the person (progress reply) and tell staff (warning, breach). Returns how many requests it handled.
 */
export async function runDueEvents(db: Db, context: TrackerContext, now: Date, limit = 200): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(requests)
      .where(and(lte(requests.nextEventAt, now), eq(requests.status, 'open')))
      .orderBy(asc(requests.nextEventAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    for (const request of due) await fire(tx, context, request, now);
    return due.length;
  });
}

async function fire(db: Db, context: TrackerContext, request: RequestRow, now: Date): Promise<void> {
  const changes: Partial<RequestRow> = {};
  const fired: Array<Pick<TrackerEvent, 'type' | 'data'>> = [];
  const beforeDeadline = request.dueAt !== null && now < request.dueAt;
  // A progress reply naming a deadline already past would mislead: after a breach the apology follows instead.
  if (
    request.progressAt &&
    request.progressAt <= now &&
    !request.progressSentAt &&
    !request.breachedAt &&
    beforeDeadline
  ) {
    changes.progressSentAt = now;
    fired.push({ type: 'progress_reply', data: { scheduledAt: request.progressAt.toISOString() } });
  }
  if (request.warnAt && request.warnAt <= now && !request.warnedAt && beforeDeadline) {
    changes.warnedAt = now;
    fired.push({ type: 'warning', data: { scheduledAt: request.warnAt.toISOString() } });
  }
  if (request.dueAt && request.dueAt <= now && !request.breachedAt) {
    changes.breachedAt = now;
    changes.late = true;
    // Who is told is the listeners' business (the agency's supervisors, or the admins in their
    // place): the notifications they write name the people, the event only the deadline missed.
    fired.push({ type: 'breach', data: { dueAt: request.dueAt.toISOString() } });
  }
  const next = nextEventOf({ ...request, ...changes });
  const [row] = await db
    .update(requests)
    .set({ ...changes, nextEventAt: next, updatedAt: now })
    .where(eq(requests.id, request.id))
    .returning();
  if (!row) throw new Error(`request ${request.id} vanished`);
  await recordEvents(
    db,
    context,
    fired.map((event) => ({ ...event, request: row, actor: { kind: 'system' as const }, at: now })),
  );
}
