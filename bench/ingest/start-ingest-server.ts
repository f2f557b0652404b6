import express from 'express';
import type { Update } from 'telegraf/types';
import { createTelegramBot, createTelegramWebhook } from '../../bots/telegram/index.ts';
import { createChatCore, type ChatCore, type ProcessDeps } from '../../src/conversations/index.ts';
import { guardInbound } from '../../src/guard-inbound.ts';
import { setAsideUpdate } from '../../src/rejected-updates/set-aside-update.ts';
import { botInfoFixture } from '../../test/helpers/fake-bot-api.ts';
import { createInFlight, listenLocally, type LocalServer } from './listen-locally.ts';

export const WEBHOOK_PATH = '/webhooks/telegram';

export type IngestServer = LocalServer & { core: ChatCore };

/**
 * The production ingest path: express → the Telegram webhook router (secret header, JSON) →
 * telegraf's features → the real chat core, whose receive stores the message and starts
 * processing in the background, competing with the webhook for the CPU and the pool.
 */
export async function startIngestServer(
  deps: ProcessDeps & { token: string; secret: string; apiRoot: string },
): Promise<IngestServer> {
  const { token, secret, apiRoot, ...processDeps } = deps;
  const core = createChatCore(processDeps);
  const bot = createTelegramBot(token, {
    core: guardInbound({ core, setAside: (update) => setAsideUpdate(deps.db, update, deps.now()), now: deps.now }),
    logger: deps.logger.child({ channel: 'telegram' }),
    apiRoot,
    botInfo: botInfoFixture,
  });
  const inFlight = createInFlight();
  // The bench must know when the last update sent has been stored, answered or not.
  const tracked = { handleUpdate: (update: Update) => inFlight.track(bot.handleUpdate(update)) };
  const app = express();
  app.use(createTelegramWebhook({ bot: tracked, secretToken: secret, logger: deps.logger, path: WEBHOOK_PATH }));
  return { ...(await listenLocally(app, inFlight)), core };
}
