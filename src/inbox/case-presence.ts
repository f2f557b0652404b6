import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { caseViewers, staff } from './inbox-tables.ts';

/** A page that stopped renewing its row for this long is gone (its instance died). */
const GONE_AFTER = sql`interval '45 seconds'`;
/** Typing shows this long after the last keystroke sent (pages send one every few seconds). */
const TYPING_FOR = sql`interval '6 seconds'`;

export type Viewer = { staffId: string; name: string; typing: boolean };

/**
 * Presence on a case page, in the database so every instance sees every viewer. Times are the
 * database's clock: presence is about now, never about a case's business time.
 */
export async function joinCase(db: Db, viewer: { connectionId: string; requestId: number; staffId: string }) {
  await db.insert(caseViewers).values({ ...viewer, seenAt: sql`now()` });
  // Rows a dead instance left behind.
  await db.delete(caseViewers).where(lt(caseViewers.seenAt, sql`now() - interval '10 minutes'`));
}

export async function renewPresence(db: Db, connectionId: string): Promise<void> {
  await db
    .update(caseViewers)
    .set({ seenAt: sql`now()` })
    .where(eq(caseViewers.connectionId, connectionId));
}

export async function leaveCase(db: Db, connectionId: string): Promise<void> {
  await db.delete(caseViewers).where(eq(caseViewers.connectionId, connectionId));
}

/** The staff member is typing on the case (every page of theirs on it); false when no page of theirs is open. */
export async function markTyping(db: Db, requestId: number, staffId: string): Promise<boolean> {
  const rows = await db
    .update(caseViewers)
    .set({ typingUntil: sql`now() + ${TYPING_FOR}` })
    .where(and(eq(caseViewers.requestId, requestId), eq(caseViewers.staffId, staffId)))
    .returning({ id: caseViewers.connectionId });
  return rows.length > 0;
}

/** Who has the case open now, once each, and whether they are typing, by name. */
export async function listViewers(db: Db, requestId: number): Promise<Viewer[]> {
  const rows = await db
    .select({
      staffId: caseViewers.staffId,
      name: staff.name,
      typing: sql<boolean>`bool_or(coalesce(${caseViewers.typingUntil} > now(), false))`,
    })
    .from(caseViewers)
    .innerJoin(staff, eq(staff.id, caseViewers.staffId))
    .where(and(eq(caseViewers.requestId, requestId), gt(caseViewers.seenAt, sql`now() - ${GONE_AFTER}`)))
    .groupBy(caseViewers.staffId, staff.name)
    .orderBy(staff.name);
  return rows.map((row) => ({ ...row, typing: row.typing === true }));
}
