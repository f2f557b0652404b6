import { inArray, or } from 'drizzle-orm';
import { messages } from '../conversations/index.ts';
import type { Db } from '../db/client.ts';
import { attachments } from './attachment-tables.ts';

/**
 * Deletes the files of these requests (also a file whose message belongs to one but which never
 * learnt its case) and every file of these contacts, bytes and names alike. Returns how many.
 */
export async function deleteAttachments(
  db: Db,
  target: { requestIds: readonly number[]; contactIds: readonly string[] },
): Promise<number> {
  if (target.requestIds.length === 0 && target.contactIds.length === 0) return 0;
  const requestIds = target.requestIds.length > 0 ? [...target.requestIds] : [-1];
  const deleted = await db
    .delete(attachments)
    .where(
      or(
        inArray(attachments.requestId, requestIds),
        inArray(
          attachments.messageId,
          db.select({ id: messages.id }).from(messages).where(inArray(messages.requestId, requestIds)),
        ),
        target.contactIds.length > 0 ? inArray(attachments.contactId, [...target.contactIds]) : undefined,
      ),
    )
    .returning({ id: attachments.id });
  return deleted.length;
}
