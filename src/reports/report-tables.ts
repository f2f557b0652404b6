import { jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { Figures } from './compute-figures.ts';

/**
 * The stored monthly report (R12: units report before the 5th): one row per agency and one total
 * row (agency_id null) per local month, computed once on the 1st so later answers to that month's
 * requests do not change what was reported.
 */
export const monthlyReports = pgTable(
  'monthly_reports',
  {
    agencyId: text('agency_id'),
    /** 'YYYY-MM', Asia/Ho_Chi_Minh. */
    month: text('month').notNull(),
    figures: jsonb('figures').$type<Figures>().notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  // Nulls not distinct: the total row is unique per month too, which is what makes a racing
  // second instance's insert a no-op.
  (table) => [unique('monthly_reports_month_agency').on(table.month, table.agencyId).nullsNotDistinct()],
);
