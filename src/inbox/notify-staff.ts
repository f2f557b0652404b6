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
  const standIns = supervisors.length > 0 ? supervisors : await activeAdmins(db);
  const assignee = notice.assigneeId
    ? await db
        .select({ id: staff.id })
        .from(staff)
        .where(and(active, eq(staff.id, notice.assigneeId)))
    : [];
  return tell(db, [...standIns, ...assignee], notice);
}

/**
 * Everyone active in an agency (a case has arrived there); the admins when it has nobody yet.
 * `except`: who caused it (staff who took a request themselves need no notice of it).
 */
export async function notifyAgency(
  db: Db,
  notice: Omit<StaffNotice, 'assigneeId'>,
  except: string | null = null,
): Promise<number> {
  const inAgency = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.agencyId, notice.agencyId), eq(staff.active, true)));
  const people = inAgency.length > 0 ? inAgency : await activeAdmins(db);
  return tell(
    db,
    people.filter((person) => person.id !== except),
    notice,
  );
}

function activeAdmins(db: Db): Promise<Array<{ id: string }>> {
  return db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.active, true), eq(staff.role, 'admin')));
}

/** One notification for each person (told once, however many of their roles apply). */
async function tell(
  db: Db,
  people: ReadonlyArray<{ id: string }>,
  notice: Pick<StaffNotice, 'requestId' | 'kind' | 'text' | 'at'>,
): Promise<number> {
  const ids = [...new Set(people.map((person) => person.id))];
  if (ids.length === 0) return 0;
  await db.insert(notifications).values(
    ids.map((staffId) => ({
      staffId,
      requestId: notice.requestId,
      kind: notice.kind,
      text: notice.text,
      createdAt: notice.at,
    })),
  );
  return ids.length;
}
