import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Hits per key in the current window of a post limit (web chat, public question form), shared
 * by every instance. A row whose window has ended counts from 1 again on its next hit.
 */
export const rateLimitHits = pgTable('rate_limit_hits', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
});
