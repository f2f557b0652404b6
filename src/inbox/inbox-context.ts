import type { NextFunction, Request, Response } from 'express';
import type { FileSending } from '../channels.ts';
import type { Db } from '../db/client.ts';
import { translator, type Language } from '../i18n/index.ts';
import type { Answerer, PublishedEntry } from '../kb/index.ts';
import type { LiveHub } from '../live/index.ts';
import type { Logger } from '../logger.ts';
import { formToken } from '../protect-forms.ts';
import type { TrackerContext } from '../tracker/index.ts';
import type { ZaloConnector } from './channel-admin-routes.ts';
import { holidayBannerOf, type HolidayBanner } from './holiday-banner.ts';
import type { Session, StaffMember } from './staff-sessions.ts';

export type InboxDeps = {
  db: Db;
  answerer: Answerer;
  tracker: TrackerContext;
  logger: Logger;
  now: () => Date;
  /** Cookies marked Secure when the app is served over https. */
  secureCookies: boolean;
  /** Indexes a published answer for the bot at once. */
  publishAnswer(entry: PublishedEntry): void;
  /** The app's public address (OAuth callbacks). */
  baseUrl?: string;
  /** Set when the Zalo channel is configured: connecting the OA from the admin page. */
  zalo?: ZaloConnector | null;
  /** Live updates (every instance's case changes, as signals); without it pages update on reload only. */
  live?: LiveHub;
  /**
   * Files staff may send with a reply: the largest file kept, and what each channel of this
   * instance can carry (its sender's `sendsFiles`). Without it, replies carry no file.
   */
  files?: { maxBytes: number; sending: Partial<Record<string, FileSending>> };
};

/** What every page handler gets: the signed-in staff member, the language and a translator. */
export type PageContext = {
  session: Session;
  staff: StaffMember;
  language: Language;
  t: ReturnType<typeof translator>;
  csrf: string;
  path: string;
  /** Shown to admins on every page from 1 October while next year has no confirmed holiday list. */
  holidayBanner: HolidayBanner | null;
};

export function pageContext(req: Request, res: Response): PageContext {
  const session: unknown = res.locals.session;
  if (!isSession(session)) throw Object.assign(new Error('no session'), { status: 401 });
  const language: Language =
    req.query.lang === 'en' || (req.query.lang !== 'vi' && session.staff.language === 'en') ? 'en' : 'vi';
  return {
    session,
    staff: session.staff,
    language,
    t: translator(language, 'inbox'),
    csrf: formToken(res),
    path: req.path,
    holidayBanner: holidayBannerOf(res),
  };
}

function isSession(value: unknown): value is Session {
  return typeof value === 'object' && value !== null && 'staff' in value && 'tokenHash' in value;
}

/** Agents and supervisors see their own agency; admins see every agency. */
export function agencyScope(staff: StaffMember): string[] | null {
  return staff.role === 'admin' ? null : [staff.agencyId ?? ''];
}

export function canSeeAgency(staff: StaffMember, agencyId: string): boolean {
  return staff.role === 'admin' || staff.agencyId === agencyId;
}

export function requireRole(...roles: string[]) {
  return (_req: Request, res: Response, next: NextFunction) => {
    const session: unknown = res.locals.session;
    if (!isSession(session) || !roles.includes(session.staff.role)) {
      res.status(403).send('Forbidden');
      return;
    }
    next();
  };
}

/** Express 5 forwards rejected promises to the error handler; this keeps handlers typed. */
export type Handler = (req: Request, res: Response) => Promise<void>;
