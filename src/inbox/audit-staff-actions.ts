import type { NextFunction, Request, Response } from 'express';
import { recordAudit } from '../audit/record-audit.ts';
import type { InboxDeps } from './inbox-context.ts';

const CASE_PATH = /^\/cases\/(\d+)(?:\/([a-z_]+))?(?:\/(\d+))?$/;
/** Removing a question taught to the bot: which one is the detail. */
const LEARNED_PATH = /^\/learned\/([0-9a-f-]{36})\/([a-z_]+)$/;
// What an open case page does by itself (its live stream, the refreshed parts, "typing"): the
// page's read is recorded, these are not, or every new message would add a line for every viewer.
const PAGE_ITSELF = new Set(['stream', 'fragment', 'typing']);
/** Canned replies: made, changed or deleted (which one is the detail; their words are not kept here). */
const MACRO_PATH = /^\/macros(?:\/(\d+)(?:\/(delete))?)?$/;
const STAFF_ID = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=\/|$)/;
// Which settings an action changed; never free text (a reply or a note is on the case itself).
const DETAIL_FIELDS = [
  'role',
  'agency',
  'active',
  'email',
  'assignee',
  'clock',
  'answerHours',
  'progressHours',
  // A canned reply's set: an agency's id or "personal".
  'scope',
];

/**
 * After the session check: every case page read and every case action, and every change an admin
 * makes, is appended to the audit log once it has succeeded (status below 400). One place for all
 * routes, so a new case or admin route is audited without remembering to.
 */
export function auditStaffActions(deps: InboxDeps) {
  return (req: Request, res: Response, next: NextFunction) => {
    const action = actionOf(req);
    const session: unknown = res.locals.session;
    const staffId =
      typeof session === 'object' && session !== null && 'staff' in session ? staffIdOf(session.staff) : null;
    if (action && staffId) {
      const at = deps.now();
      const caseId = CASE_PATH.exec(req.path)?.[1];
      const body: unknown = req.body;
      const detail: Record<string, string> = {};
      const learned = LEARNED_PATH.exec(req.path)?.[1];
      if (learned) detail.example = learned;
      const macro = MACRO_PATH.exec(req.path)?.[1];
      if (macro) detail.macro = macro;
      if (typeof body === 'object' && body !== null)
        for (const field of DETAIL_FIELDS) {
          const value: unknown = Reflect.get(body, field);
          if (typeof value === 'string') detail[field] = value.slice(0, 200);
        }
      res.on('finish', () => {
        if (res.statusCode >= 400) return;
        recordAudit(deps.db, {
          at,
          staffId,
          action,
          requestId: caseId ? Number(caseId) : null,
          targetStaffId: learned ? null : (STAFF_ID.exec(req.path)?.[1] ?? null),
          ...(Object.keys(detail).length > 0 ? { detail } : {}),
        }).catch((error: unknown) => deps.logger.error({ err: error, action }, 'audit event not recorded'));
      });
    }
    next();
  };
}

function actionOf(req: Request): string | null {
  const onCase = CASE_PATH.exec(req.path);
  if (onCase) {
    if (onCase[2] && PAGE_ITSELF.has(onCase[2])) return null;
    if (onCase[2] === 'attachments') return onCase[3] ? 'case.attachment_read' : null;
    if (req.method === 'GET') return onCase[2] ? `case.${onCase[2]}_form` : 'case.read';
    return `case.${onCase[2] ?? 'change'}`;
  }
  const learned = LEARNED_PATH.exec(req.path);
  if (learned && req.method !== 'GET') return `learned.${learned[2] ?? 'change'}`;
  const macro = MACRO_PATH.exec(req.path);
  if (macro && req.method !== 'GET') return macro[2] ? 'macro.delete' : macro[1] ? 'macro.change' : 'macro.create';
  if (req.method !== 'GET' && req.path.startsWith('/admin/'))
    return `admin.${req.path.slice('/admin/'.length).replace(STAFF_ID, '').replaceAll('/', '.')}`;
  return null;
}

function staffIdOf(staff: unknown): string | null {
  const id: unknown = typeof staff === 'object' && staff !== null ? Reflect.get(staff, 'id') : null;
  return typeof id === 'string' ? id : null;
}
