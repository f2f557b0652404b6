import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderBarChart,
  computeFigures,
  ensureMonthlyReport,
  figuresToCsv,
  findFirstMonth,
  monthlyReports,
  parsePeriod,
  readMonthlyReport,
  type Figures,
} from '../../src/reports/index.ts';
import { requests } from '../../src/tracker/tracker-tables.ts';
import { previousMonth } from '../../src/vietnam-time.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

const A = 'so-noi-vu';
const B = 'so-cong-thuong';
const HOUR = 3_600_000;

let database: TestDatabase;
let sequence = 0;

type Answer = { hours: number; workingHours: number; by: 'bot' | 'staff' };
type Row = {
  agencyId: string;
  openedAt: string;
  business?: boolean;
  answer?: Answer;
  handedOff?: boolean;
  progress?: boolean;
  late?: boolean;
  rating?: number;
};

// October 2026 (local): A has six requests, B two; one request on each side of the month.
const ROWS: Row[] = [
  { agencyId: A, openedAt: '2026-10-01T00:00:00+07:00', answer: { hours: 1, workingHours: 0.5, by: 'bot' }, rating: 5 },
  {
    agencyId: A,
    openedAt: '2026-10-05T09:00:00+07:00',
    business: true,
    answer: { hours: 2, workingHours: 2, by: 'bot' },
    rating: 2,
  },
  { agencyId: A, openedAt: '2026-10-06T09:00:00+07:00', answer: { hours: 3, workingHours: 8, by: 'bot' } },
  {
    agencyId: A,
    openedAt: '2026-10-07T09:00:00+07:00',
    business: true,
    handedOff: true,
    answer: { hours: 4, workingHours: 16, by: 'staff' },
    rating: 4,
  },
  {
    agencyId: A,
    openedAt: '2026-10-08T09:00:00+07:00',
    handedOff: true,
    progress: true,
    late: true,
    answer: { hours: 50, workingHours: 24, by: 'staff' },
  },
  { agencyId: A, openedAt: '2026-10-20T09:00:00+07:00', handedOff: true, progress: true },
  {
    agencyId: B,
    openedAt: '2026-10-10T09:00:00+07:00',
    answer: { hours: 0.5, workingHours: 0.5, by: 'bot' },
    rating: 5,
  },
  { agencyId: B, openedAt: '2026-10-31T23:30:00+07:00' },
  { agencyId: A, openedAt: '2026-09-30T23:59:00+07:00', answer: { hours: 1, workingHours: 1, by: 'bot' } },
  { agencyId: A, openedAt: '2026-11-01T00:00:00+07:00', answer: { hours: 1, workingHours: 1, by: 'bot' } },
];

