import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import { formatTime } from './format-time.ts';
import type { RequestRow } from './open-request.ts';
import { recordEvent, type Actor } from './record-event.ts';
import { loadSlaPolicy, planDeadlines } from './sla-policy.ts';
import { languageOf, tr, type TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';

export type HandOffInput = {
  request: RequestRow;
  at: Date;
  agencyId?: string;
  /** Why: not-confident, out-of-scope, personal-case, wants-person, not-helpful, manual-intake… */
  reason: string;
  actor?: Actor;
};

/**
 * Hands a request to staff: deadlines from the agency's policy counted from the person's FIRST
 * message, and an immediate acknowledgement with the case number, agency and deadline. A bot
 * answer marked "not helpful" stops counting as the answer: the request is open again on its
 * original clock.
 */
export async function handOffRequest(db: Db, context: TrackerContext, input: HandOffInput): Promise<RequestRow> {
  const { request, at } = input;
  const agencyId = input.agencyId ?? request.agencyId;
  const policy = await loadSlaPolicy(db, agencyId);
  const deadlines = planDeadlines(policy, request.openedAt, await context.calendar.current(db));
  const botAnswerWithdrawn = request.firstAnswerBy === 'bot';
  const [row] = await db
    .update(requests)
    .set({
      status: 'open',
      agencyId,
      handedOffAt: request.handedOffAt ?? at,
      ...deadlines,
      ...(botAnswerWithdrawn
        ? { firstAnswerAt: null, firstAnswerBy: null, answerHours: null, answerWorkingHours: null }
        : {}),
      updatedAt: at,
    })
    .where(eq(requests.id, request.id))
    .returning();
  if (!row) throw new Error(`request ${request.id} vanished`);
  const [scheduled] = await db
    .update(requests)
    .set({ nextEventAt: nextEventOf(row) })
    .where(eq(requests.id, row.id))
    .returning();
  await recordEvent(db, row.id, 'handoff', input.actor ?? { kind: 'bot' }, at, {
    reason: input.reason,
    agencyId,
    dueAt: deadlines.dueAt.toISOString(),
  });

  const language = languageOf(row.language);
  const t = tr(language);
  const text = t('tracker.acknowledgement', {
    caseNumber: row.caseNumber,
    agency: context.agencyName(agencyId, language),
    deadline: formatTime(deadlines.dueAt, language),
  });
  const queued = await enqueueMessage(db, {
    channel: row.channel,
    address: row.replyAddress,
    contactId: row.contactId,
    requestId: row.id,
    kind: 'acknowledgement',
    message: { text },
  });
  await recordEvent(db, row.id, 'acknowledgement', { kind: 'system' }, at, {
    delivery: queued ? 'queued' : 'manual',
    text,
  });
  return scheduled ?? row;
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
