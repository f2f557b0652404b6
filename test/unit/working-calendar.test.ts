import { beforeAll, describe, expect, it } from 'vitest';
import type { HolidayYear } from '../../src/kb/index.ts';
import { loadContent } from '../../src/kb/index.ts';
import {
  createWorkingCalendar,
  DEFAULT_WORKING_HOURS,
  type WorkingCalendar,
} from '../../src/tracker/working-calendar.ts';

// Every instant is written with its offset, so the tests mean the same on any machine's time zone.
const at = (text: string): Date => new Date(text);
const HOUR = 3_600_000;

const year = (y: number, holidays: string[], saturdays: string[] = []): HolidayYear => ({
  year: y,
  source: ['https://example.org/official-list'],
  provisional: false,
  holidays: holidays.map((date) => ({ date, name: 'holiday' })),
  working_saturdays: saturdays.map((date) => ({ date, name: 'make-up day' })),
});

describe('the working calendar on the real 2026 content', () => {
  let calendar: WorkingCalendar;
  beforeAll(async () => {
    const { kb, problems } = await loadContent('content');
    expect(problems).toEqual([]);
    calendar = createWorkingCalendar({ years: kb?.holidays ?? [] });
  });

  it('knows weekends, holidays and make-up Saturdays', () => {
    expect(calendar.knowsYear(2026)).toBe(true);
    expect(calendar.isConfirmed(2026)).toBe(true);
    expect([calendar.knowsYear(2027), calendar.isConfirmed(2027)]).toEqual([true, false]); // the provisional list
    expect(calendar.knowsYear(2028)).toBe(false);
    expect(calendar.isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false); // Friday swapped for Saturday 10/01
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false); // Monday, nghỉ bù Giỗ Tổ
    expect(calendar.isWorkingDay('2026-09-02')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.isWorkingDay('2026-08-22')).toBe(true);
  });

  it('counts a make-up Saturday as working time and as a working day', () => {
    expect(calendar.workingMsBetween(at('2026-01-10T00:00:00+07:00'), at('2026-01-11T00:00:00+07:00'))).toBe(8 * HOUR);
    expect(calendar.addWorkingDays(at('2026-08-21T16:00:00+07:00'), 1)).toEqual(at('2026-08-23T00:00:00+07:00'));
  });

  it('pushes a request sent at 23:59 on the eve of Tết past the whole break', () => {
    const eve = at('2026-02-13T23:59:00+07:00');
    expect(calendar.localDay(eve)).toBe('2026-02-13');
    expect(calendar.addWorkingHours(eve, 1)).toEqual(at('2026-02-23T08:30:00+07:00'));
    expect(calendar.addWorkingHours(eve, 0)).toEqual(at('2026-02-23T07:30:00+07:00'));
    expect(calendar.addWorkingDays(eve, 1)).toEqual(at('2026-02-24T00:00:00+07:00'));
    expect(calendar.addWorkingDays(eve, 3)).toEqual(at('2026-02-26T00:00:00+07:00'));
    expect(calendar.workingMsBetween(eve, at('2026-02-23T09:00:00+07:00'))).toBe(1.5 * HOUR);
    expect(calendar.workingDaysBetween(at('2026-02-13T17:00:00+07:00'), at('2026-02-23T17:00:00+07:00'))).toBe(1);
  });

  it('ends a calendar-day limit whose last day is a holiday at the end of the next working day', () => {
    // 20/4 + 10 days = Thursday 30/4 (holiday), then 1/5 (holiday) and a weekend: Monday 4/5.
    expect(calendar.addCalendarDays(at('2026-04-20T10:00:00+07:00'), 10)).toEqual(at('2026-05-05T00:00:00+07:00'));
    // Last day on a Saturday moves to Monday; an ordinary last day is kept.
    expect(calendar.addCalendarDays(at('2026-03-06T10:00:00+07:00'), 1)).toEqual(at('2026-03-10T00:00:00+07:00'));
    expect(calendar.addCalendarDays(at('2026-03-02T23:30:00+07:00'), 3)).toEqual(at('2026-03-06T00:00:00+07:00'));
  });

  it('counts exactly the working time of the whole year 2026, one step per day', () => {
    // 261 weekdays − 13 weekday holidays + 2 make-up Saturdays = 250 working days of 8 hours.
    const from = at('2026-01-01T00:00:00+07:00');
    const to = at('2027-01-01T00:00:00+07:00');
    expect(calendar.workingMsBetween(from, to)).toBe(250 * 8 * HOUR);
    expect(calendar.workingDaysBetween(from, to)).toBe(250);
  });
});

