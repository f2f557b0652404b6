import { eq, sql } from 'drizzle-orm';
import type { OutboundAttachment } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { closeChanges } from './close-request.ts';
import type { RequestRow } from './open-request.ts';
import { lockRequest } from './lock-request.ts';
import { recordEvents, type TrackerEvent } from './tracker-events.ts';
import type { TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';
import type { WorkingCalendar } from './working-calendar.ts';

export type AnswerBy = { kind: 'bot' } | { kind: 'staff'; staffId: string };

export type StaffAnswerInput = {
  requestId: number;
  staffId: string;
  at: Date;
  /** What staff wrote: handed to the voice, which keeps it in the conversation and sends it. */
  words: string;
  /** The turn the staff page showed: a reply written while someone else replied is refused. */
  expectedTurn?: number;
  /** How it reached the person when the channel is not a chat (phone, email, letter…). */
  delivery?: string;
  /** The final answer: the case closes and the person is asked to rate it, once. */
  final?: boolean;
  /** The procedure card (its ref, P16) the reply was written from, kept in the reply's event. */
  card?: string;
  /** A file sent with the reply (already stored): its id is kept in the reply's event, the rest handed to the voice. */
  attachment?: OutboundAttachment;
};

/** A staff reply written on a page that missed a turn (another reply, a new message). Nothing was written. */
export class StaleCaseError extends Error {
  constructor(readonly request: RequestRow) {
    super(`case ${request.caseNumber} changed since the page was loaded (turn ${request.turn})`);
  }
}

const HOUR = 3_600_000;

/**
 * The columns an answer sets: the first answer by anyone stops the PCI clock, the first staff
 * reply after a hand-off stops the human clock, both stored in calendar and working hours; an
 * answer after the deadline of a handed-off case makes it late.
 */
export function answerChanges(
  calendar: WorkingCalendar,
  request: RequestRow,
  at: Date,
  by: AnswerBy,
): Partial<RequestRow> {
  const hours = (from: Date) => (at.getTime() - from.getTime()) / HOUR;
  const workingHours = (from: Date) => calendar.workingMsBetween(from, at) / HOUR;
  const first = request.firstAnswerAt === null;
  const firstHuman = by.kind === 'staff' && request.handedOffAt !== null && request.firstHumanReplyAt === null;
  const late = request.late || (request.dueAt !== null && request.handedOffAt !== null && at > request.dueAt);
  return {
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
  };
}

/** The bot answered a request it had asked to clarify (a choice, a confirmation). The caller holds the contact. */
export async function recordBotAnswer(
  db: Db,
  context: TrackerContext,
  input: { request: RequestRow; at: Date; data?: Record<string, unknown> },
): Promise<{ request: RequestRow; events: TrackerEvent[] }> {
  const changes = answerChanges(await context.calendar.current(db), input.request, input.at, { kind: 'bot' });
  const [row] = await db.update(requests).set(changes).where(eq(requests.id, input.request.id)).returning();
  if (!row) throw new Error(`request ${input.request.id} vanished`);
  const events = await recordEvents(db, context, [
    { type: 'bot_answer', request: row, actor: { kind: 'bot' }, at: input.at, data: input.data },
  ]);
  return { request: row, events };
}

/**
 * A staff reply. Refused with StaleCaseError when the page missed a turn. A reply after the
 * deadline brings the apology, once per case: the row is locked, and apologized_at is set once.
 */
export async function recordStaffAnswer(
  db: Db,
  context: TrackerContext,
  input: StaffAnswerInput,
): Promise<{ request: RequestRow; apologized: boolean; events: TrackerEvent[] }> {
  const request = await lockRequest(db, input.requestId);
  if (input.expectedTurn !== undefined && input.expectedTurn !== request.turn) throw new StaleCaseError(request);
  const by: AnswerBy = { kind: 'staff', staffId: input.staffId };
  const changes = answerChanges(await context.calendar.current(db), request, input.at, by);
  const apologize = Boolean(changes.late) && request.apologizedAt === null && request.dueAt !== null;
  const closing = input.final ? closeChanges(request, input.at) : {};
  const [row] = await db
    .update(requests)
    .set({
      ...changes,
      ...closing,
      ...(apologize ? { apologizedAt: input.at } : {}),
      turn: sql`${requests.turn} + 1`,
    })
    .where(eq(requests.id, request.id))
    .returning();
  if (!row) throw new Error(`request ${request.id} vanished`);
  const actor = { kind: 'staff' as const, staffId: input.staffId };
  const events: TrackerEvent[] = [
    {
      type: 'staff_reply',
      request: row,
      actor,
      at: input.at,
      data: {
        length: input.words.length,
        ...(input.delivery ? { delivery: input.delivery } : {}),
        ...(input.card ? { card: input.card } : {}),
        ...(input.attachment ? { attachmentId: input.attachment.id } : {}),
      },
      words: input.words,
      ...(input.attachment ? { attachment: input.attachment } : {}),
    },
  ];
  if (apologize && row.dueAt) {
    const delayHours = Math.max(1, Math.round((input.at.getTime() - row.dueAt.getTime()) / HOUR));
    events.push({ type: 'apology', request: row, actor: { kind: 'system' }, at: input.at, data: { delayHours } });
  }
  if (input.final) {
    events.push({ type: 'closed', request: row, actor, at: input.at, data: { final: true } });
    if (closing.ratingAskedAt)
      events.push({ type: 'rating_requested', request: row, actor: { kind: 'system' }, at: input.at });
  }
  return { request: row, apologized: apologize, events: await recordEvents(db, context, events) };
}
