import { bigint, bigserial, boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Staff accounts. agent: their agency's cases · supervisor: their agency + reports · admin: everything. */
export const staff = pgTable('staff', {
  id: uuid('id').primaryKey().defaultRandom(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  agencyId: text('agency_id'),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  language: text('language').notNull().default('vi'),
  /** Opted in to browser notifications and a sound for new, transferred and assigned cases and warnings. */
  alerts: boolean('alerts').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Sessions in the database; the cookie carries a random token, the table its SHA-256. */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    staffId: uuid('staff_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('staff_sessions_staff').on(table.staffId)],
);

/** What staff must see: warnings and breaches for their cases, channel alerts for admins. */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    staffId: uuid('staff_id').notNull(),
    requestId: bigint('request_id', { mode: 'number' }),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [index('notifications_staff').on(table.staffId, table.readAt)],
);

/**
 * Failed sign-ins counted per account (`account:<email>`) and per network address (`ip:<address>`)
 * in the database, so every instance sees the same counts and a restart forgets nothing.
 */
export const signInFailures = pgTable('sign_in_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
  lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
});

/**
 * Who has a case page open, one row per open page (its live stream), and until when they are
 * typing a reply. Kept in the database so every instance sees every viewer; a row whose page
 * stopped renewing it (a crashed instance) is ignored after a minute and deleted later.
 */
export const caseViewers = pgTable(
  'case_viewers',
  {
    connectionId: uuid('connection_id').primaryKey(),
    requestId: bigint('request_id', { mode: 'number' }).notNull(),
    staffId: uuid('staff_id').notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
    typingUntil: timestamp('typing_until', { withTimezone: true }),
  },
  (table) => [index('case_viewers_request').on(table.requestId)],
);
