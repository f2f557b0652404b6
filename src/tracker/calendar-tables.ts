import { bigint, date, integer, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The admins' edits of the holiday lists, day by day, over the shipped content/holidays files: a
 * day here replaces the shipped entry of that date. `ordinary` withdraws a shipped entry (the day is
 * an ordinary day of the week again).
 */
export const calendarDays = pgTable('calendar_days', {
  day: date('day', { mode: 'string' }).primaryKey(),
  /** holiday | working (a make-up working day) | ordinary */
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
});

/** A year whose list an admin has confirmed as the official one (a provisional file stops being provisional). */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull(),
  confirmedBy: uuid('confirmed_by'),
  /** Where the official list was read: the Government's decision, an imported file's sources. */
  source: text('source'),
});

/**
 * One row (id 1) whose version every calendar edit raises in its own transaction. Each app instance
 * reads it before using its cached calendar, one primary-key lookup, and rebuilds when it moved: an
 * edit made on one instance is used by all of them at once.
 */
export const calendarRevision = pgTable('calendar_revision', {
  id: smallint('id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
