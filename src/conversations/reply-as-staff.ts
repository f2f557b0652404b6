import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { translator } from '../i18n/index.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import {
  languageOf,
  recordAnswer,
  recordEvent,
  requests,
  type RequestRow,
  type TrackerContext,
} from '../tracker/index.ts';
import { ratingButtons } from './chat-context.ts';
import { messages } from './conversation-tables.ts';

export type StaffReply = { requestId: number; staffId: string; text: string; at: Date };

/**
 * A staff reply: kept in the conversation, sent to the person through their channel, recorded on
 * the tracker (which adds the apology when late), followed by the satisfaction question. One
 * transaction: all of it or none.
 */
export async function replyAsStaff(
  db: Db,
  tracker: TrackerContext,
  reply: StaffReply,
): Promise<{ request: RequestRow; apologized: boolean }> {
  return db.transaction(async (tx) => {
    const [request] = await tx.select().from(requests).where(eq(requests.id, reply.requestId)).for('update');
    if (!request) throw new Error(`request ${reply.requestId} not found`);
    const language = languageOf(request.language);
    const t = translator(language);
    await tx.insert(messages).values({
      contactId: request.contactId,
      requestId: request.id,
      direction: 'out',
      author: 'staff',
      staffId: reply.staffId,
      channel: request.channel,
      kind: 'text',
      text: reply.text,
      sentAt: reply.at,
    });
    const text = t('chat.staff_reply', {
      agency: tracker.agencyName(request.agencyId, language),
      caseNumber: request.caseNumber,
      text: reply.text,
    });
    const queued = await enqueueMessage(tx, {
      channel: request.channel,
      address: request.replyAddress,
      contactId: request.contactId,
      requestId: request.id,
      kind: 'staff_reply',
      message: { text },
    });
    const result = await recordAnswer(tx, tracker, {
      request,
      at: reply.at,
      by: { kind: 'staff', staffId: reply.staffId },
      data: { delivery: queued ? 'queued' : 'manual', length: reply.text.length },
    });
    if (request.satisfaction === null) {
      await enqueueMessage(tx, {
        channel: request.channel,
        address: request.replyAddress,
        contactId: request.contactId,
        requestId: request.id,
        kind: 'rating',
        message: { text: t('tracker.rating'), buttons: ratingButtons() },
      });
    }
    return result;
  });
}

/** An internal note: visible to staff on the case, never sent. */
export async function addNote(db: Db, note: StaffReply): Promise<void> {
  await db.transaction(async (tx) => {
    const [request] = await tx.select().from(requests).where(eq(requests.id, note.requestId));
    if (!request) throw new Error(`request ${note.requestId} not found`);
    await tx.insert(messages).values({
      contactId: request.contactId,
      requestId: request.id,
      direction: 'internal',
      author: 'staff',
      staffId: note.staffId,
      channel: request.channel,
      kind: 'note',
      text: note.text,
      sentAt: note.at,
    });
    await recordEvent(tx, request.id, 'note', { kind: 'staff', staffId: note.staffId }, note.at);
  });
}
