import { eq } from 'drizzle-orm';
import express, { type Router } from 'express';
import { recordAudit } from '../audit/record-audit.ts';
import { translator } from '../i18n/index.ts';
import { html } from '../html.ts';
import { formToken } from '../protect-forms.ts';
import { staff } from './inbox-tables.ts';
import type { InboxDeps } from './inbox-context.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { renderPage } from './render-page.ts';
import { createSignInThrottle } from './sign-in-throttle.ts';
import { createSession, destroySession } from './staff-sessions.ts';

export const SESSION_COOKIE = 'hoidap_staff';

/**
 * Sign-in and sign-out, both forms checked by the inbox's CSRF middleware like every other.
 * Failed sign-ins are counted per account and per address in the database
 * (sign-in-throttle.ts): slowed down, then refused with 429, on every instance alike.
 */
export function loginRoutes(deps: InboxDeps): Router {
  const router = express.Router();
  const cookie = { httpOnly: true, sameSite: 'lax' as const, secure: deps.secureCookies, path: '/inbox' };
  const throttle = createSignInThrottle(deps.db);

  router.get('/login', (req, res) => {
    const language = req.query.lang === 'en' ? 'en' : 'vi';
    const failed = req.query.failed === '1' ? translator(language, 'inbox')('login_failed') : null;
    res.send(loginPage(language, formToken(res), failed));
  });

  router.post('/login', async (req, res) => {
    const email = typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : '';
    const password = typeof req.body?.password === 'string' ? req.body.password : '';
    const address = req.ip ?? 'unknown';
    const verdict = await throttle.check(email, address, deps.now());
    if (!verdict.allowed) {
      deps.logger.warn({ ip: address, locked: verdict.locked }, 'staff sign-in refused: too many failures');
      const language = req.query.lang === 'en' ? 'en' : 'vi';
      const t = translator(language, 'inbox');
      const message = verdict.locked
        ? t('login_locked', { minutes: Math.ceil(verdict.retryAfterSeconds / 60) })
        : t('login_slow', { seconds: verdict.retryAfterSeconds });
      res.status(429).set('Retry-After', String(verdict.retryAfterSeconds));
      res.send(loginPage(language, formToken(res), message));
      return;
    }
    const [member] = email ? await deps.db.select().from(staff).where(eq(staff.email, email)) : [];
    const valid = await verifyPassword(password, member?.passwordHash ?? DUMMY_HASH);
    if (!member || !valid || !member.active) {
      await throttle.fail(email, address, deps.now());
      await recordAudit(deps.db, { at: deps.now(), staffId: member?.id ?? null, action: 'sign_in_failed' });
      deps.logger.warn({ staffId: member?.id ?? null, ip: address }, 'staff sign-in failed');
      res.redirect(303, '/inbox/login?failed=1');
      return;
    }
    await throttle.succeed(email);
    await recordAudit(deps.db, { at: deps.now(), staffId: member.id, action: 'sign_in' });
    const session = await createSession(deps.db, member.id, deps.now());
    // As a lifetime (Max-Age), not a date: a browser whose clock differs from the server's keeps the
    // session exactly as long as the server does (the server checks the expiry itself).
    res.cookie(SESSION_COOKIE, session.token, {
      ...cookie,
      maxAge: session.expiresAt.getTime() - deps.now().getTime(),
    });
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

function loginPage(language: 'vi' | 'en', token: string, problem: string | null): string {
  const t = translator(language, 'inbox');
  return renderPage(
    null,
    t('login'),
    html`<div class="card" style="max-width:26rem;margin:3rem auto">
      <h1>${t('login')}</h1>
      ${problem ? html`<p class="warn" role="alert">${problem}</p>` : ''}
      <form method="post" action="/inbox/login">
        <input type="hidden" name="_csrf" value="${token}">
        <label for="email">${t('email')}</label><input id="email" name="email" type="email" autocomplete="username" required>
        <label for="password">${t('password')}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
        <p><button>${t('login')}</button></p>
      </form></div>`,
  );
}
