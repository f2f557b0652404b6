import type { Figures } from './compute-figures.ts';

type Column = [header: string, value: (row: Figures) => number | null];

// Shares stay fractions (0.8125), not percentages, so a spreadsheet can format them itself.
const COLUMNS: Column[] = [
  ['requests', (r) => r.requests],
  ['businesses', (r) => r.businesses],
  ['citizens', (r) => r.citizens],
  ['answered', (r) => r.answered],
  ['answered_share', (r) => rounded(r.answeredShare, 4)],
  ['answered_within_48h', (r) => r.answeredWithin48h],
  ['answered_within_48h_share', (r) => rounded(r.answeredWithin48hShare, 4)],
  ['median_hours', (r) => rounded(r.medianHours, 2)],
  ['p90_hours', (r) => rounded(r.p90Hours, 2)],
  ['median_working_days', (r) => rounded(r.medianWorkingDays, 2)],
  ['p90_working_days', (r) => rounded(r.p90WorkingDays, 2)],
  ['answered_by_bot', (r) => r.answeredByBot],
  ['answered_by_staff', (r) => r.answeredByStaff],
  ['handoffs', (r) => r.handoffs],
  ['handoffs_answered_with_known_procedure', (r) => r.handoffsWithKnownProcedure],
  ['progress_replies', (r) => r.progressReplies],
  ['late', (r) => r.late],
  ['apologies', (r) => r.apologies],
  ['ratings', (r) => r.ratings],
  ['satisfied', (r) => r.satisfied],
  ['satisfaction_share', (r) => rounded(r.satisfactionShare, 4)],
];

/**
 * The figures as CSV (RFC 4180): a header row, one line per row, CRLF line ends, fields quoted
 * only when they hold a comma, quote or line break. Numbers use a dot whatever the locale; an
 * empty field means "no figure" (no answered case, no rating). The total row has no agency id.
 */
export function figuresToCsv(
  figures: Figures[],
  agencyName: (agencyId: string) => string,
  totalLabel = 'Total',
): string {
  const header = ['agency_id', 'agency', ...COLUMNS.map(([name]) => name)];
  const lines = figures.map((row) => [
    row.agencyId ?? '',
    row.agencyId === null ? totalLabel : agencyName(row.agencyId),
    ...COLUMNS.map(([, value]) => numberField(value(row))),
  ]);
  return [header, ...lines].map((fields) => fields.map(quoteField).join(',')).join('\r\n') + '\r\n';
}

export function quoteField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function numberField(value: number | null): string {
  return value === null || !Number.isFinite(value) ? '' : String(value);
}

function rounded(value: number | null, digits: number): number | null {
  return value === null ? null : Number(value.toFixed(digits));
}
