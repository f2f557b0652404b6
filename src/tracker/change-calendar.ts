import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { checkHolidayYear, type HolidayProblem } from '../kb/check-holiday-year.ts';
import type { ListedDay } from '../kb/parse-holiday-file.ts';
import { calendarDays, calendarRevision, calendarYears } from './calendar-tables.ts';
import { buildCalendar, readCalendarYears } from './create-calendar-store.ts';
import { parseDay } from './local-day-calendar.ts';
import type { CalendarYear } from './merge-calendar-years.ts';
import { replanDeadlines } from './replan-deadlines.ts';
import type { TrackerContext } from './tracker-context.ts';

export type CalendarChange =
  | { type: 'set'; day: ListedDay }
  | { type: 'remove'; date: string }
  /** Replaces the year's whole list with an official one: shipped days it lacks are withdrawn. */
  | { type: 'import'; year: number; days: ListedDay[] }
  | { type: 'confirm'; year: number; source: string | null };

export type CalendarChangeResult = {
  problems: HolidayProblem[];
  /** Dates whose kind changed (added, removed, holiday ↔ working day). */
  changed: string[];
  /** Open requests whose deadlines moved with the calendar. */
  moved: number;
};

/**
 * An admin's edit of the holiday lists, in one transaction: the day rows, the version every
 * instance checks before using its calendar, and the open requests re-planned on the new calendar.
 * Refuses, storing nothing, what kb:check would refuse in content/holidays.
 */
export async function changeCalendar(
  db: Db,
  context: TrackerContext,
  change: CalendarChange,
  by: { staffId: string | null; at: Date },
): Promise<CalendarChangeResult> {
  const year = yearOfChange(change);
  const problems = checkChange(change, year);
  if (problems.length > 0) return { problems, changed: [], moved: 0 };
  const shipped = context.calendar.shipped;
  const file = shipped.find((list) => list.year === year);
  const isShipped = (date: string) =>
    [...(file?.holidays ?? []), ...(file?.working_saturdays ?? [])].some((entry) => entry.date === date);

  return db.transaction(async (tx) => {
    const yearsBefore = await readCalendarYears(tx, shipped);
    const before = yearsBefore.find((entry) => entry.year === year);
    const stamp = { updatedAt: by.at, updatedBy: by.staffId };
    const put = (date: string, kind: string, name: string) =>
      tx
        .insert(calendarDays)
        .values({ day: date, kind, name, ...stamp })
        .onConflictDoUpdate({ target: calendarDays.day, set: { kind, name, ...stamp } });

    if (change.type === 'set') {
      await put(change.day.date, change.day.kind, change.day.name);
    } else if (change.type === 'remove') {
      // A shipped day stays withdrawn through a row; a day only an admin listed simply goes.
      if (isShipped(change.date)) await put(change.date, 'ordinary', '');
      else await tx.delete(calendarDays).where(eq(calendarDays.day, change.date));
    } else if (change.type === 'import') {
      await tx
        .delete(calendarDays)
        .where(and(gte(calendarDays.day, `${year}-01-01`), lte(calendarDays.day, `${year}-12-31`)));
      const listed = new Set(change.days.map((day) => day.date));
      for (const day of change.days) await put(day.date, day.kind, day.name);
      for (const entry of file?.holidays ?? []) if (!listed.has(entry.date)) await put(entry.date, 'ordinary', '');
      for (const entry of file?.working_saturdays ?? [])
        if (!listed.has(entry.date)) await put(entry.date, 'ordinary', '');
    } else {
      const values = { year, confirmedAt: by.at, confirmedBy: by.staffId, source: change.source };
      await tx.insert(calendarYears).values(values).onConflictDoUpdate({ target: calendarYears.year, set: values });
    }
    await tx
      .insert(calendarRevision)
      .values({ id: 1, version: 1, updatedAt: by.at })
      .onConflictDoUpdate({
        target: calendarRevision.id,
        set: { version: sql`${calendarRevision.version} + 1`, updatedAt: by.at },
      });

    const years = await readCalendarYears(tx, shipped);
    const changed = changedDates(
      before,
      years.find((entry) => entry.year === year),
    );
    const calendars = { before: buildCalendar(yearsBefore), after: buildCalendar(years) };
    const moved = changed.length === 0 ? 0 : await replanDeadlines(tx, context, calendars, changed, by.at);
    return { problems: [], changed, moved };
  });
}

function yearOfChange(change: CalendarChange): number {
  if (change.type === 'set') return Number(change.day.date.slice(0, 4));
  if (change.type === 'remove') return Number(change.date.slice(0, 4));
  return change.year;
}

function checkChange(change: CalendarChange, year: number): HolidayProblem[] {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    return [{ field: 'year', message: `${year} (expected a year from 2000 to 2100)` }];
  if (change.type === 'confirm') return [];
  const days = change.type === 'set' ? [change.day] : change.type === 'import' ? change.days : [];
  const dates = change.type === 'remove' ? [change.date] : days.map((day) => day.date);
  for (const date of dates) {
    try {
      parseDay(date);
    } catch {
      return [{ field: 'date', message: `"${date}" is not a date (expected YYYY-MM-DD)` }];
    }
  }
  const unnamed = days.find((day) => day.name.trim() === '' || day.name.length > 200);
  if (unnamed) return [{ field: 'name', message: `${unnamed.date}: expected a name of 1 to 200 characters` }];
  return checkHolidayYear({
    year,
    holidays: days.filter((day) => day.kind === 'holiday'),
    working_saturdays: days.filter((day) => day.kind === 'working'),
  });
}

/** Dates listed differently before and after: only those can move a deadline. */
function changedDates(before: CalendarYear | undefined, after: CalendarYear | undefined): string[] {
  const kinds = (year: CalendarYear | undefined) => new Map(year?.days.map((day) => [day.date, day.kind]));
  const a = kinds(before);
  const b = kinds(after);
  return [...new Set([...a.keys(), ...b.keys()])].filter((date) => a.get(date) !== b.get(date)).sort();
}
