import type { HolidayYear } from '../kb/content-schema.ts';

export type CalendarDay = {
  date: string;
  kind: 'holiday' | 'working';
  name: string;
  /** content: shipped in content/holidays · admin: added or changed in the inbox */
  origin: 'content' | 'admin';
};

export type CalendarYear = {
  year: number;
  /** Statutory days only, not yet confirmed by an admin against the Government's decision. */
  provisional: boolean;
  confirmedAt: Date | null;
  /** The shipped file's sources, then the source an admin gave when confirming. */
  sources: string[];
  days: CalendarDay[];
};

export type DayRow = { day: string; kind: string; name: string };
export type ConfirmationRow = { year: number; confirmedAt: Date; source: string | null };

/**
 * The lists the tracker uses: each shipped year, with the admins' edits applied day by day (a day
 * row replaces the shipped entry of its date; `ordinary` removes it), plus the years only admins
 * have listed. A year is provisional while its file says so, or while an admin-made list is not
 * confirmed.
 */
export function mergeCalendarYears(
  shipped: readonly HolidayYear[],
  rows: readonly DayRow[],
  confirmations: readonly ConfirmationRow[],
): CalendarYear[] {
  const years = new Set([
    ...shipped.map((list) => list.year),
    ...rows.map((row) => yearOf(row.day)),
    ...confirmations.map((row) => row.year),
  ]);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const file = shipped.find((list) => list.year === year);
      const confirmation = confirmations.find((row) => row.year === year);
      const days = new Map<string, CalendarDay>();
      for (const entry of file?.holidays ?? []) days.set(entry.date, { ...entry, kind: 'holiday', origin: 'content' });
      for (const entry of file?.working_saturdays ?? [])
        days.set(entry.date, { ...entry, kind: 'working', origin: 'content' });
      for (const row of rows.filter((candidate) => yearOf(candidate.day) === year)) {
        if (row.kind === 'holiday' || row.kind === 'working') {
          days.set(row.day, { date: row.day, kind: row.kind, name: row.name, origin: 'admin' });
        } else {
          days.delete(row.day);
        }
      }
      return {
        year,
        provisional: !confirmation && (file ? file.provisional : true),
        confirmedAt: confirmation?.confirmedAt ?? null,
        sources: [...(file?.source ?? []), ...(confirmation?.source ? [confirmation.source] : [])],
        days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
      };
    });
}

/** A merged year in the shape the working calendar reads. */
export function toHolidayYear(year: CalendarYear): HolidayYear {
  const entries = (kind: CalendarDay['kind']) =>
    year.days.filter((day) => day.kind === kind).map((day) => ({ date: day.date, name: day.name }));
  return {
    year: year.year,
    source: year.sources,
    provisional: year.provisional,
    holidays: entries('holiday'),
    working_saturdays: entries('working'),
  };
}

function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}
