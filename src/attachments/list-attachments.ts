import { and, eq, inArray, or } from 'drizzle-orm';
import type { OutboundFile } from '../channels.ts';
import { contacts } from '../conversations/index.ts';
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

/** A file staff sent, as a channel sends it (the outbox worker reads it); null when it is gone (erased). */
export async function readOutboundFile(
  db: Db,
  id: number,
  publicUrl: (token: string) => string,
): Promise<OutboundFile | null> {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.direction, 'out'), eq(attachments.status, 'stored')));
  if (!row?.bytes || !row.mimeType) return null;
  return {
    id: row.id,
    kind: row.kind === 'photo' ? 'photo' : 'file',
    mimeType: row.mimeType,
    name: row.name ?? `file-${row.id}`,
    bytes: row.bytes,
    ...(row.publicToken ? { publicUrl: publicUrl(row.publicToken) } : {}),
  };
}

/** A file a web chat person may open: one they sent or were sent, by their chat address. */
export async function readWebChatFile(db: Db, id: number, address: string) {
  const [contact] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.channel, 'web'), eq(contacts.address, address)));
  return contact ? readAttachment(db, id, contact.id) : null;
}

/** A person's files as an export lists them: what each is, never its bytes (staff open those on the case page). */
export async function listPersonAttachments(db: Db, contactIds: readonly string[]) {
  if (contactIds.length === 0) return [];
  return db
    .select({
      id: attachments.id,
      messageId: attachments.messageId,
      requestId: attachments.requestId,
      direction: attachments.direction,
      channel: attachments.channel,
      kind: attachments.kind,
      status: attachments.status,
      mimeType: attachments.mimeType,
      size: attachments.size,
      name: attachments.name,
      sha256: attachments.sha256,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(inArray(attachments.contactId, [...contactIds]))
    .orderBy(attachments.id);
}
