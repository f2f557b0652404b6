import type { HolidayYear } from './content-schema.ts';

export type HolidayProblem = { field: string; message: string };

type DayLists = Pick<HolidayYear, 'year' | 'holidays' | 'working_saturdays'>;

/**
 * The rules a year's list must keep beyond its shape, the same for content/holidays (kb:check) and
 * for a list an admin imports in the inbox: every date in that year, make-up days on Saturdays, no
 * day listed twice, and no day both a holiday and a make-up day (guessing which one is meant would
 * move deadlines silently).
 */
export function checkHolidayYear(list: DayLists): HolidayProblem[] {
  const problems: HolidayProblem[] = [];
  const seen = new Map<string, string>();
  const check = (entries: Array<{ date: string }>, field: string, saturday: boolean) => {
    entries.forEach((entry, index) => {
      const at = `${field}.${index}.date`;
      if (!entry.date.startsWith(`${list.year}-`)) {
        problems.push({ field: at, message: `${entry.date} is not in ${list.year} (expected a date of that year)` });
      }
      if (saturday && new Date(`${entry.date}T00:00:00Z`).getUTCDay() !== 6) {
        problems.push({ field: at, message: `${entry.date} is not a Saturday (expected a make-up working Saturday)` });
      }
      const earlier = seen.get(entry.date);
      if (earlier) {
        problems.push({ field: at, message: `${entry.date} is already listed at ${earlier} (expected each day once)` });
      } else {
        seen.set(entry.date, at);
      }
    });
  };
  check(list.holidays, 'holidays', false);
  check(list.working_saturdays, 'working_saturdays', true);
  return problems;
}
