// The working calendar of state agencies, in Asia/Ho_Chi_Minh time, for response-time clocks and
// legal time limits (vn-procedures.md section 4). Pure: every function takes explicit instants.
// Holidays come only from the official yearly lists in content/holidays: the lunar calendar is never
// computed, so a year without a list knows its weekends and nothing else (see knowsYear).
import type { HolidayYear } from '../kb/content-schema.ts';
import { DAY_MS, dayOf, formatDay, instantOf, parseDay, startOf, weekdayOf } from './local-day-calendar.ts';

/** 'HH:MM' local times of the two daily sessions; the gap between them is the lunch break. */
export type WorkingHours = { morning: [string, string]; afternoon: [string, string] };

// 7:30–11:30 and 13:00–17:00 is what content/agencies.yaml tells citizens for every provincial
// agency, and it is the 8-hour working day; an agency with other hours passes its own.
export const DEFAULT_WORKING_HOURS: WorkingHours = { morning: ['07:30', '11:30'], afternoon: ['13:00', '17:00'] };

export type WorkingCalendar = {
  /** Whether a local day 'YYYY-MM-DD' is a working day of state agencies. */
  isWorkingDay(day: string): boolean;
  /** The Asia/Ho_Chi_Minh calendar day 'YYYY-MM-DD' of an instant. */
  localDay(instant: Date): string;
  /**
   * Working milliseconds between two instants: only inside working hours on working days.
   * Antisymmetric: when `from` is after `to` the result is negative (minus the span from `to` to
   * `from`), so "working time left until a deadline" turns negative once it is overdue.
   */
  workingMsBetween(from: Date, to: Date): number;
  /** The instant reached after `hours` working hours from `from`; outside hours it starts at the next opening. */
  addWorkingHours(from: Date, hours: number): Date;
  /**
   * Deadline of "N ngày làm việc" received at `from` (section 4.4): the day of receipt is not counted,
   * the limit ends at 24:00 local of the Nth working day after it. N = 0 ("trong ngày") ends at 24:00
   * of the day of receipt, or of the next working day when that day is not one.
   */
  addWorkingDays(from: Date, days: number): Date;
  /**
   * Deadline of "N ngày" (calendar days) per BLDS 2015 art. 147–148: the first day is not counted, the
   * limit ends at 24:00 of the last day, moved to 24:00 of the next working day when the last day is a
   * weekend day or holiday.
   */
  addCalendarDays(from: Date, days: number): Date;
  /** Working days between two instants, fractional (a working day is the length of one full day's hours); negative like workingMsBetween. */
  workingDaysBetween(from: Date, to: Date): number;
  /** Whether a list of that year is loaded; outside such years only weekends are known. */
  knowsYear(year: number): boolean;
  /** Whether that year's list is loaded and not provisional (statutory days only, awaiting an admin's confirmation). */
  isConfirmed(year: number): boolean;
};

