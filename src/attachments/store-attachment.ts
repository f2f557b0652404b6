import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { attachments } from './attachment-tables.ts';
import type { CheckedAttachment } from './check-attachment.ts';

type Accepted = Extract<CheckedAttachment, { ok: true }>;

/**
 * Keeps a file that came with its message (the web chat's upload), already checked: one row,
 * stored, tied to the inbound message and its person. Call it in the transaction that stores the
 * message, so neither exists without the other.
 */
export async function storeInboundFile(
  db: Db,
  input: { messageId: number; bytes: Uint8Array; checked: Accepted; name: string },
): Promise<number> {
  const { bytes, checked } = input;
  const result: unknown = await db.execute(sql`
    insert into ${attachments} (contact_id, message_id, direction, channel, kind, status, mime_type, size, name, sha256, bytes, stored_at)
    select m.contact_id, m.id, 'in', m.channel, ${checked.kind}, 'stored', ${checked.mimeType}, ${bytes.byteLength},
      ${input.name}, ${sha256(bytes)}, ${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)}, now()
    from messages m where m.id = ${input.messageId}
    on conflict (message_id) do nothing
    returning id`);
  return idOf(result);
}

/**
 * Keeps a file staff send with a reply, already checked, in the transaction of the reply. A file
 * for a channel that fetches pictures by address (Zalo) gets an unguessable token: its public
 * address, which serves that one image and nothing else.
 */
export async function storeOutboundFile(
  db: Db,
  input: {
    contactId: string;
    requestId: number;
    channel: string;
    bytes: Uint8Array;
    checked: Accepted;
    name: string;
    publicAddress: boolean;
  },
): Promise<{ id: number; publicToken: string | null }> {
  const publicToken = input.publicAddress ? randomBytes(24).toString('base64url') : null;
  const [row] = await db
    .insert(attachments)
    .values({
      contactId: input.contactId,
      requestId: input.requestId,
      direction: 'out',
      channel: input.channel,
      kind: input.checked.kind,
      status: 'stored',
      mimeType: input.checked.mimeType,
      size: input.bytes.byteLength,
      name: input.name,
      sha256: sha256(input.bytes),
      bytes: input.bytes,
      publicToken,
      storedAt: new Date(),
    })
    .returning({ id: attachments.id });
  if (!row) throw new Error('attachment not stored');
  return { id: row.id, publicToken };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** postgres.js returns the rows as an array, PGlite as `{ rows }`. */
function idOf(result: unknown): number {
  const rows: unknown = Array.isArray(result)
    ? result
    : typeof result === 'object' && result !== null && 'rows' in result
      ? result.rows
      : [];
  const first: unknown = Array.isArray(rows) ? rows[0] : undefined;
  const id = typeof first === 'object' && first !== null && 'id' in first ? Number(first.id) : Number.NaN;
  if (!Number.isSafeInteger(id)) throw new Error('attachment not stored');
  return id;
}
