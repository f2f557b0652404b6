import { sql } from 'drizzle-orm';
import type { OutboundMessage } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { insertRows } from '../db/insert-rows.ts';
import { translator, type Language } from '../i18n/index.ts';
import { enqueueAll, hasChat, queueStatement, type OutboxItem } from '../outbox/enqueue-message.ts';
import { formatTime, languageOf, type RequestRow, type TrackerEvent, type TrackerListener } from '../tracker/index.ts';
import { messages } from './conversation-tables.ts';
import { ratingButtons } from './chat-buttons.ts';

/** Who is spoken to, on which channel, about which request. */
export type Listener = {
  contactId: string;
  channel: string;
  /** The channel's address; null for requests taken by phone, letter or counter (staff pass the words on). */
  address: string | null;
  requestId: number | null;
};

export type Utterance = {
  /** What the message is (answer, acknowledgement, progress, apology, staff_reply, rating…). */
  kind: string;
  message: OutboundMessage;
  at: Date;
  author?: 'bot' | 'staff' | 'system';
  staffId?: string | null;
  /** Messages that must go out at most once (an apology) carry a key. */
  dedupeKey?: string;
  data?: Record<string, unknown>;
};

/**
 * The one voice: everything said to a person is kept in the conversation and queued for delivery
 * in the same transaction — in one statement, the outbox row and the transcript row together. A
 * request taken by phone, letter or counter has no chat to deliver to: its messages are kept
 * marked for staff to pass on by that means.
 */
export async function speak(db: Db, to: Listener, utterance: Utterance): Promise<void> {
  const held = heldSpeech.get(db);
  if (held && !utterance.dedupeKey) {
    held.push({ to, utterance });
    return;
  }
  // A message that goes out at most once is queued at once, after what was said before it.
  if (held) await flushSpeech(db);
  const queue = queueStatement(db, outboxItem(to, utterance));
  if (!queue) {
    await db.insert(messages).values(transcriptRow(to, utterance, { delivery: 'manual' }));
    return;
  }
  // The transcript row is written only when the message was queued: a repeated "at most once"
  // message (its key already used) is neither sent nor kept twice.
  const row = transcriptRow(to, utterance, {});
  // drizzle puts an embedded statement in parentheses: `with queued as (insert … returning id)`.
  await db.execute(sql`
    with queued as ${queue}
    insert into ${messages} (contact_id, request_id, direction, author, staff_id, channel, kind, text, data, sent_at)
    select ${row.contactId}::uuid, ${row.requestId}::bigint, ${row.direction}, ${row.author}, ${row.staffId}::uuid,
      ${row.channel}, ${row.kind}, ${row.text}, ${JSON.stringify(row.data)}::jsonb, ${row.sentAt.toISOString()}::timestamptz
    from queued`);
}

function outboxItem(to: Listener, utterance: Utterance): OutboxItem {
  return {
    channel: to.channel,
    address: to.address,
    contactId: to.contactId,
    requestId: to.requestId,
    kind: utterance.kind,
    message: utterance.message,
    ...(utterance.dedupeKey ? { dedupeKey: utterance.dedupeKey } : {}),
  };
}

function transcriptRow(to: Listener, utterance: Utterance, delivery: { delivery?: 'manual' }) {
  return {
    contactId: to.contactId,
    requestId: to.requestId,
    direction: 'out',
    author: utterance.author ?? 'bot',
    staffId: utterance.staffId ?? null,
    channel: to.channel,
    kind: 'text',
    text: utterance.message.text,
    data: { kind: utterance.kind, buttons: utterance.message.buttons ?? [], ...delivery, ...utterance.data },
    sentAt: utterance.at,
  };
}

/** What was said in a transaction that holds its speech (holdSpeech), by the transaction's handle. */
const heldSpeech = new WeakMap<Db, Array<{ to: Listener; utterance: Utterance }>>();

/**
 * From now on what is said in this transaction is kept back and written by `flushSpeech` in two
 * statements (the outbox rows, the transcript rows), in the order said, instead of one statement
 * each: a batch of inbound messages says about one thing per message. Reading the transcript
 * within the transaction must flush first (lastNoticeOn does).
 */
