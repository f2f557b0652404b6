import { and, eq } from 'drizzle-orm';
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
 * the inbox has an active admin. Returns how many were told.
 */
export async function notifyAgencyStaff(db: Db, notice: StaffNotice): Promise<number> {
  const active = eq(staff.active, true);
  const supervisors = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(active, eq(staff.agencyId, notice.agencyId), eq(staff.role, 'supervisor')));
  const standIns =
    supervisors.length > 0
      ? supervisors
      : await db
          .select({ id: staff.id })
          .from(staff)
          .where(and(active, eq(staff.role, 'admin')));
  const assignee = notice.assigneeId
    ? await db
        .select({ id: staff.id })
        .from(staff)
        .where(and(active, eq(staff.id, notice.assigneeId)))
    : [];
  const people = [...new Set([...standIns, ...assignee].map((person) => person.id))];
  if (people.length === 0) return 0;
  await db.insert(notifications).values(
    people.map((staffId) => ({
      staffId,
      requestId: notice.requestId,
      kind: notice.kind,
      text: notice.text,
      createdAt: notice.at,
    })),
  );
  return people.length;
}
