import type { NextFunction, Request, Response } from 'express';
import { pageContext, type InboxDeps } from './inbox-context.ts';

/** Next year's list is still missing (no list) or provisional (not confirmed by an admin). */
export type HolidayBanner = { year: number; missing: boolean };

const LOCAL = 'holidayBanner';

/**
 * From 1 October, admins see on every inbox page that next year has no confirmed holiday list:
 * working-hours deadlines reaching into January would otherwise count its holidays as working days
 * with nobody noticing. One version read per admin page (the calendar is cached).
 */
export function holidayBanner(deps: InboxDeps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    // Mounted after the session check: every request here has a signed-in staff member.
    if (req.method === 'GET' && pageContext(req, res).staff.role === 'admin') {
      const calendar = await deps.tracker.calendar.current(deps.db);
      const [year = '0', month = '0'] = calendar.localDay(deps.now()).split('-');
      const coming = Number(year) + 1;
      if (Number(month) >= 10 && !calendar.isConfirmed(coming)) {
        const banner: HolidayBanner = { year: coming, missing: !calendar.knowsYear(coming) };
        res.locals[LOCAL] = banner;
      }
    }
    next();
  };
}

/** The banner the middleware left for this response, if any. */
export function holidayBannerOf(res: Response): HolidayBanner | null {
  const value: unknown = res.locals[LOCAL];
  if (typeof value !== 'object' || value === null) return null;
  const year: unknown = Reflect.get(value, 'year');
  const missing: unknown = Reflect.get(value, 'missing');
  return typeof year === 'number' && typeof missing === 'boolean' ? { year, missing } : null;
}