export function holdSpeech(db: Db): void {
  heldSpeech.set(db, heldSpeech.get(db) ?? []);
}

/** Writes what was held back in this transaction (the outbox rows and the transcript rows together). */
export async function flushSpeech(db: Db): Promise<void> {
  const held = heldSpeech.get(db);
  if (!held || held.length === 0) return;
  const said = held.splice(0);
  await enqueueAll(
    db,
    said.map(({ to, utterance }) => outboxItem(to, utterance)),
  );
  await insertRows(
    db,
    messages,
    said.map(({ to, utterance }) => transcriptRow(to, utterance, hasChat(to) ? {} : { delivery: 'manual' })),
  );
}

export type VoiceOptions = { agencyName(agencyId: string, language: Language): string };

/**
 * The tracker's events as words to the person, in their language: the acknowledgement with case
 * number, agency and deadline; the progress reply; staff replies; the apology; a transfer; the
 * rating question. An internal note is kept in the conversation for staff only.
 */
export function createVoiceListener(options: VoiceOptions): TrackerListener {
  return async (db: Db, events: readonly TrackerEvent[]) => {
    for (const event of events) await voice(db, options, event);
  };
}

async function voice(db: Db, options: VoiceOptions, event: TrackerEvent): Promise<void> {
  const { request, at } = event;
  const language = languageOf(request.language);
  const t = translator(language);
  const to = listenerOf(request);
  const agency = options.agencyName(request.agencyId, language);
  const deadline = request.dueAt ? formatTime(request.dueAt, language) : '';
  const say = (kind: string, text: string, extra: Partial<Utterance> = {}) =>
    speak(db, to, { kind, message: { text }, at, author: 'system', ...extra });
  switch (event.type) {
    case 'handoff':
      return say('acknowledgement', t('tracker.acknowledgement', { caseNumber: request.caseNumber, agency, deadline }));
    case 'progress_reply':
      return say('progress', t('tracker.progress', { caseNumber: request.caseNumber, agency, deadline }), {
        dedupeKey: `progress:${request.id}`,
      });
    case 'staff_reply': {
      const text = t('chat.staff_reply', { agency, caseNumber: request.caseNumber, text: event.words ?? '' });
      return speak(db, to, {
        kind: 'staff_reply',
        message: event.attachment ? { text, attachment: event.attachment } : { text },
        at,
        author: 'staff',
        staffId: event.actor.kind === 'staff' ? event.actor.staffId : null,
        data: {
          words: event.words ?? '',
          ...(event.data?.delivery ? { delivery: event.data.delivery } : {}),
          ...(event.attachment ? { attachmentId: event.attachment.id } : {}),
        },
      });
    }
    case 'apology': {
      const delayHours = Number(event.data?.delayHours ?? 1);
      const delay =
        delayHours >= 48
          ? t('tracker.delay_days', { count: Math.round(delayHours / 24) })
          : t('tracker.delay_hours', { count: delayHours });
      return say('apology', t('tracker.apology', { caseNumber: request.caseNumber, delay, deadline }), {
        dedupeKey: `apology:${request.id}`,
      });
    }
    case 'transfer':
      return say('transfer', t('chat.transferred', { caseNumber: request.caseNumber, agency, deadline }));
    case 'rating_requested':
      return speak(db, to, {
        kind: 'rating',
        message: { text: t('tracker.rating', { caseNumber: request.caseNumber }), buttons: ratingButtons() },
        at,
        author: 'system',
        dedupeKey: `rating:${request.id}`,
      });
    case 'note':
      await db.insert(messages).values({
        contactId: request.contactId,
        requestId: request.id,
        direction: 'internal',
        author: 'staff',
        staffId: event.actor.kind === 'staff' ? event.actor.staffId : null,
        channel: request.channel,
        kind: 'note',
        text: event.words ?? '',
        sentAt: at,
      });
      return;
    default:
      return;
  }
}

/** Where the tracker's messages about a request go: the address the request was made from. */
export function listenerOf(request: RequestRow): Listener {
  return {
    contactId: request.contactId,
    channel: request.channel,
    address: request.replyAddress,
    requestId: request.id,
  };
}