async function insertRow(row: Row): Promise<void> {
  sequence++;
  const openedAt = new Date(row.openedAt);
  const answeredAt = row.answer ? new Date(openedAt.getTime() + row.answer.hours * HOUR) : null;
  await database.db.insert(requests).values({
    caseNumber: `HD-2610-${sequence}`,
    contactId: randomUUID(),
    channel: 'telegram',
    agencyId: row.agencyId,
    subject: 'Câu hỏi',
    requesterType: row.business ? 'business' : 'citizen',
    status: row.answer ? 'answered' : row.handedOff ? 'open' : 'bot',
    openedAt,
    handedOffAt: row.handedOff ? new Date(openedAt.getTime() + HOUR / 2) : null,
    dueAt: row.handedOff ? new Date(openedAt.getTime() + 48 * HOUR) : null,
    firstAnswerAt: answeredAt,
    firstAnswerBy: row.answer?.by ?? null,
    answerHours: row.answer?.hours ?? null,
    answerWorkingHours: row.answer?.workingHours ?? null,
    progressSentAt: row.progress ? new Date(openedAt.getTime() + 24 * HOUR) : null,
    late: row.late ?? false,
    apologizedAt: row.late ? answeredAt : null,
    satisfaction: row.rating ?? null,
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  for (const row of ROWS) await insertRow(row);
});
afterAll(async () => {
  await database.destroy();
});

function byAgency(figures: Figures[], agencyId: string | null): Figures {
  const row = figures.find((figure) => figure.agencyId === agencyId);
  if (!row) throw new Error(`no row for ${agencyId}`);
  return row;
}

describe('computeFigures', () => {
  it('narrows to businesses for the PCI indicators', async () => {
    const figures = await computeFigures(database.db, parsePeriod('2026-10'), { requesterType: 'business' });
    expect(figures.map((row) => row.agencyId)).toEqual([A, null]);
    const a = byAgency(figures, A);
    expect(a).toMatchObject({
      requests: 2,
      businesses: 2,
      citizens: 0,
      answered: 2,
      answeredWithin48h: 2,
      ratings: 2,
      satisfied: 1,
    });
    expect(a.medianHours).toBeCloseTo(3, 12);
  });

  it('counts one local month per agency and in total, with exact medians and p90', async () => {
    const figures = await computeFigures(database.db, parsePeriod('2026-10'));
    expect(figures.map((row) => row.agencyId)).toEqual([B, A, null]);
    const a = byAgency(figures, A);
    expect(a).toMatchObject({
      requests: 6,
      businesses: 2,
      citizens: 4,
      answered: 5,
      answeredWithin48h: 4,
      answeredByBot: 3,
      answeredByStaff: 2,
    });
    expect(a).toMatchObject({ handoffs: 3, progressReplies: 2, late: 1, apologies: 1, ratings: 3, satisfied: 2 });
    expect(a.answeredShare).toBeCloseTo(5 / 6, 12);
    expect(a.answeredWithin48hShare).toBeCloseTo(4 / 6, 12);
    expect(a.satisfactionShare).toBeCloseTo(2 / 3, 12);
    // Hours 1, 2, 3, 4, 50: median 3; p90 at rank 3.6 is 4 + 0.6 × 46.
    expect(a.medianHours).toBeCloseTo(3, 12);
    expect(a.p90Hours).toBeCloseTo(31.6, 12);
    // Working hours 0.5, 2, 8, 16, 24 over 8-hour days: median 1 day, p90 (16 + 0.6 × 8) / 8.
    expect(a.medianWorkingDays).toBeCloseTo(1, 12);
    expect(a.p90WorkingDays).toBeCloseTo(2.6, 12);

    // 23:30 local on 31 October is October's; 00:00 local on 1 November (17:00 UTC on the 31st) is not.
    const b = byAgency(figures, B);
    expect(b).toMatchObject({
      requests: 2,
      businesses: 0,
      citizens: 2,
      answered: 1,
      answeredByBot: 1,
      answeredByStaff: 0,
      ratings: 1,
      satisfied: 1,
    });
    expect(b.satisfactionShare).toBe(1);

    const total = byAgency(figures, null);
    expect(total).toMatchObject({
      requests: 8,
      businesses: 2,
      citizens: 6,
      answered: 6,
      answeredByBot: 4,
      answeredByStaff: 2,
      ratings: 4,
      satisfied: 3,
      late: 1,
    });
    expect(total.satisfactionShare).toBeCloseTo(0.75, 12);
    // Hours 0.5, 1, 2, 3, 4, 50: median 2.5; p90 at rank 4.5 is 4 + 0.5 × 46.
    expect(total.medianHours).toBeCloseTo(2.5, 12);
    expect(total.p90Hours).toBeCloseTo(27, 12);
    expect(total.medianWorkingDays).toBeCloseTo(5 / 8, 12);
    expect(total.p90WorkingDays).toBeCloseTo(20 / 8, 12);
  });

  it('counts by local boundaries: the first instant of the month is in, the first of the next is out', async () => {
    const september = await computeFigures(database.db, parsePeriod('2026-09'));
    expect(september.map((row) => [row.agencyId, row.requests])).toEqual([
      [A, 1],
      [null, 1],
    ]);
    const november = await computeFigures(database.db, parsePeriod('2026-11'));
    expect(byAgency(november, null).requests).toBe(1);
    expect(byAgency(await computeFigures(database.db, parsePeriod('2026-Q4')), null).requests).toBe(9);
    expect(byAgency(await computeFigures(database.db, parsePeriod('2026')), null).requests).toBe(10);
  });

  it('gives only the total row, with no shares or medians, for a period without requests', async () => {
    const figures = await computeFigures(database.db, parsePeriod('2025-H1'));
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({
      agencyId: null,
      requests: 0,
      answeredShare: null,
      medianHours: null,
      p90WorkingDays: null,
      satisfactionShare: null,
    });
  });
});

describe('periods', () => {
  it('parses months, quarters, halves and years with Asia/Ho_Chi_Minh boundaries', () => {
    const october = parsePeriod('2026-10');
    expect(october).toMatchObject({ kind: 'month', label: '2026-10' });
    expect(october.start.toISOString()).toBe('2026-09-30T17:00:00.000Z');
    expect(october.end.toISOString()).toBe('2026-10-31T17:00:00.000Z');
    const lateEvening = new Date('2026-10-31T23:30:00+07:00');
    expect(lateEvening >= october.start && lateEvening < october.end).toBe(true);
    const q3 = parsePeriod('2026-q3');
    expect([q3.kind, q3.label, q3.start.toISOString(), q3.end.toISOString()]).toEqual([
      'quarter',
      '2026-Q3',
      '2026-06-30T17:00:00.000Z',
      '2026-09-30T17:00:00.000Z',
    ]);
    const h1 = parsePeriod('2026-H1');
    expect([h1.kind, h1.label, h1.start.toISOString(), h1.end.toISOString()]).toEqual([
      'half',
      '2026-H1',
      '2025-12-31T17:00:00.000Z',
      '2026-06-30T17:00:00.000Z',
    ]);
    const year = parsePeriod('2026');
    expect([year.kind, year.label, year.start.toISOString(), year.end.toISOString()]).toEqual([
      'year',
      '2026',
      '2025-12-31T17:00:00.000Z',
      '2026-12-31T17:00:00.000Z',
    ]);
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-H3', '26-10', '2026-1', 'october', ''])
      expect(() => parsePeriod(bad)).toThrow(/period|month/);
  });

  it('finds the first month with figures, in local time, counting stored reports too', async () => {
    // The first request was opened at 23:59 on 30 September, local time.
    expect(await findFirstMonth(database.db)).toBe('2026-09');
    await database.db.insert(monthlyReports).values({
      agencyId: null,
      month: '2026-07',
      figures: byAgency(await computeFigures(database.db, parsePeriod('2026-07')), null),
      computedAt: new Date('2026-08-01T00:00:00Z'),
    });
    expect(await findFirstMonth(database.db)).toBe('2026-07');
    await database.db.delete(monthlyReports).where(eq(monthlyReports.month, '2026-07'));
  });

  it('names the previous local month', () => {
    expect(previousMonth(new Date('2026-11-01T00:30:00+07:00'))).toBe('2026-10');
    expect(previousMonth(new Date('2026-10-31T23:30:00+07:00'))).toBe('2026-09');
    expect(previousMonth(new Date('2026-01-01T00:00:00+07:00'))).toBe('2025-12');
  });
});

describe('the stored monthly report', () => {
  it('is computed once a month is over, stored once even when two callers race, and read back', async () => {
    const db = database.db;
    expect(await ensureMonthlyReport(db, '2026-10', new Date('2026-10-31T23:59:00+07:00'))).toBe(false);
    expect(await readMonthlyReport(db, '2026-10')).toBeNull();
    const firstOfMonth = new Date('2026-11-01T00:05:00+07:00');
    const raced = await Promise.all([
      ensureMonthlyReport(db, '2026-10', firstOfMonth),
      ensureMonthlyReport(db, '2026-10', firstOfMonth),
    ]);
    expect(raced.filter(Boolean)).toHaveLength(1);
    expect(await ensureMonthlyReport(db, '2026-10', new Date('2026-11-01T00:10:00+07:00'))).toBe(false);
    const [stored] = await db.select({ rows: count() }).from(monthlyReports).where(eq(monthlyReports.month, '2026-10'));
    expect(stored?.rows).toBe(3);
    const report = await readMonthlyReport(db, '2026-10');
    expect(report?.computedAt.toISOString()).toBe(firstOfMonth.toISOString());
    expect(report?.figures).toEqual(await computeFigures(db, parsePeriod('2026-10')));
    await expect(ensureMonthlyReport(db, '2026-Q4', firstOfMonth)).rejects.toThrow(/month/);
  });
});

describe('CSV and chart', () => {
  it('writes RFC 4180 CSV: header, quoted names with commas and quotes, dot decimals, empty for no figure', async () => {
    const figures = await computeFigures(database.db, parsePeriod('2026-10'));
    const csv = figuresToCsv(figures, (id) => (id === A ? 'Sở "Nội vụ", tỉnh X' : 'Sở Công Thương'), 'Tổng');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'agency_id,agency,requests,businesses,citizens,answered,answered_share,answered_within_48h,answered_within_48h_share,median_hours,p90_hours,median_working_days,p90_working_days,answered_by_bot,answered_by_staff,handoffs,handoffs_answered_with_known_procedure,progress_replies,late,apologies,ratings,satisfied,satisfaction_share',
    );
    expect(lines[1]).toBe(`${B},Sở Công Thương,2,0,2,1,0.5,1,0.5,0.5,0.5,0.06,0.06,1,0,0,0,0,0,0,1,1,1`);
    expect(lines[2]).toBe(`${A},"Sở ""Nội vụ"", tỉnh X",6,2,4,5,0.8333,4,0.6667,3,31.6,1,2.6,3,2,3,0,2,1,1,3,2,0.6667`);
    expect(lines[3]?.startsWith(',Tổng,8,')).toBe(true);
    expect(lines[4]).toBe('');
    const empty = figuresToCsv(await computeFigures(database.db, parsePeriod('2025-H1')), (id) => id);
    expect(empty.split('\r\n')[1]).toBe(',Total,0,0,0,0,,0,,,,,,0,0,0,0,0,0,0,0,0,');
  });

  it('draws an accessible SVG bar chart with escaped labels', () => {
    const svg = renderBarChart({
      id: 'chart-sipas',
      title: 'SIPAS <%>',
      max: 1,
      target: { value: 0.85, label: 'target 85 %' },
      bars: [
        { label: 'Sở <Nội vụ> & "X"', value: 0.9, text: '90 %' },
        { label: 'Sở Công Thương', value: null, text: '—' },
      ],
    }).value;
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('<title id="chart-sipas-title">SIPAS &lt;%&gt;</title>');
    expect(svg).toContain('Sở &lt;Nội vụ&gt; &amp; &quot;X&quot;');
    expect(svg).not.toContain('<Nội');
    // 0.9 of the 280 px bar space; the missing value draws no bar at all.
    expect(svg).toContain('width="252"');
    expect(svg).toContain('width="0"');
    expect(svg).toMatch(/<desc id="chart-sipas-desc">[^<]*90 %; Sở Công Thương: —; target 85 %<\/desc>/);
    expect(svg).toContain('stroke-dasharray');
  });
});
