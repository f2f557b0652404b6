import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseHolidayFile } from '../../src/kb/parse-holiday-file.ts';

describe('an imported holiday list', () => {
  it('reads a content/holidays YAML file, holidays and make-up Saturdays alike', async () => {
    const parsed = parseHolidayFile(await readFile('content/holidays/2026.yaml', 'utf8'), 2026);
    expect(parsed.problems).toEqual([]);
    expect(parsed.days).toHaveLength(22);
    expect(parsed.days).toContainEqual({
      date: '2026-01-10',
      kind: 'working',
      name: 'Làm bù cho ngày nghỉ 02/01/2026',
    });
    expect(parsed.sources[0]).toMatch(/^https:\/\//);
  });

  it('reads CSV lines with a header, comments, quoted names holding commas and Vietnamese kinds', () => {
    const csv = [
      'date,kind,name',
      '# from the Government decision',
      '2027-01-01,holiday,Tết Dương lịch',
      '2027-02-04,nghỉ,"Tết Âm lịch, 28 tháng Chạp"',
      '',
      '2027-02-20,làm bù,Làm bù cho ngày 11/02',
    ].join('\r\n');
    expect(parseHolidayFile(csv, 2027)).toEqual({
      days: [
        { date: '2027-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
        { date: '2027-02-04', kind: 'holiday', name: 'Tết Âm lịch, 28 tháng Chạp' },
        { date: '2027-02-20', kind: 'working', name: 'Làm bù cho ngày 11/02' },
      ],
      sources: [],
      problems: [],
    });
  });

  it('names every problem of a CSV by its line, and returns no day when there is one', () => {
    const csv = [
      '2027-02-30,holiday,Không có ngày này',
      '2027-03-01,maybe,Ngày gì',
      '2027-03-02,holiday',
      '2026-12-31,holiday,Năm khác',
      '2027-02-22,working,Thứ Hai',
      '2027-01-01,holiday,Tết',
      '2027-01-01,holiday,Tết lần nữa',
    ].join('\n');
    const parsed = parseHolidayFile(csv, 2027);
    expect(parsed.days).toEqual([]);
    expect(parsed.problems).toEqual([
      'line 1: "2027-02-30" is not a date (expected YYYY-MM-DD)',
      'line 2: "maybe" is not a kind of day (expected holiday or working)',
      'line 3: no name (expected date,kind,name)',
      'line 4: 2026-12-31 is not in 2027 (expected a date of that year)',
      'line 7: 2027-01-01 is already listed at line 6 (expected each day once)',
      'line 5: 2027-02-22 is not a Saturday (expected a make-up working Saturday)',
    ]);
  });

  it('refuses a YAML file of another year, of the wrong shape, or not YAML at all', async () => {
    const file2027 = await readFile('content/holidays/2027.yaml', 'utf8');
    expect(parseHolidayFile(file2027, 2028).problems).toEqual(['year: 2027 (expected 2028, the year being edited)']);
    expect(parseHolidayFile('year: 2027\nholidays: yes\n', 2027).problems).toEqual([
      'source: Invalid input: expected array, received undefined',
      'holidays: Invalid input: expected array, received string',
    ]);
    expect(parseHolidayFile('year: [2027\n', 2027).problems[0]).toMatch(
      /^invalid YAML: .*\(expected a content\/holidays file or CSV lines\)$/,
    );
  });
});
