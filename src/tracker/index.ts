export { requests, requestEvents, slaPolicies } from './tracker-tables.ts';
export { openRequest, type RequestRow, type OpenRequestInput } from './open-request.ts';
export { handOffRequest, nextEventOf } from './hand-off-request.ts';
export { recordAnswer } from './record-answer.ts';
export { recordEvent, EVENT_TYPES, type EventType, type Actor } from './record-event.ts';
export { runDueEvents } from './run-due-events.ts';
export {
  loadSlaPolicy,
  saveSlaPolicy,
  listSlaPolicies,
  deleteSlaPolicy,
  planDeadlines,
  PROGRESS_LIMIT_HOURS,
  DEFAULT_SLA_POLICY,
  type SlaPolicy,
} from './sla-policy.ts';
export { policyInCalendarTime, type PolicyInCalendarTime } from './policy-in-calendar-time.ts';
export { createCalendarStore, type CalendarStore } from './create-calendar-store.ts';
export { changeCalendar, type CalendarChange, type CalendarChangeResult } from './change-calendar.ts';
export type { CalendarDay, CalendarYear } from './merge-calendar-years.ts';
export { createWorkingCalendar, DEFAULT_WORKING_HOURS, type WorkingCalendar } from './working-calendar.ts';
export { formatTime } from './format-time.ts';
export { languageOf, type TrackerContext, type StaffNotice } from './tracker-context.ts';
export { anonymiseRequests, ANONYMISED_SUBJECT } from './anonymise-requests.ts';
