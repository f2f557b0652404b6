import { randomBytes } from 'node:crypto';
import express, { type Router } from 'express';
import { html } from '../html.ts';
import { sameToken } from '../same-token.ts';
import { pageContext, requireRole, type InboxDeps } from './inbox-context.ts';
import { renderPage } from './render-page.ts';

/** What connecting a Zalo OA needs; given by the composition root when Zalo is configured. */
export type ZaloConnector = {
  createPkcePair(): { verifier: string; challenge: string };
  authorizationUrl(request: { redirectUri: string; codeChallenge: string; state: string }): string;
  /** Exchanges the code and stores the tokens (one transaction); throws on any OAuth error. */
  connect(code: string, verifier: string): Promise<void>;
  status(): Promise<{ connected: boolean; accessTokenExpiresAt: Date | null }>;
  /** Records the failure as an inbox alert ("reconnect Zalo"), keeping any good tokens. */
  raiseAlert(reason: string): Promise<void>;
};

const PKCE_COOKIE = 'hoidap_zalo_pkce';

/**
 * Admin: connect the agency's Zalo OA with OAuth v4 + PKCE. The verifier and state wait in a
 * short-lived httpOnly cookie scoped to the callback; a callback whose state does not match is refused.
 */
export function channelAdminRoutes(deps: InboxDeps, zalo: ZaloConnector | null, baseUrl: string): Router {
  const router = express.Router();
  router.use('/admin/zalo', requireRole('admin'));
  const cookie = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.secureCookies,
    path: '/inbox/admin/zalo',
    maxAge: 10 * 60_000,
  };
  const redirectUri = `${baseUrl}/inbox/admin/zalo/callback`;

  router.get('/admin/zalo', async (req, res) => {
    const context = pageContext(req, res);
    const { t, language, csrf } = context;
    const status = zalo ? await zalo.status() : null;
    const body = html`<h1>Zalo OA</h1>
${!zalo ? html`<p class="warn">${t('zalo_off')}</p>` : ''}
${status ? html`<p class="${status.connected ? 'ok' : 'warn'}">${status.connected ? t('zalo_connected', { time: status.accessTokenExpiresAt?.toISOString() ?? '' }) : t('zalo_not_connected')}</p>` : ''}
${zalo ? html`<form method="post" action="/inbox/admin/zalo/connect" class="card"><input type="hidden" name="_csrf" value="${csrf}"><p class="meta">${t('zalo_redirect', { uri: redirectUri })}</p><button>${t('zalo_connect')}</button></form>` : ''}`;
    res.send(renderPage({ ...context, language }, 'Zalo OA', body));
  });

  router.post('/admin/zalo/connect', (_req, res) => {
    if (!zalo) {
      res.status(404).send('Zalo is not configured');
      return;
    }
    const pair = zalo.createPkcePair();
    const state = randomBytes(16).toString('base64url');
    res.cookie(PKCE_COOKIE, `${state}.${pair.verifier}`, cookie);
    res.redirect(303, zalo.authorizationUrl({ redirectUri, codeChallenge: pair.challenge, state }));
  });

  router.get('/admin/zalo/callback', async (req, res) => {
    const context = pageContext(req, res);
    const saved: unknown = req.cookies?.[PKCE_COOKIE];
    const [state, verifier] = typeof saved === 'string' ? saved.split('.') : [];
    res.clearCookie(PKCE_COOKIE, { ...cookie, maxAge: undefined });
    const code = typeof req.query.code === 'string' ? req.query.code : '';
    if (!zalo || !state || !verifier || !code || !sameToken(String(req.query.state ?? ''), state)) {
      res
        .status(400)
        .send(
          renderPage(
            context,
            'Zalo OA',
            html`<p class="warn" role="alert">${context.t('zalo_bad_callback')}</p><p><a href="/inbox/admin/zalo">←</a></p>`,
          ),
        );
      return;
    }
    try {
      await zalo.connect(code, verifier);
      deps.logger.info({ staffId: context.staff.id }, 'Zalo OA connected');
      res.redirect(303, '/inbox/admin/zalo');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      deps.logger.warn({ reason }, 'Zalo OA connection failed');
      await zalo.raiseAlert(`Zalo: ${reason}`);
      res
        .status(502)
        .send(
          renderPage(
            context,
            'Zalo OA',
            html`<p class="warn" role="alert">${context.t('zalo_failed', { reason })}</p>`,
          ),
        );
    }
  });
  return router;
}
