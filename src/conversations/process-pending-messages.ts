import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { inboundContentSchema } from '../channel-schemas.ts';
import type { InboundContent } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { translator, type Language } from '../i18n/index.ts';
import { detectLanguage, type Answerer } from '../kb/index.ts';
import type { Logger } from '../logger.ts';
import {
  appendToRequest,
  findOpenCase,
  flushEventBatch,
  findOpenCases,
  isOpenCase,
  languageOf,
  loadSlaPolicy,
  requestAwaitingRating,
  type SlaPolicy,
  type RequestRow,
  type TrackerContext,
  type TrackerListener,
  type WorkingCalendar,
  withEventBatch,
} from '../tracker/index.ts';
import { say, type ChatContext, type ContactRow } from './chat-context.ts';
import { contacts, dialogues, messages } from './conversation-tables.ts';
import { readDialogue, saveDialogues, type DialogueState } from './dialogue-state.ts';
import { flushSpeech, holdSpeech } from './voice.ts';
import { handleAction } from './handle-action.ts';
import { handleText, linkMessage } from './handle-text.ts';
import { parseCommand } from './parse-command.ts';
import { parseTypedAnswer } from './parse-typed-answer.ts';

export type ProcessDeps = { db: Db; answerer: Answerer; tracker: TrackerContext; logger: Logger; now: () => Date };

/** Which share of the queue a worker takes: the people whose contact id hashes to `worker` of `of`. */
export type WorkerShare = { worker: number; of: number };

type Stored = typeof messages.$inferSelect;

/** Messages claimed per transaction: enough to share the fixed costs, few enough to keep locks short. */
export const BATCH = 20;

/** The first key of the advisory locks that give a person's messages to one transaction at a time. */
const PERSON_TURN = 0x68640001;

/**
 * Processes stored inbound messages, oldest first, a batch per transaction with their replies and
 * tracker events: it commits all of them or none. Rows are claimed with SKIP LOCKED and their
 * contacts locked, so several instances share the work and one person's messages are handled in
 * order; several workers of one instance each take their `share` of the people, so a person's
 * messages never race each other there. A batch that fails is redone one message per
 * transaction, so one message the code cannot handle is marked failed and never blocks the queue.
 * Returns how many were processed.
 *
 * What a batch costs the database is shared by its messages: the contacts, their dialogues and
 * their open cases are read in three statements, the calendar once, and the messages are marked
 * processed (with the request each belongs to) and the dialogues saved in two.
 */
export async function processPendingMessages(deps: ProcessDeps, limit = 100, share?: WorkerShare): Promise<number> {
  let processed = 0;
  while (processed < limit) {
    let claimed: number;
    try {
      claimed = await deps.db.transaction((tx) => processBatch(deps, tx, Math.min(BATCH, limit - processed), share));
    } catch (error) {
      deps.logger.warn({ err: error }, 'a batch of inbound messages failed: handling them one by one');
      claimed = await processOneByOne(deps, Math.min(BATCH, limit - processed), share);
    }
    if (claimed === 0) break;
    processed += claimed;
  }
  return processed;
}

async function processBatch(deps: ProcessDeps, tx: Db, size: number, share?: WorkerShare): Promise<number> {
  const rows = await claim(tx, size, share);
  if (rows.length === 0) return 0;
  holdSpeech(tx);
  const at = deps.now();
  const people = await lockContacts(tx, rows, at);
  const waiting = await heldElsewhere(tx, rows);
  // Those people's messages are left for the transaction that holds their earlier ones (their
  // rows unlock when this one commits), so a person is answered in order across instances too.
  const mine = rows.filter((row) => !waiting.has(row.contactId));
  if (mine.length === 0) return 0;
  const tracker = batchTracker(deps.tracker, people);
  const linked = new Map<number, number>();
  for (const row of mine) {
    const person = people.get(row.contactId);
    if (!person) throw new Error(`contact ${row.contactId} missing`);
    const context = contextFor(deps, tx, tracker, person, row, at);
    await handleStored(context, row.data);
    // What the handlers learnt (a business, the language chosen) holds for the person's next message.
    person.contact = context.contact;
    if (context.requestId !== null) linked.set(row.id, context.requestId);
  }
  await finish(tx, tracker, mine, linked, people, at);
  return mine.length;
}

