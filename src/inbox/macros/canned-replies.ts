import { asc, eq, isNotNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { StaffMember } from '../staff-sessions.ts';
import { cannedReplies } from './macro-tables.ts';

export type CannedReply = typeof cannedReplies.$inferSelect;

/** How many replies one set (an agency's, a person's) may hold: a list to pick from, not a store. */
export const MAX_PER_SET = 200;

/**
 * The replies a staff member may insert on a case of `agencyId`: that agency's set and their own.
 * Agency replies first, then personal ones, each by title.
 */
export async function listCannedReplies(db: Db, who: { staffId: string; agencyId: string }): Promise<CannedReply[]> {
  return db
    .select()
    .from(cannedReplies)
    .where(or(eq(cannedReplies.agencyId, who.agencyId), eq(cannedReplies.ownerId, who.staffId)))
    .orderBy(sql`${cannedReplies.ownerId} is not null`, asc(cannedReplies.title), asc(cannedReplies.id));
}

/** What the management page lists: their own set and the agency sets they see (admins: every agency's). */
export async function listManageable(db: Db, staff: StaffMember): Promise<CannedReply[]> {
  const agencies =
    staff.role === 'admin' ? isNotNull(cannedReplies.agencyId) : eq(cannedReplies.agencyId, staff.agencyId ?? '');
  return db
    .select()
    .from(cannedReplies)
    .where(or(agencies, eq(cannedReplies.ownerId, staff.id)))
    .orderBy(asc(cannedReplies.agencyId), asc(cannedReplies.title), asc(cannedReplies.id));
}

export async function findCannedReply(db: Db, id: number): Promise<CannedReply | null> {
  if (!Number.isSafeInteger(id)) return null;
  const [row] = await db.select().from(cannedReplies).where(eq(cannedReplies.id, id));
  return row ?? null;
}

/** Everyone manages their own set; supervisors their agency's; admins every agency's. */
export function canManage(staff: StaffMember, scope: { agencyId: string | null; ownerId: string | null }): boolean {
  if (scope.ownerId !== null) return scope.ownerId === staff.id;
  if (scope.agencyId === null) return false;
  return staff.role === 'admin' || (staff.role === 'supervisor' && staff.agencyId === scope.agencyId);
}

export async function countInSet(db: Db, scope: { agencyId: string | null; ownerId: string | null }): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(cannedReplies)
    .where(
      scope.ownerId !== null
        ? eq(cannedReplies.ownerId, scope.ownerId)
        : eq(cannedReplies.agencyId, scope.agencyId ?? ''),
    );
  return row?.count ?? 0;
}

export async function createCannedReply(
  db: Db,
  values: { agencyId: string | null; ownerId: string | null; title: string; body: string; by: string; at: Date },
): Promise<void> {
  await db.insert(cannedReplies).values({
    agencyId: values.agencyId,
    ownerId: values.ownerId,
    title: values.title,
    body: values.body,
    updatedBy: values.by,
    updatedAt: values.at,
  });
}

export async function updateCannedReply(
  db: Db,
  id: number,
  values: { title: string; body: string; by: string; at: Date },
): Promise<void> {
  await db
    .update(cannedReplies)
    .set({ title: values.title, body: values.body, updatedBy: values.by, updatedAt: values.at })
    .where(eq(cannedReplies.id, id));
}

export async function deleteCannedReply(db: Db, id: number): Promise<void> {
  await db.delete(cannedReplies).where(eq(cannedReplies.id, id));
}
