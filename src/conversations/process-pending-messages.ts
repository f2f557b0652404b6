import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { inboundContentSchema } from '../channel-schemas.ts';
import type { InboundContent } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { translator, type Language } from '../i18n/index.ts';
import type { Answerer } from '../kb/index.ts';
import type { Logger } from '../logger.ts';
import {
  appendToRequest,
  findOpenCase,
  languageOf,
  requestAwaitingRating,
  type TrackerContext,
} from '../tracker/index.ts';
import { say, type ChatContext, type ContactRow } from './chat-context.ts';
import { contacts, dialogues, messages } from './conversation-tables.ts';
import { readDialogue, saveDialogue, type DialogueState } from './dialogue-state.ts';
import { handleAction } from './handle-action.ts';
import { handleText, linkMessage } from './handle-text.ts';
import { parseCommand } from './parse-command.ts';
import { parseTypedAnswer } from './parse-typed-answer.ts';

export type ProcessDeps = { db: Db; answerer: Answerer; tracker: TrackerContext; logger: Logger; now: () => Date };

type Stored = typeof messages.$inferSelect;

/** Messages claimed per transaction: enough to share the fixed costs, few enough to keep locks short. */
const BATCH = 20;

/**
 * Processes stored inbound messages, oldest first, a batch per transaction with their replies and
 * tracker events: it commits all of them or none. Rows are claimed with SKIP LOCKED and their
 * contacts locked, so several instances share the work and one person's messages are handled in
 * order. A batch that fails is redone one message per transaction, so one message the code cannot
 * handle is marked failed and never blocks the queue. Returns how many were processed.
 */
export async function processPendingMessages(deps: ProcessDeps, limit = 100): Promise<number> {
  let processed = 0;
  while (processed < limit) {
    let claimed: number;
    try {
      claimed = await deps.db.transaction((tx) => processBatch(deps, tx, Math.min(BATCH, limit - processed)));
    } catch (error) {
      deps.logger.warn({ err: error }, 'a batch of inbound messages failed: handling them one by one');
      claimed = await processOneByOne(deps, Math.min(BATCH, limit - processed));
    }
    if (claimed === 0) break;
    processed += claimed;
  }
  return processed;
}

async function processBatch(deps: ProcessDeps, tx: Db, size: number): Promise<number> {
  const rows = await claim(tx, size);
  if (rows.length === 0) return 0;
  const at = deps.now();
  const people = await lockContacts(tx, rows, at);
  for (const row of rows) {
    const person = people.get(row.contactId);
    if (!person) throw new Error(`contact ${row.contactId} missing`);
    const context = contextFor(deps, tx, person, row, at);
    await handleStored(context, row.data);
    // What the handlers learnt (a business, the language chosen) holds for the person's next message.
    person.contact = context.contact;
  }
  await finish(tx, rows, people, at);
  return rows.length;
}

/** The fallback: each message in its own transaction; a message that throws is kept, marked failed. */
async function processOneByOne(deps: ProcessDeps, size: number): Promise<number> {
  let done = 0;
  while (done < size) {
    const handled = await deps.db.transaction(async (tx) => {
      const [row] = await claim(tx, 1);
      if (!row) return false;
      const at = deps.now();
      const people = await lockContacts(tx, [row], at);
      const person = people.get(row.contactId);
      try {
        if (!person) throw new Error(`contact ${row.contactId} missing`);
        await tx.transaction((inner) => handleStored(contextFor(deps, inner, person, row, at), row.data));
        await finish(tx, [row], people, at);
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

async function claim(tx: Db, size: number): Promise<Stored[]> {
  return tx
    .select()
    .from(messages)
    .where(and(eq(messages.direction, 'in'), isNull(messages.processedAt)))
    .orderBy(asc(messages.id))
    .limit(size)
    .for('update', { skipLocked: true });
}

type Person = { contact: ContactRow; dialogue: DialogueState };

/** The contacts of the claimed messages, locked in id order (no deadlock between instances), with their dialogues. */
async function lockContacts(tx: Db, rows: Stored[], now: Date): Promise<Map<string, Person>> {
  const ids = [...new Set(rows.map((row) => row.contactId))].sort();
  const found = await tx
    .select()
    .from(contacts)
    .where(inArray(contacts.id, ids))
    .orderBy(asc(contacts.id))
    .for('update');
  const states = await tx.select().from(dialogues).where(inArray(dialogues.contactId, ids));
  const byContact = new Map(states.map((state) => [state.contactId, state]));
  return new Map(
    found.map((contact) => [contact.id, { contact, dialogue: readDialogue(byContact.get(contact.id), now) }]),
  );
}

function contextFor(deps: ProcessDeps, db: Db, person: Person, row: Stored, at: Date): ChatContext {
  const language: Language = person.dialogue.language ?? languageOf(person.contact.language);
  return {
    db,
    answerer: deps.answerer,
    tracker: deps.tracker,
    contact: person.contact,
    language,
    dialogue: person.dialogue,
    messageId: row.id,
    at,
    messageAt: row.sentAt,
  };
}

async function finish(tx: Db, rows: Stored[], people: Map<string, Person>, at: Date): Promise<void> {
  await tx
    .update(messages)
    .set({ processedAt: at })
    .where(
      inArray(
        messages.id,
        rows.map((row) => row.id),
      ),
    );
  for (const [contactId, person] of people) await saveDialogue(tx, contactId, person.dialogue, at);
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
    if (command) return handleAction(context, command);
    if (/^\s*[1-5]\s*$/.test(content.text) && (await requestAwaitingRating(context.db, context.contact.id))) {
      return handleAction(context, { type: 'rate', score: Number(content.text.trim()) as 1 | 2 | 3 | 4 | 5 });
    }
    return handleText(context, content.text);
  }
  const open = await findOpenCase(context.db, context.contact.id);
  if (open) {
    await appendToRequest(context.db, context.tracker, {
      request: open,
      type: 'attachment',
      at: context.at,
      data: { messageId: context.messageId, kind: content.kind },
    });
    await linkMessage(context, open.id);
    const t = translator(context.language);
    await say(context, 'attachment', { text: t('chat.attachment_added', { caseNumber: open.caseNumber }) }, open.id);
    return;
  }
  if (content.caption && content.caption.trim().length > 3) return handleText(context, content.caption);
  await say(context, 'unsupported', { text: translator(context.language)('chat.attachment_unsupported') });
}
