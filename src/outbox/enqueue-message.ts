import { isChatChannel, type ChatChannel, type OutboundMessage } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { insertRows } from '../db/insert-rows.ts';
import { outbox } from './outbox-tables.ts';

export type OutboxItem = {
  channel: string;
  address: string | null;
  contactId: string | null;
  requestId: number | null;
  /** What the message is (answer, acknowledgement, progress, apology, staff_reply, rating…): for the inbox and figures. */
  kind: string;
  message: OutboundMessage;
  /** Messages that must go out at most once (an apology) carry a key; a second insert is ignored. */
  dedupeKey?: string;
  notBefore?: Date;
};

/**
 * Queues one message for delivery; call it inside the transaction that records the event causing
 * it. Returns false when nothing was queued: a duplicate key, or a channel with no chat to deliver
 * to (a request taken by phone or letter, which staff answer by the same way).
 */
export async function enqueueMessage(db: Db, item: OutboxItem): Promise<boolean> {
  const queue = queueStatement(db, item);
  if (!queue) return false;
  const inserted = await queue;
  return inserted.length > 0;
}

/**
 * The INSERT enqueueMessage runs, returning the new row's id (none for a duplicate key), for a
 * caller that writes more in the same statement (the voice: the transcript row, as a CTE). Null
 * when the channel has no chat to deliver to.
 */
export function queueStatement(db: Db, item: OutboxItem) {
  if (!hasChat(item)) return null;
  return db
    .insert(outbox)
    .values({
      channel: item.channel,
      address: item.address,
      contactId: item.contactId,
      requestId: item.requestId,
      kind: item.kind,
      payload: item.message,
      dedupeKey: item.dedupeKey ?? null,
      ...(item.notBefore ? { nextAttemptAt: item.notBefore } : {}),
    })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
}

/**
 * Queues many messages in one statement, in the order given (the outbox delivers each address's
 * messages in id order). For messages without a dedupe key; those on channels with no chat to
 * deliver to are left out. Returns how many were queued.
 */
export async function enqueueAll(db: Db, items: readonly OutboxItem[]): Promise<number> {
  const rows = items.filter(hasChat);
  if (rows.length === 0) return 0;
  await insertRows(
    db,
    outbox,
    rows.map((item) => ({
      channel: item.channel,
      address: item.address,
      contactId: item.contactId,
      requestId: item.requestId,
      kind: item.kind,
      payload: item.message,
      dedupeKey: null,
      ...(item.notBefore ? { nextAttemptAt: item.notBefore } : {}),
    })),
  );
  return rows.length;
}

/** Whether a message can be delivered: a chat channel and an address on it (else staff pass it on by phone or letter). */
export function hasChat<T extends Pick<OutboxItem, 'channel' | 'address'>>(
  item: T,
): item is T & { channel: ChatChannel; address: string } {
  return isChatChannel(item.channel) && Boolean(item.address);
}
