import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Every message to a person, written in the same transaction as the event that causes it and
 * delivered by the outbox worker. `dedupe_key` makes "exactly once" messages (the apology) unique.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    channel: text('channel').notNull(),
    address: text('address').notNull(),
    contactId: uuid('contact_id'),
    requestId: bigint('request_id', { mode: 'number' }),
    kind: text('kind').notNull(),
    payload: jsonb('payload').notNull(),
    dedupeKey: text('dedupe_key').unique(),
    /** pending · sending (claimed by a worker until next_attempt_at) · sent · failed */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (table) => [
    index('outbox_pending')
      .on(table.channel, table.nextAttemptAt)
      .where(sql`status in ('pending', 'sending')`),
    // The web chat reads one person's delivered messages after an id.
    index('outbox_address').on(table.channel, table.address, table.id),
    index('outbox_request').on(table.requestId),
  ],
);

/**
 * Short leases so exactly one app instance delivers a channel at a time: the channel's rate
 * limit (Telegram ~30 messages/s per bot) is then honoured across instances.
 */
export const workerLeases = pgTable('worker_leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
