// Vietnam's time, the one module that knows it: Asia/Ho_Chi_Minh has kept UTC+7 without daylight
// saving since 1975, so a fixed offset is exact for every instant the app will see and no time-zone
// database is needed. Deadlines, case numbers, report periods, the working calendar and the pages
// all read local days and months from here.

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** An instant as Vietnam's wall clock 'YYYY-MM-DDTHH:MM:SS.sssZ' (the Z is not UTC: slice the part you need). */
function wallClock(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString();
}

/** The local calendar day 'YYYY-MM-DD' of an instant. */
export function vietnamDate(instant: Date): string {
  return wallClock(instant).slice(0, 10);
}

/** The local month 'YYYY-MM' of an instant (case numbers, monthly reports). */
export function vietnamMonth(instant: Date): string {
  return wallClock(instant).slice(0, 7);
}

/** The local 'YYYY-MM-DDTHH:MM' of an instant, as an <input type="datetime-local"> shows it. */
export function vietnamDateTimeLocal(instant: Date): string {
  return wallClock(instant).slice(0, 16);
}

/** The instant of a local wall-clock time 'YYYY-MM-DDTHH:MM' (what a datetime-local input sends); null when it is not one. */
export function fromVietnamDateTimeLocal(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const utc = Date.UTC(year ?? 0, (month ?? 0) - 1, day, hour, minute);
  // Reject 2026-02-30 or 25:00 instead of letting Date roll them over.
  if (new Date(utc).toISOString().slice(0, 16) !== text) return null;
  return new Date(utc - VIETNAM_OFFSET_MS);
}

/** Local midnight at the start of a day; monthIndex counts from 0 and may run over (13 = February next year). */
export function vietnamMidnight(year: number, monthIndex: number, day = 1): Date {
  return new Date(Date.UTC(year, monthIndex, day) - VIETNAM_OFFSET_MS);
}

/** Milliseconds from `now` until the next local time of day `hour`:00 (the next morning for night-time limits). */
export function msUntilVietnamHour(now: Date, hour: number): number {
  const DAY = 86_400_000;
  const local = now.getTime() + VIETNAM_OFFSET_MS;
  let next = Math.floor(local / DAY) * DAY + hour * 3_600_000;
  if (next <= local) next += DAY;
  return next - local;
}

/** 'YYYY-MM' moved by whole months: shiftMonth('2026-01', -1) is '2025-12'. */
export function shiftMonth(month: string, by: number): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The local month 'YYYY-MM' before the one `now` falls in: the last complete month, whose report is due. */
export function previousMonth(now: Date): string {
  return shiftMonth(vietnamMonth(now), -1);
}
