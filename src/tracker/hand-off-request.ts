import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { RequestRow } from './open-request.ts';
import { loadSlaPolicy, planDeadlines } from './sla-policy.ts';
import { recordEvents, type Actor, type TrackerEvent } from './tracker-events.ts';
import type { TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';

export type HandOffInput = {
  request: RequestRow;
  at: Date;
  /** The agency of the procedure the question is about; the request's own agency when absent. */
  agencyId?: string;
  /** Why: not-confident, out-of-scope, personal-case, wants-person, not-helpful, manual-intake… */
  reason: string;
  actor?: Actor;
};

/**
 * The columns a hand-off sets: deadlines from the agency's policy counted from the person's FIRST
 * message. A bot answer marked "not helpful" stops counting as the answer: the request is open
 * again on its original clock.
 */
export async function handOffChanges(
  db: Db,
  context: TrackerContext,
  request: RequestRow,
  at: Date,
  agencyId: string,
): Promise<{ changes: Partial<RequestRow>; dueAt: Date }> {
  const policy = await (context.slaPolicy ?? loadSlaPolicy)(db, agencyId);
  const deadlines = planDeadlines(policy, request.openedAt, await context.calendar.current(db));
  const botAnswerWithdrawn = request.firstAnswerBy === 'bot';
  const row: RequestRow = {
    ...request,
    status: 'open',
    agencyId,
    handedOffAt: request.handedOffAt ?? at,
    ...deadlines,
    ...(botAnswerWithdrawn
      ? { firstAnswerAt: null, firstAnswerBy: null, answerHours: null, answerWorkingHours: null }
      : {}),
  };
  const changes: Partial<RequestRow> = {
    status: row.status,
    agencyId,
    handedOffAt: row.handedOffAt,
    ...deadlines,
    firstAnswerAt: row.firstAnswerAt,
    firstAnswerBy: row.firstAnswerBy,
    answerHours: row.answerHours,
    answerWorkingHours: row.answerWorkingHours,
    nextEventAt: nextEventOf(row),
    updatedAt: at,
  };
  return { changes, dueAt: deadlines.dueAt };
}

/** Hands a request to staff; the voice acknowledges it with the case number, agency and deadline. */
export async function handOffRequest(
  db: Db,
  context: TrackerContext,
  input: HandOffInput,
): Promise<{ request: RequestRow; events: TrackerEvent[] }> {
  const agencyId = input.agencyId ?? input.request.agencyId;
  const { changes, dueAt } = await handOffChanges(db, context, input.request, input.at, agencyId);
  const [row] = await db.update(requests).set(changes).where(eq(requests.id, input.request.id)).returning();
  if (!row) throw new Error(`request ${input.request.id} vanished`);
  const events = await recordEvents(db, context, [
    {
      type: 'handoff',
      request: row,
      actor: input.actor ?? { kind: 'bot' },
      at: input.at,
      data: { reason: input.reason, agencyId, dueAt: dueAt.toISOString() },
    },
  ]);
  return { request: row, events };
}

/** The earliest timed event still to fire on an open request, or null when none is left. */
export function nextEventOf(row: RequestRow): Date | null {
  if (row.status !== 'open' || row.firstAnswerAt) return null;
  const pending = [
    !row.progressSentAt && !row.breachedAt ? row.progressAt : null,
    !row.warnedAt && !row.breachedAt ? row.warnAt : null,
    !row.breachedAt ? row.dueAt : null,
  ].filter((time): time is Date => time !== null);
  return pending.length === 0 ? null : new Date(Math.min(...pending.map((time) => time.getTime())));
}
