import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { computeFigures, type Figures } from './compute-figures.ts';
import { parsePeriod, type Period } from './parse-period.ts';
import { monthlyReports } from './report-tables.ts';

export type MonthlyReport = { month: string; computedAt: Date; figures: Figures[] };

/**
 * Computes and stores the report of a finished local month once ("the previous month's report
 * is ready on the 1st"). The background loop calls it every few minutes with previousMonth(now):
 * after the first success each call is one indexed lookup. Two instances racing both compute, but
 * the unique (month, agency) constraint keeps the first one's rows and turns the second insert
 * into a no-op. Returns true when this call stored the report.
 */
export async function ensureMonthlyReport(db: Db, month: string, now: Date): Promise<boolean> {
  const period = monthPeriod(month);
  // A month still running would be frozen half-counted.
  if (now < period.end) return false;
  if (await hasReport(db, period.label)) return false;
  const figures = await computeFigures(db, period);
  const stored = await db
    .insert(monthlyReports)
    .values(figures.map((row) => ({ agencyId: row.agencyId, month: period.label, figures: row, computedAt: now })))
    .onConflictDoNothing()
    .returning({ month: monthlyReports.month });
  return stored.length > 0;
}

/** The stored report of a month, agencies by id then the total; null when not computed yet. */
export async function readMonthlyReport(db: Db, month: string): Promise<MonthlyReport | null> {
  const label = monthPeriod(month).label;
  const rows = await db
    .select()
    .from(monthlyReports)
    .where(eq(monthlyReports.month, label))
    .orderBy(sql`${monthlyReports.agencyId} asc nulls last`);
  const total = rows.find((row) => row.agencyId === null);
  if (!total) return null;
  return { month: label, computedAt: total.computedAt, figures: rows.map((row) => row.figures) };
}

function monthPeriod(month: string): Period {
  const period = parsePeriod(month);
  if (period.kind !== 'month') throw new Error(`"${month}" is not a month: expected YYYY-MM`);
  return period;
}

async function hasReport(db: Db, month: string): Promise<boolean> {
  const [row] = await db
    .select({ month: monthlyReports.month })
    .from(monthlyReports)
    .where(and(eq(monthlyReports.month, month), isNull(monthlyReports.agencyId)))
    .limit(1);
  return row !== undefined;
}
