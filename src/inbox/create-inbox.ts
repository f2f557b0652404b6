import cookieParser from 'cookie-parser';
import { cleanStrings } from '../clean-text.ts';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { adminRoutes } from './admin-routes.ts';
import { attachmentRoutes } from './attachment-routes.ts';
import { auditRoutes } from './audit-routes.ts';
import { auditStaffActions } from './audit-staff-actions.ts';
import { caseRoutes } from './case-routes.ts';
import { channelAdminRoutes } from './channel-admin-routes.ts';
import { holidayBanner } from './holiday-banner.ts';
import { holidayRoutes } from './holiday-routes.ts';
import type { InboxDeps } from './inbox-context.ts';
import { intakeRoutes } from './intake-routes.ts';
import { learnedRoutes } from './learned-routes.ts';
import { liveRoutes, LIVE_JS } from './live-routes.ts';
import { protectForms } from '../protect-forms.ts';
import { loginRoutes, SESSION_COOKIE } from './login-routes.ts';
import { macroRoutes } from './macros/macro-routes.ts';
import { nextCaseRoutes } from './keyboard/next-case-routes.ts';
import { bulkRoutes } from './bulk/bulk-routes.ts';
import { queueRoutes } from './queue-routes.ts';
import { KEYS_JS, INBOX_CSS } from './render-page.ts';
import { reportRoutes } from './report-routes.ts';
import { findSession } from './staff-sessions.ts';
import { parseUpload } from './parse-upload.ts';

/**
 * The staff inbox under /inbox: server-rendered pages, a database session per sign-in, the CSRF
 * check on every form (sign-in and sign-out included), and the role checks of each route. Nothing
 * here is reachable signed out but the sign-in page.
 */
export function createInbox(deps: InboxDeps): Router {
  const router = express.Router();
  router.use(cookieParser());
  router.use(express.urlencoded({ extended: false, limit: '64kb' }));
  // A reply with a file is multipart: its fields become the body, so the CSRF check below reads them.
  router.use(parseUpload(deps.files?.maxBytes ?? 10 * 1024 * 1024));
  router.use((req, _res, next) => {
    req.body = cleanStrings(req.body);
    next();
  });
  router.use((_req, res, next) => {
    res.set({
      'Cache-Control': 'no-store',
      'X-Frame-Options': 'DENY',
      'Content-Security-Policy':
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
    });
    next();
  });
  router.get('/static/inbox.css', (_req, res) => {
    res.type('text/css').set('Cache-Control', 'public, max-age=3600').send(INBOX_CSS);
  });
  router.get('/static/keys.js', (_req, res) => {
    res.type('text/javascript').set('Cache-Control', 'public, max-age=3600').send(KEYS_JS);
  });
  router.get('/static/live.js', (_req, res) => {
    res.type('text/javascript').set('Cache-Control', 'public, max-age=300').send(LIVE_JS);
  });
  router.use(
    protectForms({
      secure: deps.secureCookies,
      onRejected: (req, res) => {
        deps.logger.warn({ path: req.path }, 'CSRF token missing or wrong');
        res.status(403).send('Forbidden: the form expired or did not come from this site. Reload the page.');
      },
    }),
  );
  router.use(loginRoutes(deps));

  router.use(async (req: Request, res: Response, next: NextFunction) => {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    const session = typeof token === 'string' ? await findSession(deps.db, token, deps.now()) : null;
    if (!session) {
      if (req.method === 'GET') res.redirect(303, '/inbox/login');
      else res.status(401).send('Sign in first.');
      return;
    }
    res.locals.session = session;
    next();
  });
  router.use(holidayBanner(deps));
  router.use(auditStaffActions(deps));
  router.use(queueRoutes(deps));
  router.use(caseRoutes(deps));
  router.use(attachmentRoutes(deps));
  router.use(macroRoutes(deps));
  router.use(nextCaseRoutes(deps));
  router.use(bulkRoutes(deps));
  router.use(liveRoutes(deps));
  router.use(intakeRoutes(deps));
  router.use(reportRoutes(deps));
  router.use(learnedRoutes(deps));
  router.use(holidayRoutes(deps));
  router.use(adminRoutes(deps));
  router.use(auditRoutes(deps));
  router.use(channelAdminRoutes(deps, deps.zalo ?? null, deps.baseUrl ?? ''));
  return router;
}
