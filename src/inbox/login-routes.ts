import { eq } from 'drizzle-orm';
import express, { type Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { translator } from '../i18n/index.ts';
import { html } from '../html.ts';
import { formToken } from '../protect-forms.ts';
import { staff } from './inbox-tables.ts';
import type { InboxDeps } from './inbox-context.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { renderPage } from './render-page.ts';
import { createSession, destroySession } from './staff-sessions.ts';

export const SESSION_COOKIE = 'hoidap_staff';

/**
 * Sign-in and sign-out, both forms checked by the inbox's CSRF middleware like every other; the
 * rate limit (10 tries per 15 minutes per address, in memory per instance) slows password guessing.
 */
export function loginRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  const cookie = { httpOnly: true, sameSite: 'lax' as const, secure: deps.secureCookies, path: '/inbox' };
  const limiter = rateLimit({
    windowMs: 15 * 60_000,
    limit: 10,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skipSuccessfulRequests: true,
  });

  router.get('/login', (req, res) => {
    res.send(loginPage(req.query.lang === 'en' ? 'en' : 'vi', formToken(res), req.query.failed === '1'));
  });

  router.post('/login', limiter, async (req, res) => {
    const email = typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : '';
    const password = typeof req.body?.password === 'string' ? req.body.password : '';
    const [member] = email ? await deps.db.select().from(staff).where(eq(staff.email, email)) : [];
    const valid = await verifyPassword(password, member?.passwordHash ?? DUMMY_HASH);
    if (!member || !valid || !member.active) {
      deps.logger.warn({ email: email.slice(0, 100), ip: req.ip }, 'staff sign-in failed');
      res.redirect(303, '/inbox/login?failed=1');
      return;
    }
    const session = await createSession(deps.db, member.id, deps.now());
    res.cookie(SESSION_COOKIE, session.token, { ...cookie, expires: session.expiresAt });
    deps.logger.info({ staffId: member.id }, 'staff signed in');
    res.redirect(303, '/inbox');
  });

  router.post('/logout', async (req, res) => {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string') await destroySession(deps.db, token);
    res.clearCookie(SESSION_COOKIE, cookie);
    res.redirect(303, '/inbox/login');
  });
  return router;
}

function loginPage(language: 'vi' | 'en', token: string, failed: boolean): string {
  const t = translator(language);
  return renderPage(
    null,
    t('inbox.login'),
    html`<div class="card" style="max-width:26rem;margin:3rem auto">
      <h1>${t('inbox.login')}</h1>
      ${failed ? html`<p class="warn" role="alert">${t('inbox.login_failed')}</p>` : ''}
      <form method="post" action="/inbox/login">
        <input type="hidden" name="_csrf" value="${token}">
        <label for="email">${t('inbox.email')}</label><input id="email" name="email" type="email" autocomplete="username" required>
        <label for="password">${t('inbox.password')}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <p><button>${t('inbox.login')}</button></p>
      </form></div>`,
  );
}
