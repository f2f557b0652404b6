import { bigint, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Staff's tags on cases ("hộ kinh doanh", "cần gọi lại"): the inbox's own table, so the tracker
 * stays the only writer of requests. One row per case and tag; the queue filters by tag.
 */
export const caseTags = pgTable(
  'case_tags',
  {
    requestId: bigint('request_id', { mode: 'number' }).notNull(),
    tag: text('tag').notNull(),
    addedBy: uuid('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.requestId, table.tag] }),
    index('case_tags_tag').on(table.tag, table.requestId),
  ],
);
