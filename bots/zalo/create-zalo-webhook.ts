import express, { Router, type ErrorRequestHandler } from 'express';
import type { ChannelCore } from '../../src/channels.ts';
import type { Logger } from '../../src/logger.ts';
import { parseEvent } from './parse-event.ts';
import { parseRawJson } from './parse-raw-json.ts';
import { verifySignature } from './verify-signature.ts';

export type ZaloWebhookDeps = { oaSecretKey: string; appId: string; core: ChannelCore; logger: Logger };

export const ZALO_WEBHOOK_PATH = '/webhooks/zalo';

/**
 * POST /webhooks/zalo: verify the signature over the raw body, parse, hand the message to the core
 * (which stores it once and processes it later), then answer 200 — Zalo resends anything not answered
 * 200 within 2 s. Unsigned or tampered → 401 and malformed JSON → 400, both before anything is stored;
 * a failure to store → 500 so Zalo delivers again. Mount it before any app-wide JSON body parser.
 */
export function createZaloWebhook({ oaSecretKey, appId, core, logger }: ZaloWebhookDeps): Router {
  const log = logger.child({ channel: 'zalo' });
  const router = Router();

  router.post(ZALO_WEBHOOK_PATH, express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
    const rawBody: unknown = req.body ?? Buffer.alloc(0);
    if (!Buffer.isBuffer(rawBody)) {
      log.error('the Zalo webhook needs the raw body: mount it before express.json()');
      res.sendStatus(500);
      return;
    }
    const signature = req.get('x-zevent-signature');
    if (!signature) {
      log.warn({ reason: 'missing X-ZEvent-Signature', ip: req.ip }, 'zalo webhook rejected');
      res.sendStatus(401);
      return;
    }
    let body: unknown;
    try {
      body = parseRawJson(rawBody.toString('utf8'));
    } catch {
      log.warn({ reason: 'malformed JSON', bytes: rawBody.length, ip: req.ip }, 'zalo webhook rejected');
      res.sendStatus(400);
      return;
    }
    if (!verifySignature(rawBody, signature, { appId, oaSecretKey })) {
      log.warn({ reason: 'signature mismatch', ip: req.ip }, 'zalo webhook rejected');
      res.sendStatus(401);
      return;
    }

    const parsed = parseEvent(body);
    if ('ignored' in parsed) {
      // A malformed message event means a person's message was lost: worth a warning, unlike receipts.
      if (parsed.malformed) log.warn({ ignored: parsed.ignored }, 'zalo event ignored');
      else log.debug({ ignored: parsed.ignored }, 'zalo event ignored');
      res.sendStatus(200);
      return;
    }
    try {
      const { duplicate } = await core.receive(parsed);
      log.info({ channelMessageId: parsed.channelMessageId, duplicate }, 'zalo message received');
      res.sendStatus(200);
    } catch (error) {
      log.error(
        { err: error, channelMessageId: parsed.channelMessageId },
        'zalo message not stored; Zalo will redeliver',
      );
      res.sendStatus(500);
    }
  });

  // Body-parser errors (too large, bad encoding) end here instead of in the app's generic handler.
  const onBodyError: ErrorRequestHandler = (error, req, res, next) => {
    const status = bodyErrorStatus(error);
    if (status === undefined || req.path !== ZALO_WEBHOOK_PATH) {
      next(error);
      return;
    }
    log.warn({ reason: error instanceof Error ? error.message : 'unreadable body', status }, 'zalo webhook rejected');
    res.sendStatus(status);
  };
  router.use(onBodyError);
  return router;
}

function bodyErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = error.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