describe('the working calendar on small lists', () => {
  const calendar = createWorkingCalendar({ years: [year(2030, ['2030-09-02'])] });

  it('excludes the lunch break', () => {
    expect(calendar.workingMsBetween(at('2030-03-05T11:00:00+07:00'), at('2030-03-05T13:30:00+07:00'))).toBe(1 * HOUR);
    expect(calendar.addWorkingHours(at('2030-03-05T10:30:00+07:00'), 2)).toEqual(at('2030-03-05T14:00:00+07:00'));
    // A limit used up exactly at the end of the morning ends then, not after lunch.
    expect(calendar.addWorkingHours(at('2030-03-05T10:30:00+07:00'), 1)).toEqual(at('2030-03-05T11:30:00+07:00'));
    expect(calendar.addWorkingHours(at('2030-03-05T12:00:00+07:00'), 0.5)).toEqual(at('2030-03-05T13:30:00+07:00'));
  });

  it('counts only working hours across a night and a weekend, negative when reversed', () => {
    const friday = at('2030-03-08T16:00:00+07:00');
    const monday = at('2030-03-11T08:30:00+07:00');
    expect(calendar.workingMsBetween(friday, monday)).toBe(2 * HOUR);
    expect(calendar.workingMsBetween(monday, friday)).toBe(-2 * HOUR);
    expect(calendar.workingMsBetween(at('2030-03-05T18:00:00+07:00'), at('2030-03-06T07:00:00+07:00'))).toBe(0);
    expect(calendar.addWorkingHours(friday, 3)).toEqual(at('2030-03-11T09:30:00+07:00'));
  });

  it('starts a working-day limit received on a Friday afternoon on Monday', () => {
    const friday = at('2030-03-08T15:00:00+07:00');
    expect(calendar.addWorkingDays(friday, 1)).toEqual(at('2030-03-12T00:00:00+07:00'));
    expect(calendar.addWorkingDays(friday, 5)).toEqual(at('2030-03-16T00:00:00+07:00'));
    // Received on Saturday: the same deadline, since neither day counts.
    expect(calendar.addWorkingDays(at('2030-03-09T09:00:00+07:00'), 5)).toEqual(at('2030-03-16T00:00:00+07:00'));
    // Same-day handling received on Saturday is due by the end of Monday.
    expect(calendar.addWorkingDays(at('2030-03-09T09:00:00+07:00'), 0)).toEqual(at('2030-03-12T00:00:00+07:00'));
  });

  it('skips a listed holiday and reads the local day of an instant late in UTC', () => {
    expect(calendar.isWorkingDay('2030-09-02')).toBe(false); // Monday
    expect(calendar.addWorkingDays(at('2030-08-30T10:00:00+07:00'), 1)).toEqual(at('2030-09-04T00:00:00+07:00'));
    expect(calendar.localDay(at('2030-09-01T17:30:00Z'))).toBe('2030-09-02');
  });

  it('knows the weekends of a year without an official list, and nothing else', () => {
    expect(calendar.knowsYear(2027)).toBe(false);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true); // a Friday: its holiday is not known without the list
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-03')).toBe(false);
  });

  it('uses configured hours', () => {
    const custom = createWorkingCalendar({
      years: [],
      hours: { morning: ['08:00', '12:00'], afternoon: ['13:00', '17:00'] },
    });
    expect(custom.addWorkingHours(at('2030-03-05T06:00:00+07:00'), 4.5)).toEqual(at('2030-03-05T13:30:00+07:00'));
    expect(DEFAULT_WORKING_HOURS).toEqual({ morning: ['07:30', '11:30'], afternoon: ['13:00', '17:00'] });
  });

  it('refuses invalid hours, dates and amounts with a clear error', () => {
    const withHours = (morning: [string, string], afternoon: [string, string]) => () =>
      createWorkingCalendar({ years: [], hours: { morning, afternoon } });
    expect(withHours(['7:30', '11:30'], ['13:00', '17:00'])).toThrow('"7:30" is not a time of day');
    expect(withHours(['07:30', '11:30'], ['13:00', '24:00'])).toThrow('"24:00" is not a time of day');
    expect(withHours(['07:30', '14:00'], ['13:00', '17:00'])).toThrow('Working hours out of order');
    expect(withHours(['11:30', '07:30'], ['13:00', '17:00'])).toThrow('Working hours out of order');
    expect(() => createWorkingCalendar({ years: [year(2030, ['2030-03-09'], ['2030-03-09'])] })).toThrow(
      '2030-03-09 is both a holiday and a make-up working day',
    );
    expect(() => createWorkingCalendar({ years: [year(2030, ['2030-02-30'])] })).toThrow('"2030-02-30" is not a date');
    expect(() => calendar.isWorkingDay('2030-3-5')).toThrow('is not a date');
    expect(() => calendar.addWorkingDays(at('2030-03-05T10:00:00+07:00'), 1.5)).toThrow('whole number of days');
    expect(() => calendar.addCalendarDays(at('2030-03-05T10:00:00+07:00'), -1)).toThrow('whole number of days');
    expect(() => calendar.addWorkingHours(at('2030-03-05T10:00:00+07:00'), -1)).toThrow('number of hours');
    expect(() => calendar.workingMsBetween(new Date(Number.NaN), at('2030-03-05T10:00:00+07:00'))).toThrow(
      'Invalid Date',
    );
  });
});
