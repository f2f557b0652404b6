import type { Db } from '../db/client.ts';
import { translator } from '../i18n/index.ts';
import { formatTime, type TrackerContext, type TrackerEvent, type TrackerListener } from '../tracker/index.ts';
import { notifications } from './inbox-tables.ts';
import { notifyAgency, notifyAgencyStaff } from './notify-staff.ts';

/**
 * The tracker's events that staff must hear of, as inbox notifications (in the inbox's language,
 * Vietnamese): a new case (handed to staff) to its agency's staff, warnings and breaches to the
 * assignee and the agency's supervisors, a transfer to the receiving agency's staff, an assignment
 * to the person it was given to. Open inbox pages raise them as browser alerts (live-routes).
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
      } else if (event.type === 'handoff') {
        const text = t('notify_new_case', { caseNumber: request.caseNumber, deadline });
        // Staff who took the request themselves (manual intake) need no alert about it.
        const except = event.actor.kind === 'staff' ? event.actor.staffId : null;
        await notifyAgency(db, { ...notice, kind: 'new_case', text }, except);
      } else if (event.type === 'transfer') {
        const from = tracker.agencyName(String(event.data?.from ?? ''), 'vi');
        const text = t('notify_transfer', { caseNumber: request.caseNumber, from, deadline });
        await notifyAgency(db, { ...notice, kind: 'transfer', text });
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
