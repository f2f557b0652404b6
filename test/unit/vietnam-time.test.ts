import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fromVietnamDateTimeLocal,
  msUntilVietnamHour,
  previousMonth,
  shiftMonth,
  vietnamDate,
  vietnamDateTimeLocal,
  vietnamMidnight,
  vietnamMonth,
} from '../../src/vietnam-time.ts';

describe('Vietnam time', () => {
  it('reads the local day and month of an instant, seven hours ahead of UTC all year', () => {
    expect(vietnamDate(new Date('2026-10-31T16:59:59Z'))).toBe('2026-10-31');
    expect(vietnamDate(new Date('2026-10-31T17:00:00Z'))).toBe('2026-11-01');
    expect(vietnamMonth(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01');
    // No daylight saving: the same offset in July as in January.
    expect(vietnamDateTimeLocal(new Date('2026-07-01T01:30:00Z'))).toBe('2026-07-01T08:30');
    expect(vietnamDateTimeLocal(new Date('2026-01-01T01:30:00Z'))).toBe('2026-01-01T08:30');
  });

  it('turns a typed wall-clock time into its instant and refuses impossible ones', () => {
    expect(fromVietnamDateTimeLocal('2026-11-25T09:15')?.toISOString()).toBe('2026-11-25T02:15:00.000Z');
    expect(fromVietnamDateTimeLocal('2026-02-30T09:00')).toBeNull();
    expect(fromVietnamDateTimeLocal('2026-11-25T25:00')).toBeNull();
    expect(fromVietnamDateTimeLocal('25/11/2026 09:15')).toBeNull();
  });

  it('gives local midnights, months before and after, and the time until a local hour', () => {
    expect(vietnamMidnight(2026, 9).toISOString()).toBe('2026-09-30T17:00:00.000Z');
    expect(vietnamMidnight(2026, 12).toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-11', 3)).toBe('2027-02');
    expect(previousMonth(new Date('2026-11-01T00:30:00+07:00'))).toBe('2026-10');
    expect(previousMonth(new Date('2026-10-31T23:30:00+07:00'))).toBe('2026-09');
    expect(msUntilVietnamHour(new Date('2026-11-25T23:00:00+07:00'), 6)).toBe(7 * 3_600_000);
    expect(msUntilVietnamHour(new Date('2026-11-25T06:00:00+07:00'), 6)).toBe(24 * 3_600_000);
    expect(msUntilVietnamHour(new Date('2026-11-25T05:30:00+07:00'), 6)).toBe(30 * 60_000);
  });

  it('is the only place that writes the UTC+7 offset or the zone name', () => {
    const handWritten = /7 \* 3_?600_?000|3_?600_?000 \* 7|7 \* HOUR|HOUR \* 7|\+07:00|'Asia\/Ho_Chi_Minh'/;
    const files = ['src', 'bots'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(dir, name)),
    );
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter(
      (file) => file !== join('src', 'vietnam-time.ts') && handWritten.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
