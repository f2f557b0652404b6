import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Updates a channel delivered that the app cannot use (no chat, text that is not text, a date
 * out of range…): acknowledged so the channel stops resending them, and kept here with the
 * reason for someone to look at. The payload may hold personal data: retention deletes old rows
 * and an erasure request deletes a person's.
 */
export const rejectedUpdates = pgTable(
  'rejected_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    channel: text('channel').notNull(),
    reason: text('reason').notNull(),
    /** The update as received (cleaned of NUL and lone surrogates), cut at 16 kB. */
    payload: text('payload').notNull(),
    /** The person's address on the channel when the update names one: for export and erasure. */
    address: text('address'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('rejected_updates_received').on(table.receivedAt)],
);
