import { and, asc, eq, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import { formatTime } from './format-time.ts';
import { nextEventOf } from './hand-off-request.ts';
import type { RequestRow } from './open-request.ts';
import { recordEvent } from './record-event.ts';
import { languageOf, tr, type TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';

/**
 * Fires the timed events that are due: progress replies, warnings, breaches. Driven from the
 * database (next_event_at), never from in-memory timers: rows are locked with SKIP LOCKED so
 * several instances share the work and each event fires once; every event is guarded by its own
 * column, so a run after downtime catches up without sending anything twice. Returns how many
 * requests it handled.
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
  const language = languageOf(request.language);
  const t = tr(language);
  const deadline = request.dueAt ? formatTime(request.dueAt, language) : '';
  const changes: Partial<RequestRow> = {};

  // A progress reply naming a deadline already past would mislead: after a breach the apology follows instead.
  if (
    request.progressAt &&
    request.progressAt <= now &&
    !request.progressSentAt &&
    !request.breachedAt &&
    request.dueAt &&
    now < request.dueAt
  ) {
    const text = t('tracker.progress', {
      caseNumber: request.caseNumber,
      agency: context.agencyName(request.agencyId, language),
      deadline,
    });
    const queued = await enqueueMessage(db, {
      channel: request.channel,
      address: request.replyAddress,
      contactId: request.contactId,
      requestId: request.id,
      kind: 'progress',
      message: { text },
      dedupeKey: `progress:${request.id}`,
    });
    changes.progressSentAt = now;
    await recordEvent(db, request.id, 'progress_reply', { kind: 'system' }, now, {
      delivery: queued ? 'queued' : 'manual',
      scheduledAt: request.progressAt.toISOString(),
    });
  }
  if (request.warnAt && request.warnAt <= now && !request.warnedAt && request.dueAt && now < request.dueAt) {
    changes.warnedAt = now;
    const told = await tellStaff(db, context, request, 'warning', now);
    await recordEvent(db, request.id, 'warning', { kind: 'system' }, now, {
      notified: told,
      scheduledAt: request.warnAt.toISOString(),
    });
  }
  if (request.dueAt && request.dueAt <= now && !request.breachedAt) {
    changes.breachedAt = now;
    changes.late = true;
    const told = await tellStaff(db, context, request, 'breach', now);
    await recordEvent(db, request.id, 'breach', { kind: 'system' }, now, {
      escalatedTo: 'supervisors',
      notified: told,
      dueAt: request.dueAt.toISOString(),
    });
  }
  const next = nextEventOf({ ...request, ...changes });
  await db
    .update(requests)
    .set({ ...changes, nextEventAt: next, updatedAt: now })
    .where(eq(requests.id, request.id));
}

/** The assignee and the agency's supervisors, in the inbox's language (Vietnamese). */
function tellStaff(
  db: Db,
  context: TrackerContext,
  request: RequestRow,
  kind: 'warning' | 'breach',
  now: Date,
): Promise<number> {
  const deadline = request.dueAt ? formatTime(request.dueAt, 'vi') : '';
  return context.notifyStaff(db, {
    agencyId: request.agencyId,
    assigneeId: request.assigneeId,
    requestId: request.id,
    kind,
    text: tr('vi')(`tracker.${kind}`, { caseNumber: request.caseNumber, deadline }),
    at: now,
  });
}
