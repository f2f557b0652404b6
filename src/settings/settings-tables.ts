import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Channel credentials set from the admin page (Zalo OA tokens); one row per channel. */
export const channelCredentials = pgTable('channel_credentials', {
  channel: text('channel').primaryKey(),
  data: jsonb('data').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Problems an admin must act on ("reconnect Zalo"), shown in the inbox until resolved. */
export const alerts = pgTable('alerts', {
  key: text('key').primaryKey(),
  message: text('message').notNull(),
  raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true }),
});
