import { and, eq, ne, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { notifications, staff } from './inbox-tables.ts';

/** Something staff must know about a case (a warning, a breach, a transfer, an assignment). */
export type StaffNotice = {
  agencyId: string;
  assigneeId: string | null;
  requestId: number;
  kind: string;
  text: string;
  at: Date;
};

/**
 * Tells the agency's supervisors and the assignee (warnings, breaches). An agency without an active
 * supervisor has the admins told in their place, so a case nobody hears about cannot happen while
 * the inbox has an active admin. Returns how many were told. One statement.
 */
export async function notifyAgencyStaff(db: Db, notice: StaffNotice): Promise<number> {
  const supervisor = and(eq(staff.agencyId, notice.agencyId), eq(staff.role, 'supervisor'));
  return tell(
    db,
    or(
      supervisor,
      and(eq(staff.role, 'admin'), notExists(activeWhere(db, supervisor))),
      notice.assigneeId ? eq(staff.id, notice.assigneeId) : undefined,
    ),
    notice,
  );
}

/**
 * Everyone active in an agency (a case has arrived there); the admins when it has nobody yet.
 * `except`: who caused it (staff who took a request themselves need no notice of it). One statement.
 */
export async function notifyAgency(
  db: Db,
  notice: Omit<StaffNotice, 'assigneeId'>,
  except: string | null = null,
): Promise<number> {
  const inAgency = eq(staff.agencyId, notice.agencyId);
  return tell(
    db,
    and(
      or(inAgency, and(eq(staff.role, 'admin'), notExists(activeWhere(db, inAgency)))),
      except ? ne(staff.id, except) : undefined,
    ),
    notice,
  );
}

function activeWhere(db: Db, condition: SQL | undefined) {
  return db
    .select({ one: sql`1` })
    .from(staff)
    .where(and(eq(staff.active, true), condition));
}

/**
 * One notification for each active staff member `who` picks (told once, however many of their
 * roles apply): an INSERT … SELECT, so finding them and telling them is one round trip.
 */
async function tell(
  db: Db,
  who: SQL | undefined,
  notice: Pick<StaffNotice, 'requestId' | 'kind' | 'text' | 'at'>,
): Promise<number> {
  const told = await db
    .insert(notifications)
    .select(
      db
        .select({
          id: sql`nextval(pg_get_serial_sequence('notifications', 'id'))`.as('id'),
          staffId: sql`${staff.id}`.as('staff_id'),
          requestId: sql`${notice.requestId}::bigint`.as('request_id'),
          kind: sql`${notice.kind}`.as('kind'),
          text: sql`${notice.text}`.as('text'),
          createdAt: sql`${notice.at.toISOString()}::timestamptz`.as('created_at'),
          readAt: sql`null::timestamptz`.as('read_at'),
        })
        .from(staff)
        .where(and(eq(staff.active, true), who)),
    )
    .returning({ id: notifications.id });
  return told.length;
}
