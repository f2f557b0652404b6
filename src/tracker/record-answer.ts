import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import { formatTime } from './format-time.ts';
import type { RequestRow } from './open-request.ts';
import { recordEvent } from './record-event.ts';
import { languageOf, tr, type TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';

export type AnswerInput = {
  request: RequestRow;
  at: Date;
  by: { kind: 'bot' } | { kind: 'staff'; staffId: string };
  data?: Record<string, unknown>;
};

const HOUR = 3_600_000;

/**
 * Records an answer on the tracker. The first answer by anyone stops the PCI clock; the first
 * staff reply after a hand-off stops the human clock. Both durations are stored in calendar and
 * working hours. When the answer comes after the deadline, the person gets an apology — once per
 * case, whatever races happen: the conditional update and the outbox key both guarantee it.
 */
export async function recordAnswer(
  db: Db,
  context: TrackerContext,
  input: AnswerInput,
): Promise<{ request: RequestRow; apologized: boolean }> {
  const { request, at, by } = input;
  const hours = (from: Date) => (at.getTime() - from.getTime()) / HOUR;
  const calendar = await context.calendar.current(db);
  const workingHours = (from: Date) => calendar.workingMsBetween(from, at) / HOUR;
  const first = request.firstAnswerAt === null;
  const firstHuman = by.kind === 'staff' && request.handedOffAt !== null && request.firstHumanReplyAt === null;
  const late = request.late || (request.dueAt !== null && request.handedOffAt !== null && at > request.dueAt);
  const [row] = await db
    .update(requests)
    .set({
      status: 'answered',
      nextEventAt: null,
      late,
      updatedAt: at,
      ...(first
        ? {
            firstAnswerAt: at,
            firstAnswerBy: by.kind,
            answerHours: hours(request.openedAt),
            answerWorkingHours: workingHours(request.openedAt),
          }
        : {}),
      ...(firstHuman && request.handedOffAt
        ? {
            firstHumanReplyAt: at,
            humanReplyHours: hours(request.handedOffAt),
            humanReplyWorkingHours: workingHours(request.handedOffAt),
          }
        : {}),
    })
    .where(eq(requests.id, request.id))
    .returning();
  if (!row) throw new Error(`request ${request.id} vanished`);
  await recordEvent(db, row.id, by.kind === 'bot' ? 'bot_answer' : 'staff_reply', by, at, input.data);
  if (!late || !row.dueAt) return { request: row, apologized: false };

  const [claimed] = await db
    .update(requests)
    .set({ apologizedAt: at })
    .where(and(eq(requests.id, row.id), isNull(requests.apologizedAt)))
    .returning();
  if (!claimed) return { request: row, apologized: false };
  const language = languageOf(row.language);
  const t = tr(language);
  const delayHours = Math.max(1, Math.round(hours(row.dueAt)));
  const delay =
    delayHours >= 48
      ? t('tracker.delay_days', { count: Math.round(delayHours / 24) })
      : t('tracker.delay_hours', { count: delayHours });
  const text = t('tracker.apology', { caseNumber: row.caseNumber, delay, deadline: formatTime(row.dueAt, language) });
  const queued = await enqueueMessage(db, {
    channel: row.channel,
    address: row.replyAddress,
    contactId: row.contactId,
    requestId: row.id,
    kind: 'apology',
    message: { text },
    dedupeKey: `apology:${row.id}`,
  });
  await recordEvent(db, row.id, 'apology', { kind: 'system' }, at, {
    delivery: queued ? 'queued' : 'manual',
    text,
    delayHours,
  });
  return { request: claimed, apologized: true };
}
