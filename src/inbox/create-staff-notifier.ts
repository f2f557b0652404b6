import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { translator } from '../i18n/index.ts';
import { formatTime, type TrackerContext, type TrackerEvent, type TrackerListener } from '../tracker/index.ts';
import { notifications, staff } from './inbox-tables.ts';
import { notifyAgencyStaff } from './notify-staff.ts';

/**
 * The tracker's events that staff must hear of, as inbox notifications (in the inbox's language,
 * Vietnamese): warnings and breaches to the assignee and the agency's supervisors, a transfer to
 * the receiving agency's staff, an assignment to the person it was given to.
 */
export function createStaffNotifier(tracker: Pick<TrackerContext, 'agencyName'>): TrackerListener {
  const t = translator('vi', 'inbox');
  const bots = translator('vi');
  return async (db: Db, events: readonly TrackerEvent[]) => {
    for (const event of events) {
      const { request, at } = event;
      const deadline = request.dueAt ? formatTime(request.dueAt, 'vi') : '';
      const notice = { agencyId: request.agencyId, assigneeId: request.assigneeId, requestId: request.id, at };
      if (event.type === 'warning' || event.type === 'breach') {
        const text = bots(`tracker.${event.type}`, { caseNumber: request.caseNumber, deadline });
        await notifyAgencyStaff(db, { ...notice, kind: event.type, text });
      } else if (event.type === 'transfer') {
        const from = tracker.agencyName(String(event.data?.from ?? ''), 'vi');
        const text = t('notify_transfer', { caseNumber: request.caseNumber, from, deadline });
        await tellAgency(db, request.agencyId, { ...notice, kind: 'transfer', text });
      } else if (
        event.type === 'assignment' &&
        request.assigneeId &&
        event.actor.kind === 'staff' &&
        event.actor.staffId !== request.assigneeId
      ) {
        const text = t('notify_assigned', { caseNumber: request.caseNumber, deadline });
        await db
          .insert(notifications)
          .values({ staffId: request.assigneeId, requestId: request.id, kind: 'assignment', text, createdAt: at });
      }
    }
  };
}

/** Everyone active in an agency (a case has arrived there); the admins when it has nobody yet. */
async function tellAgency(
  db: Db,
  agencyId: string,
  notice: { requestId: number; kind: string; text: string; at: Date },
): Promise<void> {
  const inAgency = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.agencyId, agencyId), eq(staff.active, true)));
  const people =
    inAgency.length > 0
      ? inAgency
      : await db
          .select({ id: staff.id })
          .from(staff)
          .where(and(eq(staff.role, 'admin'), eq(staff.active, true)));
  if (people.length === 0) return;
  await db.insert(notifications).values(
    people.map((person) => ({
      staffId: person.id,
      requestId: notice.requestId,
      kind: notice.kind,
      text: notice.text,
      createdAt: notice.at,
    })),
  );
}
