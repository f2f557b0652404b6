import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Each knowledge-base version the app has served, so an answer can be traced to the content it came from. */
export const contentVersions = pgTable('content_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  hash: text('hash').notNull().unique(),
  procedures: integer('procedures').notNull(),
  documents: integer('documents').notNull(),
  firstLoadedAt: timestamp('first_loaded_at', { withTimezone: true }).notNull().defaultNow(),
  lastLoadedAt: timestamp('last_loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Staff answers saved to the knowledge base after an edit that removed personal data: indexed
 * for the bot at once and listed on the public Q&A page (R4).
 */
export const publishedAnswers = pgTable('published_answers', {
  id: uuid('id').primaryKey().defaultRandom(),
  question: text('question').notNull(),
  answer: text('answer').notNull(),
  agencyId: text('agency_id').notNull(),
  procedureRef: text('procedure_ref'),
  requestId: integer('request_id'),
  publishedBy: uuid('published_by'),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Questions staff taught the bot from the inbox (personal data removed): each an example of one
 * procedure, searched by the bot on every instance. A removed one stays, marked, for the record;
 * `changed_at` (set when taught and when removed) is what each instance's watcher reads.
 */
export const learnedExamples = pgTable(
  'learned_examples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The procedure's ref (P16), as requests and published answers name it. */
    procedureRef: text('procedure_ref').notNull(),
    text: text('text').notNull(),
    language: text('language').notNull(),
    staffId: uuid('staff_id').notNull(),
    requestId: integer('request_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedBy: uuid('removed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('learned_examples_changed').on(table.changedAt),
    index('learned_examples_request').on(table.requestId),
  ],
);
