import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { WorkingCalendar } from './working-calendar.ts';
import { slaPolicies } from './tracker-tables.ts';

export type SlaPolicy = {
  agencyId: string;
  answerHours: number;
  progressHours: number;
  warningRatio: number;
  clock: 'calendar' | 'working';
};

/** R1: answer a business within 48 hours, with a progress reply before then. */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  agencyId: '*',
  answerHours: 48,
  progressHours: 24,
  warningRatio: 0.75,
  clock: 'calendar',
};

/** The agency's own policy, else the default row an admin may have edited, else R1's default. */
export async function loadSlaPolicy(db: Db, agencyId: string): Promise<SlaPolicy> {
  const rows = await db
    .select()
    .from(slaPolicies)
    .where(inArray(slaPolicies.agencyId, [agencyId, '*']));
  const row =
    rows.find((candidate) => candidate.agencyId === agencyId) ?? rows.find((candidate) => candidate.agencyId === '*');
  if (!row) return { ...DEFAULT_SLA_POLICY, agencyId };
  return {
    agencyId,
    answerHours: row.answerHours,
    progressHours: row.progressHours,
    warningRatio: row.warningRatio,
    clock: row.clock === 'working' ? 'working' : 'calendar',
  };
}

export async function listSlaPolicies(db: Db): Promise<SlaPolicy[]> {
  const rows = await db.select().from(slaPolicies).orderBy(slaPolicies.agencyId);
  return rows.map((row) => ({ ...row, clock: row.clock === 'working' ? 'working' : 'calendar' }));
}

export async function saveSlaPolicy(db: Db, policy: SlaPolicy, staffId: string | null, now: Date): Promise<void> {
  const values = { ...policy, updatedAt: now, updatedBy: staffId };
  await db.insert(slaPolicies).values(values).onConflictDoUpdate({ target: slaPolicies.agencyId, set: values });
}

export async function deleteSlaPolicy(db: Db, agencyId: string): Promise<void> {
  await db.delete(slaPolicies).where(eq(slaPolicies.agencyId, agencyId));
}

export type Deadlines = { dueAt: Date; progressAt: Date; warnAt: Date };

/**
 * R1: a progress reply before 48 calendar hours from the first message, whatever the policy. It is
 * planned an hour earlier so that the scheduler's round and the channel's delivery still land
 * before 48 hours.
 */
export const PROGRESS_LIMIT_HOURS = 47;

/**
 * The deadline, the progress point and the warning point of a request opened at `openedAt`. The
 * progress point is the policy's, or R1's limit when the policy's comes later: a working-hours
 * policy opened on a Friday afternoon (or before Tết) would otherwise reply days later.
 */
export function planDeadlines(policy: SlaPolicy, openedAt: Date, calendar: WorkingCalendar): Deadlines {
  const after = (hours: number): Date =>
    policy.clock === 'working'
      ? calendar.addWorkingHours(openedAt, hours)
      : new Date(openedAt.getTime() + hours * 3_600_000);
  const progressLimit = openedAt.getTime() + PROGRESS_LIMIT_HOURS * 3_600_000;
  return {
    dueAt: after(policy.answerHours),
    progressAt: new Date(Math.min(after(policy.progressHours).getTime(), progressLimit)),
    warnAt: after(policy.answerHours * policy.warningRatio),
  };
}
