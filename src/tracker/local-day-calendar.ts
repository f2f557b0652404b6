// Local days of Asia/Ho_Chi_Minh as integers, for the working calendar: one Set lookup per day.
import { VIETNAM_OFFSET_MS as OFFSET_MS } from '../vietnam-time.ts';

export const DAY_MS = 86_400_000;

/** The local day of an epoch-ms instant, as days since 1970-01-01 (local). */
export function dayOf(instant: number): number {
  return Math.floor((instant + OFFSET_MS) / DAY_MS);
}

/** The instant of local midnight at the start of a day. */
export function startOf(day: number): number {
  return day * DAY_MS - OFFSET_MS;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' to a day number; rejects impossible dates such as 2026-02-30 instead of rolling them over. */
export function parseDay(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS : Number.NaN;
  if (!Number.isInteger(day) || formatDay(day) !== text)
    throw new Error(`"${text}" is not a date (expected YYYY-MM-DD)`);
  return day;
}

/** Epoch ms of a Date, refusing an Invalid Date so it cannot turn into NaN deadlines downstream. */
export function instantOf(date: Date, name: string): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new Error(`${name}: expected a valid Date, got an Invalid Date`);
  return ms;
}
