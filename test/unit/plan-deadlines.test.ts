import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/kb/index.ts';
import {
  createWorkingCalendar,
  DEFAULT_SLA_POLICY,
  planDeadlines,
  type SlaPolicy,
  type WorkingCalendar,
} from '../../src/tracker/index.ts';

const at = (text: string): Date => new Date(text);
const HOUR = 3_600_000;
const working = (answerHours: number, progressHours: number): SlaPolicy => ({
  agencyId: 'so-cong-thuong',
  answerHours,
  progressHours,
  warningRatio: 0.75,
  clock: 'working',
});

let calendar: WorkingCalendar;
beforeAll(async () => {
  const { kb } = await loadContent('content');
  calendar = createWorkingCalendar({ years: kb?.holidays ?? [] });
});

describe('planDeadlines', () => {
  it("keeps R1's default in calendar hours: answer at 48 h, progress at 24 h, warning at 36 h", () => {
    const opened = at('2026-11-27T15:00:00+07:00'); // a Friday afternoon: calendar hours ignore the weekend
    expect(planDeadlines(DEFAULT_SLA_POLICY, opened, calendar)).toEqual({
      dueAt: at('2026-11-29T15:00:00+07:00'),
      progressAt: at('2026-11-28T15:00:00+07:00'),
      warnAt: at('2026-11-29T03:00:00+07:00'),
    });
  });

  it('sends the progress reply before 48 calendar hours under a working-hours policy opened on a Friday afternoon', () => {
    const opened = at('2026-11-27T15:00:00+07:00');
    const plan = planDeadlines(working(40, 24), opened, calendar);
    // 24 working hours would be Wednesday 15:00, five days later; R1 caps it at 47 hours.
    expect(calendar.addWorkingHours(opened, 24)).toEqual(at('2026-12-02T15:00:00+07:00'));
    expect(plan.progressAt).toEqual(at('2026-11-29T14:00:00+07:00'));
    expect(plan.progressAt.getTime() - opened.getTime()).toBeLessThan(48 * HOUR);
    // The deadline and the warning stay on the policy's working clock.
    expect(plan.dueAt).toEqual(at('2026-12-04T15:00:00+07:00'));
    expect(plan.warnAt).toEqual(at('2026-12-03T11:30:00+07:00')); // 30 working hours
  });

  it("keeps the policy's progress point when it comes earlier than R1's limit", () => {
    const monday = at('2026-11-23T09:00:00+07:00');
    expect(planDeadlines(working(40, 8), monday, calendar).progressAt).toEqual(at('2026-11-24T09:00:00+07:00'));
    const calendarPolicy = { ...DEFAULT_SLA_POLICY, answerHours: 24, progressHours: 6 };
    expect(planDeadlines(calendarPolicy, monday, calendar).progressAt).toEqual(at('2026-11-23T15:00:00+07:00'));
    // A calendar policy asking for 47 h or more gets R1's limit.
    const late = { ...DEFAULT_SLA_POLICY, answerHours: 72, progressHours: 60 };
    expect(planDeadlines(late, monday, calendar).progressAt).toEqual(at('2026-11-25T08:00:00+07:00'));
  });

  it('counts a 2027 deadline across New Year (provisional 2027 list) and across Tết Đinh Mùi', () => {
    // Thursday 31/12/2026 15:00: 2 h that day, Friday 1/1 is New Year's Day, then the weekend.
    const newYear = planDeadlines(working(24, 8), at('2026-12-31T15:00:00+07:00'), calendar);
    expect(newYear.dueAt).toEqual(at('2027-01-06T15:00:00+07:00'));
    // 8 working hours would be Monday 04/01 15:00; R1's limit comes first, on Saturday.
    expect(newYear.progressAt).toEqual(at('2027-01-02T14:00:00+07:00'));
    // Wednesday 03/02/2027 10:00: 5.5 h left that day, Tết from Thursday 04/02 to Wednesday 10/02.
    const tet = planDeadlines(working(16, 8), at('2027-02-03T10:00:00+07:00'), calendar);
    expect(tet.dueAt).toEqual(at('2027-02-12T10:00:00+07:00'));
    expect(tet.warnAt).toEqual(at('2027-02-11T15:30:00+07:00'));
    // 8 working hours would be Thursday 11/02, eight days later: the person hears within 47 hours.
    expect(tet.progressAt).toEqual(at('2027-02-05T09:00:00+07:00'));
  });
});
