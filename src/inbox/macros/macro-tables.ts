import { sql } from 'drizzle-orm';
import { bigserial, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Canned replies staff insert into a reply: an agency's set (agency_id set, managed by its
 * supervisors and the admins) or one staff member's own (owner_id set). The body may hold
 * placeholders, filled for the case when inserted (fill-placeholders.ts).
 */
export const cannedReplies = pgTable(
  'canned_replies',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    agencyId: text('agency_id'),
    ownerId: uuid('owner_id'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('canned_replies_agency').on(table.agencyId),
    index('canned_replies_owner').on(table.ownerId),
    check('canned_replies_one_scope', sql`(agency_id is null) <> (owner_id is null)`),
  ],
);