/** The fallback: each message in its own transaction; a message that throws is kept, marked failed. */
async function processOneByOne(deps: ProcessDeps, size: number, share?: WorkerShare): Promise<number> {
  let done = 0;
  while (done < size) {
    const handled = await deps.db.transaction(async (tx) => {
      const [row] = await claim(tx, 1, share);
      if (!row) return false;
      const at = deps.now();
      const people = await lockContacts(tx, [row], at);
      if ((await heldElsewhere(tx, [row])).size > 0) return false;
      const person = people.get(row.contactId);
      try {
        if (!person) throw new Error(`contact ${row.contactId} missing`);
        const tracker = batchTracker(deps.tracker, people);
        const context = await tx.transaction(async (inner) => {
          const handling = contextFor(deps, inner, tracker, person, row, at);
          await handleStored(handling, row.data);
          // Inside: what a message that throws recorded is rolled back with it, history included.
          await flushEventBatch(inner, tracker);
          return handling;
        });
        const linked = new Map(context.requestId === null ? [] : [[row.id, context.requestId]]);
        await finish(tx, tracker, [row], linked, people, at);
      } catch (error) {
        deps.logger.error({ err: error, messageId: row.id }, 'inbound message failed');
        await tx
          .update(messages)
          .set({ processedAt: at, data: { failed: true, content: row.data } })
          .where(eq(messages.id, row.id));
      }
      return true;
    });
    if (!handled) break;
    done++;
  }
  return done;
}

async function claim(tx: Db, size: number, share?: WorkerShare): Promise<Stored[]> {
  const unprocessed = and(eq(messages.direction, 'in'), isNull(messages.processedAt));
  return tx
    .select()
    .from(messages)
    .where(
      share && share.of > 1
        ? and(unprocessed, sql`(hashtext(${messages.contactId}::text) & 2147483647) % ${share.of} = ${share.worker}`)
        : unprocessed,
    )
    .orderBy(asc(messages.id))
    .limit(size)
    .for('update', { skipLocked: true });
}

/**
 * A person in the batch. `openCase` is their case with staff as the tracker's events left it;
 * undefined when an event made it uncertain (read again when asked).
 */
type Person = { contact: ContactRow; dialogue: DialogueState; openCase: RequestRow | null | undefined };

/**
 * The contacts of the claimed messages, each person's turn taken (no other instance handles their
 * messages until this transaction ends), with their dialogues (in the same statement) and their
 * open cases.
 *
 * The turn is a transaction-level advisory lock per person, taken in key order (no deadlock between
 * instances), not a lock on the contact's row: the webhook updates that row as it stores each new
 * message (when they last wrote, their name), and a row lock held for a whole batch made those
 * webhooks wait for the batch (bench:ingest: the webhook took 0.12 of a bare INSERT while answering).
 * The rows are read after the locks, so what another instance committed before is seen.
 */
async function lockContacts(tx: Db, rows: Stored[], now: Date): Promise<Map<string, Person>> {
  const ids = [...new Set(rows.map((row) => row.contactId))].sort();
  await tx.execute(
    sql`select pg_advisory_xact_lock(${PERSON_TURN}, key) from (select distinct hashtext(id) as key from json_array_elements_text(${JSON.stringify(ids)}::json) as id order by key) as turns`,
  );
  const found = await tx
    .select({ contact: contacts, dialogue: dialogues })
    .from(contacts)
    .leftJoin(dialogues, eq(dialogues.contactId, contacts.id))
    .where(inArray(contacts.id, ids))
    .orderBy(asc(contacts.id));
  const cases = await findOpenCases(tx, ids);
  return new Map(
    found.map(({ contact, dialogue }) => [
      contact.id,
      { contact, dialogue: readDialogue(dialogue, now), openCase: cases.get(contact.id) ?? null },
    ]),
  );
}

/**
 * The people of the claimed messages whose earlier messages another transaction holds. Claims skip
 * locked rows, so another instance can hold a person's first messages while this one claimed their
 * next; whichever takes the person's turn first would answer them. Read after the turn is taken:
 * an earlier message still unprocessed then is one the other transaction claimed and waits to answer
 * (an unlocked one would have been claimed here, lowest ids first).
 */
async function heldElsewhere(tx: Db, rows: Stored[]): Promise<Set<string>> {
  const first = new Map<string, number>();
  for (const row of rows) first.set(row.contactId, Math.min(row.id, first.get(row.contactId) ?? row.id));
  const earlier = await tx
    .select({ contactId: messages.contactId, id: messages.id })
    .from(messages)
    .where(
      and(
        eq(messages.direction, 'in'),
        isNull(messages.processedAt),
        inArray(messages.contactId, [...first.keys()]),
        lt(messages.id, Math.max(...first.values())),
      ),
    );
  return new Set(earlier.filter((row) => row.id < (first.get(row.contactId) ?? 0)).map((row) => row.contactId));
}

/**
 * The tracker as this batch uses it: the calendar and each agency's policy read once, the history
 * rows and the at-commit listeners held for one statement at the end (an event batch), and one more
 * listener that keeps each person's open case current from the events of the commands the handlers give.
 */
