// Report periods (R12: monthly, quarterly, six-monthly, yearly) with Asia/Ho_Chi_Minh boundaries.
import { vietnamMidnight } from '../vietnam-time.ts';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

/** [start, end): start is local midnight of the first day, end the local midnight after the last. */
export type Period = { kind: PeriodKind; start: Date; end: Date; label: string };

const MONTHS_PER: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/**
 * '2026-10' (month), '2026-Q3' (quarter), '2026-H1' (half-year) or '2026' (year). Throws an Error
 * whose message can be shown as is when the text is none of these.
 */
export function parsePeriod(text: string): Period {
  const match = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/i.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a period: expected 2026-10, 2026-Q3, 2026-H1 or 2026`);
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) throw new Error(`"${text}" is not a month: expected 01 to 12`);
    return periodOf('month', year, month - 1);
  }
  if (match[3] !== undefined) return periodOf('quarter', year, (Number(match[3]) - 1) * 3);
  if (match[4] !== undefined) return periodOf('half', year, (Number(match[4]) - 1) * 6);
  return periodOf('year', year, 0);
}

function periodOf(kind: PeriodKind, year: number, firstMonth: number): Period {
  const start = vietnamMidnight(year, firstMonth);
  const end = vietnamMidnight(year, firstMonth + MONTHS_PER[kind]);
  return { kind, start, end, label: labelOf(kind, year, firstMonth) };
}

function labelOf(kind: PeriodKind, year: number, firstMonth: number): string {
  switch (kind) {
    case 'month':
      return `${year}-${String(firstMonth + 1).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${firstMonth / 3 + 1}`;
    case 'half':
      return `${year}-H${firstMonth / 6 + 1}`;
    case 'year':
      return String(year);
  }
}