export function createWorkingCalendar(options: { years: HolidayYear[]; hours?: WorkingHours }): WorkingCalendar {
  const sessions = parseWorkingHours(options.hours ?? DEFAULT_WORKING_HOURS);
  const msPerWorkingDay = sessions.reduce((sum, [start, end]) => sum + end - start, 0);
  const { holidays, workingSaturdays, years } = indexYears(options.years);
  const confirmed = new Set(options.years.filter((year) => !year.provisional).map((year) => year.year));

  // Days are integers (days since 1970-01-01 local), so the loops below cost one Set lookup per day.
  const isWorking = (day: number): boolean => {
    if (holidays.has(day)) return false;
    if (workingSaturdays.has(day)) return true;
    const weekday = weekdayOf(day);
    return weekday !== 0 && weekday !== 6;
  };
  const firstWorkingDayFrom = (day: number): number => {
    let next = day;
    while (!isWorking(next)) next++;
    return next;
  };
  const endOf = (day: number): Date => new Date(startOf(day + 1));

  // One step per day, never per minute: a year-long span is 365 steps.
  const forwardMs = (from: number, to: number): number => {
    let total = 0;
    for (let day = dayOf(from); day <= dayOf(to); day++) {
      if (!isWorking(day)) continue;
      const begin = Math.max(0, from - startOf(day));
      const end = Math.min(DAY_MS, to - startOf(day));
      for (const [start, stop] of sessions) total += Math.max(0, Math.min(stop, end) - Math.max(start, begin));
    }
    return total;
  };
  const workingMsBetween = (from: Date, to: Date): number => {
    const a = instantOf(from, 'from');
    const b = instantOf(to, 'to');
    return a <= b ? forwardMs(a, b) : -forwardMs(b, a);
  };

  return {
    isWorkingDay: (day) => isWorking(parseDay(day)),
    localDay: (instant) => formatDay(dayOf(instantOf(instant, 'instant'))),
    workingMsBetween,
    addWorkingHours(from, hours) {
      if (!Number.isFinite(hours) || hours < 0)
        throw new RangeError(`addWorkingHours: expected a number of hours ≥ 0, got ${hours}`);
      let remaining = Math.round(hours * 3_600_000);
      const start = instantOf(from, 'from');
      let day = dayOf(start);
      // The loop ends: only listed holidays remove weekdays, so working days always come.
      for (let offset = start - startOf(day); ; day++, offset = 0) {
        if (!isWorking(day)) continue;
        for (const [open, close] of sessions) {
          const begin = Math.max(open, offset);
          if (begin >= close) continue;
          // `<=`: a limit used up exactly at 11:30 ends at 11:30, not at the afternoon opening.
          if (remaining <= close - begin) return new Date(startOf(day) + begin + remaining);
          remaining -= close - begin;
        }
      }
    },
    addWorkingDays(from, days) {
      requireWholeDays(days, 'addWorkingDays');
      let day = dayOf(instantOf(from, 'from'));
      if (days === 0) return endOf(firstWorkingDayFrom(day));
      for (let counted = 0; counted < days; counted++) day = firstWorkingDayFrom(day + 1);
      return endOf(day);
    },
    addCalendarDays(from, days) {
      requireWholeDays(days, 'addCalendarDays');
      return endOf(firstWorkingDayFrom(dayOf(instantOf(from, 'from')) + days));
    },
    workingDaysBetween: (from, to) => workingMsBetween(from, to) / msPerWorkingDay,
    knowsYear: (year) => years.has(year),
    isConfirmed: (year) => confirmed.has(year),
  };
}

/** Sessions as [start, end) offsets in ms from local midnight; throws on a malformed or unordered time. */
function parseWorkingHours(hours: WorkingHours): Array<[number, number]> {
  const morning: [number, number] = [parseClock(hours.morning[0]), parseClock(hours.morning[1])];
  const afternoon: [number, number] = [parseClock(hours.afternoon[0]), parseClock(hours.afternoon[1])];
  if (!(morning[0] < morning[1] && morning[1] <= afternoon[0] && afternoon[0] < afternoon[1])) {
    throw new Error(
      `Working hours out of order: morning ${hours.morning.join('–')}, afternoon ${hours.afternoon.join('–')} ` +
        '(expected morning start < morning end ≤ afternoon start < afternoon end)',
    );
  }
  return [morning, afternoon];
}

function parseClock(clock: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (!match) throw new Error(`Working hours: "${clock}" is not a time of day (expected HH:MM, 00:00–23:59)`);
  return (Number(match[1]) * 60 + Number(match[2])) * 60_000;
}

function indexYears(list: HolidayYear[]): { holidays: Set<number>; workingSaturdays: Set<number>; years: Set<number> } {
  const holidays = new Set(list.flatMap((year) => year.holidays.map((entry) => parseDay(entry.date))));
  const workingSaturdays = new Set(list.flatMap((year) => year.working_saturdays.map((entry) => parseDay(entry.date))));
  // A day in both lists is a content mistake; guessing which one is meant would move deadlines silently.
  for (const day of workingSaturdays) {
    if (holidays.has(day))
      throw new Error(`Holiday lists: ${formatDay(day)} is both a holiday and a make-up working day`);
  }
  return { holidays, workingSaturdays, years: new Set(list.map((year) => year.year)) };
}

function requireWholeDays(days: number, name: string): void {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`${name}: expected a whole number of days ≥ 0, got ${days}`);
}