function batchTracker(tracker: TrackerContext, people: ReadonlyMap<string, Person>): TrackerContext {
  let calendar: Promise<WorkingCalendar> | null = null;
  const policies = new Map<string, Promise<SlaPolicy>>();
  const followCases: TrackerListener = (_db, events) => {
    for (const { request } of events) {
      const person = people.get(request.contactId);
      if (!person) continue;
      if (isOpenCase(request)) {
        // A newer open case replaces the one known; when none is known for sure, it stays unknown.
        if (person.openCase === null || (person.openCase && person.openCase.id <= request.id))
          person.openCase = request;
      } else if (person.openCase?.id === request.id) {
        // The case closed or changed hands: an older one may still be open.
        person.openCase = undefined;
      }
    }
    return Promise.resolve();
  };
  return withEventBatch({
    ...tracker,
    calendar: {
      shipped: tracker.calendar.shipped,
      years: (db) => tracker.calendar.years(db),
      current: (db) => (calendar ??= tracker.calendar.current(db)),
    },
    slaPolicy: (db, agencyId) => {
      const known = policies.get(agencyId) ?? (tracker.slaPolicy ?? loadSlaPolicy)(db, agencyId);
      policies.set(agencyId, known);
      return known;
    },
    listeners: [...tracker.listeners, followCases],
  });
}

function contextFor(
  deps: ProcessDeps,
  db: Db,
  tracker: TrackerContext,
  person: Person,
  row: Stored,
  at: Date,
): ChatContext {
  const language: Language = person.dialogue.language ?? languageOf(person.contact.language);
  return {
    db,
    answerer: deps.answerer,
    tracker,
    contact: person.contact,
    language,
    dialogue: person.dialogue,
    messageId: row.id,
    at,
    messageAt: row.sentAt,
    requestId: null,
    openCase: async () => {
      if (person.openCase === undefined) person.openCase = await findOpenCase(db, person.contact.id);
      return person.openCase;
    },
  };
}

/**
 * Appends the batch's tracker history (and its live signals) and what was said (the outbox and the
 * transcript), marks the messages processed, each linked to its request, and saves the dialogues:
 * six statements at most, however many messages the batch had.
 */
async function finish(
  tx: Db,
  tracker: TrackerContext,
  rows: Stored[],
  linked: ReadonlyMap<number, number>,
  people: ReadonlyMap<string, Person>,
  at: Date,
): Promise<void> {
  await flushEventBatch(tx, tracker);
  await flushSpeech(tx);
  const requestId =
    linked.size === 0
      ? {}
      : {
          requestId: sql`case ${messages.id} ${sql.join(
            [...linked].map(([messageId, request]) => sql`when ${messageId} then ${request}::bigint`),
            sql` `,
          )} else ${messages.requestId} end`,
        };
  await tx
    .update(messages)
    .set({ processedAt: at, ...requestId })
    .where(
      inArray(
        messages.id,
        rows.map((row) => row.id),
      ),
    );
  await saveDialogues(tx, new Map([...people].map(([contactId, person]) => [contactId, person.dialogue])), at);
}

async function handleStored(context: ChatContext, data: unknown): Promise<void> {
  const parsed = inboundContentSchema.safeParse(data);
  if (!parsed.success) {
    await say(context, 'unsupported', { text: translator(context.language)('chat.attachment_unsupported') });
    return;
  }
  return handleContent(context, parsed.data);
}

async function handleContent(context: ChatContext, content: InboundContent): Promise<void> {
  if (content.type === 'action') return handleAction(context, content.action);
  if (content.type === 'text') {
    const command = parseCommand(content.text) ?? parseTypedAnswer(content.text, context.dialogue.offer);
    if (command) {
      // A typed command answers in the language it is typed in, as a question does ("hồ sơ của tôi" after English).
      context.language = detectLanguage(content.text, context.language);
      context.dialogue.language = context.language;
      return handleAction(context, command);
    }
    if (/^\s*[1-5]\s*$/.test(content.text) && (await requestAwaitingRating(context.db, context.contact.id))) {
      return handleAction(context, { type: 'rate', score: Number(content.text.trim()) as 1 | 2 | 3 | 4 | 5 });
    }
    return handleText(context, content.text);
  }
  const open = await context.openCase();
  if (open) {
    await appendToRequest(context.db, context.tracker, {
      request: open,
      type: 'attachment',
      at: context.at,
      data: { messageId: context.messageId, kind: content.kind },
    });
    linkMessage(context, open.id);
    const t = translator(context.language);
    await say(context, 'attachment', { text: t('chat.attachment_added', { caseNumber: open.caseNumber }) }, open.id);
    return;
  }
  if (content.caption && content.caption.trim().length > 3) return handleText(context, content.caption);
  await say(context, 'unsupported', { text: translator(context.language)('chat.attachment_unsupported') });
}
