import type { Figures } from './compute-figures.ts';
import { vietnamDate } from '../vietnam-time.ts';
import type { Period } from './parse-period.ts';

type Column = [header: string, value: (row: Figures) => string];

const NAME_WIDTH = 34;

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);
const decimal = (value: number | null, digits: number) => (value === null ? '—' : value.toFixed(digits));

const COLUMNS: Column[] = [
  ['Requests', (r) => String(r.requests)],
  ['Biz', (r) => String(r.businesses)],
  ['Citizen', (r) => String(r.citizens)],
  ['Answered', (r) => percent(r.answeredShare)],
  ['≤48h', (r) => percent(r.answeredWithin48hShare)],
  ['Med h', (r) => decimal(r.medianHours, 1)],
  ['P90 h', (r) => decimal(r.p90Hours, 1)],
  ['Med d', (r) => decimal(r.medianWorkingDays, 2)],
  ['P90 d', (r) => decimal(r.p90WorkingDays, 2)],
  ['Bot', (r) => String(r.answeredByBot)],
  ['Staff', (r) => String(r.answeredByStaff)],
  ['Handoff', (r) => String(r.handoffs)],
  ['Progress', (r) => String(r.progressReplies)],
  ['Late', (r) => String(r.late)],
  ['Apology', (r) => String(r.apologies)],
  ['Ratings', (r) => String(r.ratings)],
  ['SIPAS', (r) => percent(r.satisfactionShare)],
];

/**
 * The figures as a plain-text table for the terminal (npm run report): one line per agency, the
 * total last, then a legend. Same numbers as the inbox page and the CSV, rounded for reading.
 */
export function formatFiguresTable(
  figures: Figures[],
  period: Period,
  agencyName: (agencyId: string) => string,
): string {
  const names = figures.map((row) => clip(row.agencyId === null ? 'Total' : agencyName(row.agencyId)));
  const cells = figures.map((row) => COLUMNS.map(([, value]) => value(row)));
  const widths = COLUMNS.map(([header], index) =>
    Math.max(width(header), ...cells.map((line) => width(line[index] ?? ''))),
  );
  const nameWidth = Math.max(width('Agency'), ...names.map(width));
  const line = (name: string, values: string[]) =>
    [padEnd(name, nameWidth), ...values.map((value, index) => padStart(value, widths[index] ?? 0))]
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(nameWidth + widths.reduce((sum, w) => sum + w + 2, 0));
  const lastDay = new Date(period.end.getTime() - 1);
  return [
    `Report ${period.label}: requests opened ${vietnamDate(period.start)} to ${vietnamDate(lastDay)} (Asia/Ho_Chi_Minh)`,
    '',
    line(
      'Agency',
      COLUMNS.map(([header]) => header),
    ),
    rule,
    ...figures.map((row, index) => {
      const text = line(names[index] ?? '', cells[index] ?? []);
      return row.agencyId === null && index > 0 ? `${rule}\n${text}` : text;
    }),
    '',
    'Answered and ≤48h: share of requests answered (by anyone, the bot included) and within 48 hours.',
    'Med/P90 h: calendar hours to the first answer; d: working days of 8 hours. SIPAS: share of ratings 4–5.',
  ].join('\n');
}

// Terminal columns: NFC so Vietnamese letters with tone marks count as one.
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function clip(text: string): string {
  const chars = [...text.normalize('NFC')];
  return chars.length <= NAME_WIDTH ? chars.join('') : `${chars.slice(0, NAME_WIDTH - 1).join('')}…`;
}

function padEnd(text: string, size: number): string {
  return text.normalize('NFC') + ' '.repeat(Math.max(0, size - width(text)));
}

function padStart(text: string, size: number): string {
  return ' '.repeat(Math.max(0, size - width(text))) + text;
}
