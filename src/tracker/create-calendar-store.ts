import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { HolidayYear } from '../kb/content-schema.ts';
import { calendarDays, calendarRevision, calendarYears } from './calendar-tables.ts';
import { mergeCalendarYears, toHolidayYear, type CalendarYear } from './merge-calendar-years.ts';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar.ts';

export type CalendarStore = {
  /**
   * The working calendar as the database has it now: content/holidays with the admins' edits. One
   * primary-key read per call; the calendar is rebuilt only when an edit (from any instance) raised
   * the version since the last call.
   */
  current(db: Db): Promise<WorkingCalendar>;
  /** Every known year with its days and where each comes from (for the admin page); read afresh. */
  years(db: Db): Promise<CalendarYear[]>;
  /** The shipped lists (content/holidays) the admins' edits apply to. */
  readonly shipped: readonly HolidayYear[];
};

/** The tracker's calendar over the shipped lists and the calendar tables. */
export function createCalendarStore(shipped: readonly HolidayYear[]): CalendarStore {
  let cached: { version: number; calendar: WorkingCalendar } | null = null;
  return {
    shipped,
    async current(db) {
      const version = await calendarVersion(db);
      if (cached?.version === version) return cached.calendar;
      // Rows read after the version can only be newer: the next call then sees a higher version and
      // rebuilds, so the cache is never behind the database by more than the call in flight.
      const calendar = buildCalendar(await readCalendarYears(db, shipped));
      cached = { version, calendar };
      return calendar;
    },
    years: (db) => readCalendarYears(db, shipped),
  };
}

export async function readCalendarYears(db: Db, shipped: readonly HolidayYear[]): Promise<CalendarYear[]> {
  const rows = await db.select().from(calendarDays);
  const confirmations = await db.select().from(calendarYears);
  return mergeCalendarYears(shipped, rows, confirmations);
}

export function buildCalendar(years: readonly CalendarYear[]): WorkingCalendar {
  return createWorkingCalendar({ years: years.map(toHolidayYear) });
}

async function calendarVersion(db: Db): Promise<number> {
  const [row] = await db
    .select({ version: calendarRevision.version })
    .from(calendarRevision)
    .where(eq(calendarRevision.id, 1));
  return row?.version ?? 0;
}
