import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { attachments } from './attachment-tables.ts';

/** What a page shows of a file: never its bytes. */
export type AttachmentInfo = {
  id: number;
  messageId: number | null;
  kind: string;
  status: string;
  mimeType: string | null;
  size: number | null;
  name: string | null;
  lastError: string | null;
};

/**
 * One person's files carried by the given inbound messages or named by id (what staff sent), by
 * id; a file of another person is never listed, whatever id a caller passes.
 */
export async function listAttachments(
  db: Db,
  contactId: string,
  which: { messageIds: readonly number[]; ids: readonly number[] },
): Promise<Map<number, AttachmentInfo>> {
  if (which.messageIds.length === 0 && which.ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: attachments.id,
      messageId: attachments.messageId,
      kind: attachments.kind,
      status: attachments.status,
      mimeType: attachments.mimeType,
      size: attachments.size,
      name: attachments.name,
      lastError: attachments.lastError,
    })
    .from(attachments)
    .where(
      and(
        eq(attachments.contactId, contactId),
        or(
          which.messageIds.length > 0 ? inArray(attachments.messageId, [...which.messageIds]) : undefined,
          which.ids.length > 0 ? inArray(attachments.id, [...which.ids]) : undefined,
        ),
      ),
    );
  return new Map(rows.map((row) => [row.id, row]));
}

/** A stored file with its bytes, when it belongs to this person; null otherwise (or not stored). */
export async function readAttachment(db: Db, id: number, contactId: string) {
  if (!Number.isSafeInteger(id)) return null;
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.contactId, contactId), eq(attachments.status, 'stored')));
  return row?.bytes && row.mimeType ? { ...row, bytes: row.bytes, mimeType: row.mimeType } : null;
}
