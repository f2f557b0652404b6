import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { StaffNotice } from '../tracker/index.ts';
import { notifications, staff } from './inbox-tables.ts';

/** Tells the assignee and the agency's supervisors (warnings, breaches). Returns how many were told. */
export async function notifyAgencyStaff(db: Db, notice: StaffNotice): Promise<number> {
  const supervisors = and(eq(staff.agencyId, notice.agencyId), eq(staff.role, 'supervisor'), eq(staff.active, true));
  const people = await db
    .select({ id: staff.id })
    .from(staff)
    .where(notice.assigneeId ? or(supervisors, eq(staff.id, notice.assigneeId)) : supervisors);
  if (people.length === 0) return 0;
  await db.insert(notifications).values(
    people.map((person) => ({
      staffId: person.id,
      requestId: notice.requestId,
      kind: notice.kind,
      text: notice.text,
      createdAt: notice.at,
    })),
  );
  return people.length;
}
