import express, { Router, type ErrorRequestHandler } from 'express';
import type { ChannelGate } from '../../src/channels.ts';
import type { Logger } from '../../src/logger.ts';
import { parseEvent } from './parse-event.ts';
import { parseRawJson } from './parse-raw-json.ts';
import { verifySignature } from './verify-signature.ts';

export type ZaloWebhookDeps = {
  oaSecretKey: string;
  appId: string;
  core: ChannelGate;
  logger: Logger;
  /** For the age of an event: a correctly signed event older than an hour is a replay, refused. */
  now: () => Date;
};

/** How old a signed event may be: Zalo delivers at once and retries for minutes, not hours. */
const MAX_EVENT_AGE_MS = 60 * 60_000;
/** Clocks differ a little: an event may be dated slightly in our future. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export const ZALO_WEBHOOK_PATH = '/webhooks/zalo';

/**
 * POST /webhooks/zalo: verify the signature over the raw body, parse, hand the message to the core
 * (which stores it once and processes it later), then answer 200 — Zalo resends anything not answered
 * 200 within 2 s. Unsigned or tampered → 401, a signed event dated outside the last hour (a replay)
 * → 401, malformed JSON → 400, all before anything is stored; a failure to store → 500 so Zalo
 * delivers again; an event it cannot use is set aside with the reason and acknowledged (200).
 * Mount it before any app-wide JSON body parser.
 */
export function createZaloWebhook({ oaSecretKey, appId, core, logger, now }: ZaloWebhookDeps): Router {
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

    const sentAt = eventTime(body);
    const age = now().getTime() - sentAt;
    // A time no clock can hold (beyond 2^53 ms) is not a replay but an event the app cannot use:
    // it goes on to be set aside below. A real time outside the window is refused.
    if (Number.isSafeInteger(sentAt) && !(age <= MAX_EVENT_AGE_MS && age >= -MAX_CLOCK_SKEW_MS)) {
      log.warn({ reason: 'timestamp outside the accepted window', ageMs: age, ip: req.ip }, 'zalo webhook rejected');
      res.sendStatus(401);
      return;
    }

    try {
      const parsed = parseEvent(body);
      if ('ignored' in parsed) {
        // A malformed message event is a person's message the app cannot read: kept aside to be looked at.
        if (parsed.malformed) {
          log.warn({ ignored: parsed.ignored }, 'zalo event set aside');
          await core.setAside({ channel: 'zalo', reason: parsed.ignored, payload: body });
        } else log.debug({ ignored: parsed.ignored }, 'zalo event ignored');
        res.sendStatus(200);
        return;
      }
      const { duplicate, rejected } = await core.receive(parsed);
      log.info({ channelMessageId: parsed.channelMessageId, duplicate, rejected }, 'zalo message received');
      res.sendStatus(200);
    } catch (error) {
      log.error({ err: error }, 'zalo message not stored; Zalo will redeliver');
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

/** The event's `timestamp` (milliseconds, a string or a number; verifySignature required one). */
function eventTime(body: unknown): number {
  const timestamp: unknown = typeof body === 'object' && body !== null && 'timestamp' in body ? body.timestamp : null;
  return typeof timestamp === 'string' || typeof timestamp === 'number' ? Number(timestamp) : Number.NaN;
}
