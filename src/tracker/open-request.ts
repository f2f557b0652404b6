import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { vietnamMonth } from '../vietnam-time.ts';
import { answerChanges, type AnswerBy } from './record-answer.ts';
import { handOffChanges } from './hand-off-request.ts';
import { recordEvents, type Actor, type TrackerEvent } from './tracker-events.ts';
import type { TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';

export type RequestRow = typeof requests.$inferSelect;

export type OpenRequestInput = {
  contactId: string;
  channel: string;
  replyAddress: string | null;
  language: string;
  requesterType: 'citizen' | 'business';
  requesterName?: string | null;
  taxCode?: string | null;
  agencyId: string;
  procedureRef?: string | null;
  subject: string;
  /** The person's first message: the clock starts here and never restarts. */
  openedAt: Date;
  actor?: Actor;
  /** Opened and answered at once (the bot answered the first message). */
  answered?: { at: Date; by: AnswerBy; data?: Record<string, unknown> };
  /** Opened and handed to staff at once (the bot could not answer, or staff registered it). */
  handOff?: { at: Date; reason: string; actor?: Actor };
};

/**
 * Opens a request with a short case number people can type: HD-<yymm>-<id>. One statement: the
 * id's default takes the next value of its sequence before the case number column reads it back
 * (columns are computed in table order), so no second round trip fixes the number afterwards.
 * When the first message is answered or handed off at once, that is written in the same row.
 */
export async function openRequest(
  db: Db,
  context: TrackerContext,
  input: OpenRequestInput,
): Promise<{ request: RequestRow; events: TrackerEvent[] }> {
  const month = vietnamMonth(input.openedAt);
  const base = {
    contactId: input.contactId,
    channel: input.channel,
    replyAddress: input.replyAddress,
    language: input.language,
    requesterType: input.requesterType,
    requesterName: input.requesterName ?? null,
    taxCode: input.taxCode ?? null,
    agencyId: input.agencyId,
    procedureRef: input.procedureRef ?? null,
    subject: input.subject.slice(0, 500),
    status: 'bot',
    openedAt: input.openedAt,
    updatedAt: input.openedAt,
  };
  const draft: RequestRow = { ...emptyRow(), ...base, id: 0, caseNumber: '' };
  const answered = input.answered
    ? answerChanges(await context.calendar.current(db), draft, input.answered.at, input.answered.by)
    : {};
  const handed = input.handOff
    ? await handOffChanges(db, context, draft, input.handOff.at, input.agencyId)
    : { changes: {}, dueAt: null };
  const [row] = await db
    .insert(requests)
    .values({
      ...base,
      ...answered,
      ...handed.changes,
      caseNumber: sql`${`HD-${month.slice(2, 4)}${month.slice(5, 7)}-`} || currval(pg_get_serial_sequence('requests', 'id'))`,
    })
    .returning();
  if (!row) throw new Error('request insert returned nothing');
  const events: TrackerEvent[] = [
    {
      type: 'received',
      request: row,
      actor: input.actor ?? { kind: 'person' },
      at: input.openedAt,
      data: { channel: input.channel },
    },
  ];
  if (input.answered) {
    events.push({
      type: input.answered.by.kind === 'bot' ? 'bot_answer' : 'staff_reply',
      request: row,
      actor: input.answered.by,
      at: input.answered.at,
      data: input.answered.data,
    });
  }
  if (input.handOff) {
    events.push({
      type: 'handoff',
      request: row,
      actor: input.handOff.actor ?? { kind: 'bot' },
      at: input.handOff.at,
      data: { reason: input.handOff.reason, agencyId: row.agencyId, dueAt: handed.dueAt?.toISOString() },
    });
  }
  return { request: row, events: await recordEvents(db, context, events) };
}

/** A request row before it exists: what the change builders read (all optional fields empty). */
function emptyRow(): Omit<RequestRow, 'id' | 'caseNumber'> {
  const none = null;
  return {
    contactId: '',
    channel: '',
    replyAddress: none,
    language: 'vi',
    requesterType: 'citizen',
    requesterName: none,
    taxCode: none,
    agencyId: '',
    procedureRef: none,
    subject: '',
    status: 'bot',
    openedAt: new Date(0),
    handedOffAt: none,
    dueAt: none,
    progressAt: none,
    warnAt: none,
    nextEventAt: none,
    firstAnswerAt: none,
    firstAnswerBy: none,
    firstHumanReplyAt: none,
    answerHours: none,
    answerWorkingHours: none,
    humanReplyHours: none,
    humanReplyWorkingHours: none,
    assigneeId: none,
    progressSentAt: none,
    warnedAt: none,
    breachedAt: none,
    late: false,
    apologizedAt: none,
    closedAt: none,
    satisfaction: none,
    ratingAskedAt: none,
    turn: 0,
    updatedAt: new Date(0),
  };
}
