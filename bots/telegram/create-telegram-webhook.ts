import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { Logger } from 'pino';
import type { Update } from 'telegraf/types';

export type TelegramWebhookOptions = {
  /** The bot from createTelegramBot; only handleUpdate is used. */
  bot: { handleUpdate(update: Update): Promise<void> };
  /** The `secret_token` given to setWebhook; Telegram sends it back in a header on every call. */
  secretToken: string;
  logger: Logger;
  /** Default `/webhooks/telegram`. */
  path?: string;
};

const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * An express router for `POST /webhooks/telegram`: checks the secret header (in constant time,
 * before reading the body) → 401; parses JSON → 400; awaits the bot (so the core has stored
 * the message) → 200. A failure there answers 500 and Telegram delivers the update again; the
 * core drops the copy by its channelMessageId.
 */
export function createTelegramWebhook({
  bot,
  secretToken,
  logger,
  path = '/webhooks/telegram',
}: TelegramWebhookOptions): Router {
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
    throw new Error('Telegram webhook secret token: expected 1–256 characters A-Z, a-z, 0-9, _ or -');
  }
  const expected = digest(secretToken);
  const router = express.Router();

  const checkSecret = (req: Request, res: Response, next: () => void) => {
    const given = req.headers[SECRET_HEADER];
    if (typeof given !== 'string' || !timingSafeEqual(digest(given), expected)) {
      logger.warn({ ip: req.ip }, 'telegram webhook: wrong or missing secret token');
      res.status(401).json({ error: 'unauthorized' });
      return;
    }
    next();
  };

  const handle = async (req: Request, res: Response) => {
    const update: unknown = req.body;
    if (!isUpdate(update)) {
      res.status(400).json({ error: 'bad_request' });
      return;
    }
    try {
      await bot.handleUpdate(update);
    } catch {
      // Already logged with the update by the bot's error handler.
      res.status(500).json({ error: 'internal_error' });
      return;
    }
    res.status(200).end();
  };

  const malformedBody: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    logger.warn({ err: error }, 'telegram webhook: unreadable body');
    res.status(400).json({ error: 'bad_request' });
  };

  router.post(path, checkSecret, express.json({ limit: '1mb' }), handle, malformedBody);
  return router;
}

// Hashing both sides gives equal lengths, which timingSafeEqual needs, without leaking the length.
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function isUpdate(value: unknown): value is Update {
  return typeof value === 'object' && value !== null && 'update_id' in value && Number.isInteger(value.update_id);
}
