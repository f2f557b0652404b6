import { min } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { requests } from '../tracker/tracker-tables.ts';
import { vietnamMonth } from '../vietnam-time.ts';
import { monthlyReports } from './report-tables.ts';

/**
 * The first local month 'YYYY-MM' with figures: the month of the first request (anonymised ones
 * included: their figures stay), or of the first stored report if that is earlier. Null before
 * anyone has asked anything. Two index lookups (requests_opened, the reports' unique key).
 */
export async function findFirstMonth(db: Db): Promise<string | null> {
  const [opened] = await db.select({ first: min(requests.openedAt) }).from(requests);
  const [reported] = await db.select({ first: min(monthlyReports.month) }).from(monthlyReports);
  const months = [opened?.first ? vietnamMonth(opened.first) : null, reported?.first ?? null].filter(
    (month): month is string => month !== null,
  );
  return months.length === 0 ? null : (months.sort()[0] ?? null);
}
