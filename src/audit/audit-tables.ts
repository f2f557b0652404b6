import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * What staff did: sign-ins (and failed ones), every case read or changed, every admin change of
 * accounts and roles. Append-only: a trigger (migration audit_events_append_only) refuses UPDATE
 * and DELETE, so not even the app can rewrite it. It names staff and case numbers, never what a
 * person wrote.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** Who; null for a failed sign-in to an unknown account. */
    staffId: uuid('staff_id'),
    /** sign_in · sign_in_failed · sign_out · case.read · case.<action> · admin.<action> */
    action: text('action').notNull(),
    requestId: bigint('request_id', { mode: 'number' }),
    /** Another staff member an admin action was about. */
    targetStaffId: uuid('target_staff_id'),
    detail: jsonb('detail'),
  },
  (table) => [index('audit_events_at').on(table.at), index('audit_events_request').on(table.requestId)],
);
