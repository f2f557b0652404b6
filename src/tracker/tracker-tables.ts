import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/** Response-time policy per agency ('*' is the default for agencies without their own). */
export const slaPolicies = pgTable('sla_policies', {
  agencyId: text('agency_id').primaryKey(),
  /** Answer within this many hours (R1: 48). */
  answerHours: integer('answer_hours').notNull().default(48),
  /** Send the person a progress reply when not answered by this many hours. */
  progressHours: integer('progress_hours').notNull().default(24),
  /** Warn the assignee and supervisors at this share of the time (0.75). */
  warningRatio: doublePrecision('warning_ratio').notNull().default(0.75),
  /** 'calendar' hours (the PCI 48 h rule) or 'working' hours of the agency's calendar. */
  clock: text('clock').notNull().default('calendar'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

/**
 * One request on the tracker: a person's question from any channel. The clock starts at the
 * first message (`opened_at`) and never restarts. Where to reply is copied here so the tracker
 * can write the progress reply and the apology without knowing about conversations.
 */
export const requests = pgTable(
  'requests',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseNumber: text('case_number').notNull().unique(),
    contactId: uuid('contact_id').notNull(),
    channel: text('channel').notNull(),
    replyAddress: text('reply_address'),
    language: text('language').notNull().default('vi'),
    requesterType: text('requester_type').notNull().default('citizen'),
    requesterName: text('requester_name'),
    taxCode: text('tax_code'),
    agencyId: text('agency_id').notNull(),
    procedureRef: text('procedure_ref'),
    subject: text('subject').notNull(),
    /** bot | open | waiting | answered | closed */
    status: text('status').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    handedOffAt: timestamp('handed_off_at', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    progressAt: timestamp('progress_at', { withTimezone: true }),
    warnAt: timestamp('warn_at', { withTimezone: true }),
    /** The earliest pending timed event (progress, warning, breach): what the scheduler polls. */
    nextEventAt: timestamp('next_event_at', { withTimezone: true }),
    firstAnswerAt: timestamp('first_answer_at', { withTimezone: true }),
    firstAnswerBy: text('first_answer_by'),
    firstHumanReplyAt: timestamp('first_human_reply_at', { withTimezone: true }),
    /** Stored durations, so reports read medians without recomputing calendars. */
    answerHours: doublePrecision('answer_hours'),
    answerWorkingHours: doublePrecision('answer_working_hours'),
    humanReplyHours: doublePrecision('human_reply_hours'),
    humanReplyWorkingHours: doublePrecision('human_reply_working_hours'),
    assigneeId: uuid('assignee_id'),
    progressSentAt: timestamp('progress_sent_at', { withTimezone: true }),
    warnedAt: timestamp('warned_at', { withTimezone: true }),
    breachedAt: timestamp('breached_at', { withTimezone: true }),
    late: boolean('late').notNull().default(false),
    apologizedAt: timestamp('apologized_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    satisfaction: smallint('satisfaction'),
    /** Set when the person was asked to rate this case: asked once per case, never twice. */
    ratingAskedAt: timestamp('rating_asked_at', { withTimezone: true }),
    /**
     * Conversation turns on the case (a person's message joined, a staff reply). A staff page
     * carries the turn it showed; a reply from a page that missed a turn is refused.
     */
    turn: integer('turn').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('requests_due')
      .on(table.nextEventAt)
      .where(sql`next_event_at is not null`),
    index('requests_queue').on(table.agencyId, table.status, table.dueAt),
    index('requests_contact').on(table.contactId, table.id),
    index('requests_opened').on(table.openedAt),
    index('requests_assignee').on(table.assigneeId, table.status),
  ],
);

/** The append-only history of a request: every event with its time and actor. */
export const requestEvents = pgTable(
  'request_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: bigint('request_id', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    /** person | bot | staff | system */
    actor: text('actor').notNull(),
    staffId: uuid('staff_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    data: jsonb('data'),
  },
  (table) => [index('request_events_request').on(table.requestId, table.id)],
);
