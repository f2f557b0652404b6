import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { nextEventOf } from './hand-off-request.ts';
import { parseDay, startOf } from './local-day-calendar.ts';
import { loadSlaPolicy, PROGRESS_LIMIT_HOURS, type SlaPolicy } from './sla-policy.ts';
import { recordEvents } from './tracker-events.ts';
import type { TrackerContext } from './tracker-context.ts';
import { requests } from './tracker-tables.ts';
import type { WorkingCalendar } from './working-calendar.ts';

const HOUR = 3_600_000;

/**
 * Moves the deadlines of open, not yet breached requests on a working-hours clock whose time runs
 * across a day the admins just changed. Each request keeps the working hours it was given (counted
 * on the old calendar), so a policy changed since its hand-off does not change it; R1's limit on the
 * progress reply still holds. A breach already escalated stays. Returns how many requests moved.
 */
export async function replanDeadlines(
  db: Db,
  context: TrackerContext,
  calendars: { before: WorkingCalendar; after: WorkingCalendar },
  changedDates: string[],
  at: Date,
): Promise<number> {
  const first = changedDates[0];
  const last = changedDates[changedDates.length - 1];
  if (!first || !last) return 0;
  const open = await db
    .select()
    .from(requests)
    .where(
      and(
        eq(requests.status, 'open'),
        isNull(requests.breachedAt),
        lt(requests.openedAt, new Date(startOf(parseDay(last) + 1))),
        gt(requests.dueAt, new Date(startOf(parseDay(first)))),
      ),
    )
    .for('update');
  const policies = new Map<string, SlaPolicy>();
  let moved = 0;
  for (const request of open) {
    const policy = policies.get(request.agencyId) ?? (await loadSlaPolicy(db, request.agencyId));
    policies.set(request.agencyId, policy);
    if (policy.clock !== 'working' || !request.dueAt) continue;
    const { openedAt } = request;
    const shift = (point: Date | null): Date | null =>
      point && calendars.after.addWorkingHours(openedAt, calendars.before.workingMsBetween(openedAt, point) / HOUR);
    const limit = new Date(openedAt.getTime() + PROGRESS_LIMIT_HOURS * HOUR);
    const progress = request.progressSentAt ? request.progressAt : shift(request.progressAt);
    const changes = {
      dueAt: shift(request.dueAt) ?? request.dueAt,
      warnAt: request.warnedAt ? request.warnAt : shift(request.warnAt),
      progressAt: progress && !request.progressSentAt && progress > limit ? limit : progress,
    };
    if (
      changes.dueAt.getTime() === request.dueAt.getTime() &&
      same(changes.warnAt, request.warnAt) &&
      same(changes.progressAt, request.progressAt)
    )
      continue;
    const [row] = await db
      .update(requests)
      .set({ ...changes, nextEventAt: nextEventOf({ ...request, ...changes }), updatedAt: at })
      .where(eq(requests.id, request.id))
      .returning();
    if (row && changes.dueAt.getTime() !== request.dueAt.getTime()) {
      const data = { reason: 'calendar', from: request.dueAt.toISOString(), to: changes.dueAt.toISOString() };
      await recordEvents(db, context, [{ type: 'deadline_moved', request: row, actor: { kind: 'system' }, at, data }]);
    }
    moved++;
  }
  return moved;
}

function same(a: Date | null, b: Date | null): boolean {
  return (a?.getTime() ?? null) === (b?.getTime() ?? null);
}
