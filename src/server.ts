import express, { type ErrorRequestHandler, type Express, type Router } from 'express';
import helmet from 'helmet';
import { z } from 'zod';
import type { Database } from './db/client.ts';
import { isLanguage } from './i18n/index.ts';
import type { Answerer } from './kb/index.ts';
import type { Logger } from './logger.ts';
import { serveSiteIcon } from './site-icon.ts';

export type ServerDeps = {
  database: Database;
  answerer: Answerer;
  logger: Logger;
  /** Channel webhooks, web chat, inbox and public pages; each parses its own body (webhooks need the raw bytes). */
  routers?: Router[];
  /** Served over https (PUBLIC_URL): browsers are told to keep to https (HSTS). */
  https?: boolean;
};

const askBody = z.object({
  question: z.string().trim().min(1, 'expected a question').max(4000, 'expected at most 4000 characters'),
  lang: z.string().optional(),
});

export function createServer({ database, answerer, logger, routers = [], https = false }: ServerDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders(https));

  app.get('/healthz', async (_req, res) => {
    // ping() has its own connection and gives up after HEALTH_TIMEOUT_MS: a load balancer gets its
    // answer within a second even when the pool is exhausted or the server is gone.
    const databaseUp = await database.ping(HEALTH_TIMEOUT_MS);
    const indexUp = answerer.index.size > 0;
    res.status(databaseUp && indexUp ? 200 : 503).json({
      status: databaseUp && indexUp ? 'ok' : 'degraded',
      database: { ok: databaseUp, kind: database.kind },
      index: {
        ok: indexUp,
        entries: answerer.index.size,
        procedures: answerer.kb.procedures.length,
        documents: answerer.kb.documents.length,
        content: answerer.kb.hash,
      },
    });
  });

  // The bot's answer over HTTP: what the web chat and integrations call.
  app.post('/api/ask', express.json({ limit: '16kb' }), (req, res) => {
    const parsed = askBody.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({
        error: 'invalid_request',
        problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`),
      });
      return;
    }
    const language = isLanguage(parsed.data.lang) ? parsed.data.lang : 'vi';
    res.json(answerer.ask(parsed.data.question, language));
  });

  app.use(serveSiteIcon());

  // The public catalogue is the front page.
  app.get('/', (_req, res) => {
    res.redirect(302, '/thu-tuc');
  });
  for (const router of routers) app.use(router);

  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });

  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status >= 500) logger.error({ err: error, path: req.path }, 'request failed');
    res.status(status).json({ error: status >= 500 ? 'internal_error' : 'bad_request' });
  };
  app.use(onError);
  return app;
}

const HEALTH_TIMEOUT_MS = 800;

/**
 * helmet's headers on every response (nosniff, referrer policy, COOP/CORP, no sniffing of the
 * server) with a strict default policy: pages that need more (the inbox's inline styles, the web
 * chat's script and its embedding on agencies' sites) set their own Content-Security-Policy, and
 * framing is governed by each policy's frame-ancestors rather than X-Frame-Options, which cannot
 * say "anywhere" for the embeddable chat. HSTS only when the app is served over https.
 */
function securityHeaders(https: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    xFrameOptions: false,
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}
