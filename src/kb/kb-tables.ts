import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Each knowledge-base version the app has served, so an answer can be traced to the content it came from. */
export const contentVersions = pgTable('content_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  hash: text('hash').notNull().unique(),
  procedures: integer('procedures').notNull(),
  documents: integer('documents').notNull(),
  firstLoadedAt: timestamp('first_loaded_at', { withTimezone: true }).notNull().defaultNow(),
  lastLoadedAt: timestamp('last_loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
