// The response-time tracker: the only writer of requests and their history. Commands check the
// state they expect, write, and return events; the listeners it is given act on them.
export { requests, requestEvents, slaPolicies } from './tracker-tables.ts';
export { openRequest, type RequestRow, type OpenRequestInput } from './open-request.ts';
export { handOffRequest, nextEventOf } from './hand-off-request.ts';
export { recordBotAnswer, recordStaffAnswer, StaleCaseError, type AnswerBy } from './record-answer.ts';
export { closeRequest, reopenRequest } from './close-request.ts';
export { assignRequest, transferRequest, setProcedure, setRequesterType } from './route-request.ts';
export { appendToRequest, recordActivity, recordActivityOn } from './append-to-request.ts';
export { requestRating, rateRequest } from './rate-request.ts';
export { lockRequest, RequestNotFoundError } from './lock-request.ts';
export { findOpenCase, findOpenCases, isOpenCase, latestRequest, requestAwaitingRating } from './find-requests.ts';
export {
  recordEvents,
  withEventBatch,
  flushEventBatch,
  EVENT_TYPES,
  type EventBatch,
  type EventType,
  type Actor,
  type TrackerEvent,
  type TrackerListener,
} from './tracker-events.ts';
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
export { languageOf, type TrackerContext } from './tracker-context.ts';
export { anonymiseRequests, ANONYMISED_SUBJECT } from './anonymise-requests.ts';
