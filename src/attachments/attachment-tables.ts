import { sql } from 'drizzle-orm';
import { bigint, bigserial, customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** PostgreSQL's bytea: a Buffer from postgres.js, a Uint8Array from PGlite; both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
});

/**
 * Photos and files people send and staff send back. The bytes live here, in the database, not
 * under DATA_DIR: every instance behind the proxy serves any file from the one PostgreSQL, the
 * backups hold the files with the cases they belong to, and erasing a person removes their files
 * in the same transaction as their texts. The size limit (ATTACHMENT_MAX_MB) keeps rows small
 * enough for that.
 *
 * An inbound file starts `pending` with the channel's reference (Telegram's file_id, Zalo's URL)
 * and is fetched in the background: `stored` with its bytes, `refused` (too large, a type not
 * allowed: no bytes kept), or `failed` after its attempts (shown to staff as not fetched).
 */
export const attachments = pgTable(
  'attachments',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    contactId: uuid('contact_id').notNull(),
    /** The inbound message that carried it (null for a file staff sent: its transcript row names it). */
    messageId: bigint('message_id', { mode: 'number' }).unique(),
    requestId: bigint('request_id', { mode: 'number' }),
    direction: text('direction').notNull(), // in | out
    channel: text('channel').notNull(),
    reference: text('reference'),
    kind: text('kind').notNull(), // photo | file
    status: text('status').notNull().default('pending'), // pending | stored | refused | failed
    mimeType: text('mime_type'),
    size: integer('size'),
    name: text('name'),
    sha256: text('sha256'),
    bytes: bytea('bytes'),
    /** A picture staff sent to a channel that fetches pictures by address (Zalo): its unguessable public address. */
    publicToken: text('public_token').unique(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    storedAt: timestamp('stored_at', { withTimezone: true }),
  },
  (table) => [
    index('attachments_pending')
      .on(table.nextAttemptAt)
      .where(sql`status = 'pending'`),
    index('attachments_contact').on(table.contactId),
    index('attachments_request').on(table.requestId),
  ],
);
