import express from 'express';
import type { Update } from 'telegraf/types';
import { createTelegramBot, createTelegramWebhook } from '../../bots/telegram/index.ts';
import type { ChannelCore } from '../../src/channels.ts';
import {
  createChatCore,
  createReceiveQueue,
  POSTGRES_WORKERS,
  type ChatCore,
  type ProcessDeps,
} from '../../src/conversations/index.ts';
import { guardInbound } from '../../src/guard-inbound.ts';
import { setAsideUpdate } from '../../src/rejected-updates/set-aside-update.ts';
import { botInfoFixture } from '../../test/helpers/fake-bot-api.ts';
import { createInFlight, listenLocally, type LocalServer } from './listen-locally.ts';

export const WEBHOOK_PATH = '/webhooks/telegram';

export type IngestServer = LocalServer & { core: ChatCore };

/**
 * The production ingest path: express → the Telegram webhook router (secret header, JSON) →
 * telegraf's features → the real chat core, whose receive stores the message and starts
 * processing in the background, competing with the webhook for the CPU and the pool. With
 * `storeOnly` the webhook stores and nothing answers until the bench drains `core` itself.
 */
export async function startIngestServer(
  deps: ProcessDeps & { token: string; secret: string; apiRoot: string; storeOnly?: boolean },
): Promise<IngestServer> {
  const { token, secret, apiRoot, storeOnly, ...processDeps } = deps;
  // As main.ts runs it on PostgreSQL.
  const core = createChatCore(processDeps, { workers: POSTGRES_WORKERS });
  const queue = createReceiveQueue(deps.db);
  const receiving: ChannelCore = storeOnly
    ? { receive: async (message) => ({ duplicate: (await queue.receive(message)).duplicate }) }
    : core;
  const bot = createTelegramBot(token, {
    core: guardInbound({
      core: receiving,
      setAside: (update) => setAsideUpdate(deps.db, update, deps.now()),
      now: deps.now,
    }),
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
