// Turns the configured channels on: Telegram (polling or webhook), Zalo OA (webhook + token
// refresher) and the web chat, which is always on. A channel whose settings are absent stays off
// and start-up says so. Called by src/main.ts only.
import type { Router } from 'express';
import { readWebChatFile } from '../src/attachments/index.ts';
import type { ChannelGate, ChannelSender } from '../src/channels.ts';
import type { Config } from '../src/config.ts';
import type { Db } from '../src/db/client.ts';
import type { ZaloConnector } from '../src/inbox/channel-admin-routes.ts';
import { sendWebChatSignal, type LiveHub } from '../src/live/index.ts';
import type { Logger } from '../src/logger.ts';
import { listWebMessages } from '../src/outbox/list-web-messages.ts';
import { createDatabaseLimitStore } from '../src/rate-limits/database-limit-store.ts';
import type { BackgroundTask } from '../src/run-background.ts';
import { createChannelTokenStore } from '../src/settings/channel-token-store.ts';
import {
  createTelegramBot,
  createTelegramSender,
  createTelegramWebhook,
  startTelegramPolling,
  type TelegramPolling,
} from './telegram/index.ts';
import { conversationKey, createWebChat, createWebSender } from './web/index.ts';
import {
  createPkcePair,
  createZaloClient,
  createZaloSender,
  createZaloWebhook,
  refreshIfDue,
  tokenPairFrom,
} from './zalo/index.ts';

export type StartedChannels = {
  senders: ChannelSender[];
  routers: Router[];
  tasks: BackgroundTask[];
  /** For deep links on the public pages. */
  links: { telegramBot?: string; zaloOaId?: string };
  /** Connecting the Zalo OA from the admin page, when Zalo is configured. */
  zalo: ZaloConnector | null;
  /** One line per channel for the start-up message. */
  status: string[];
  stop(): Promise<void>;
};

export async function startChannels(deps: {
  config: Config;
  core: ChannelGate;
  db: Db;
  logger: Logger;
  baseUrl: string;
  now: () => Date;
  /** Live updates: the web chat's reply stream. */
  live?: LiveHub;
}): Promise<StartedChannels> {
  const { config, core, db, logger, baseUrl, now, live } = deps;
  const started: StartedChannels = {
    // A reply marked sent tells the person's open chat (on whichever instance holds its stream).
    senders: [createWebSender({ afterSent: (address) => sendWebChatSignal(db, conversationKey(address)) })],
    routers: [],
    tasks: [],
    links: {},
    zalo: null,
    status: [],
    stop: async () => {},
  };
  started.routers.push(
    createWebChat({
      core,
      listMessages: (address, afterId) => listWebMessages(db, address, afterId, 100),
      baseUrl,
      logger,
      now,
      limitStore: (name) => createDatabaseLimitStore(db, name, now),
      live,
      files: {
        maxBytes: Math.round(config.ATTACHMENT_MAX_MB * 1024 * 1024),
        read: (address, id) => readWebChatFile(db, id, address),
      },
    }),
  );
  started.status.push(
    `  Web chat:     ${baseUrl}/chat   (embed: <script src="${baseUrl}/chat/embed.js" defer></script>)`,
  );

  let polling: TelegramPolling | null = null;
  if (config.TELEGRAM_BOT_TOKEN) {
    const token = config.TELEGRAM_BOT_TOKEN;
    const bot = createTelegramBot(token, {
      core,
      logger: logger.child({ channel: 'telegram' }),
      apiRoot: config.TELEGRAM_API_ROOT,
      now,
    });
    started.senders.push(createTelegramSender(token, { logger, apiRoot: config.TELEGRAM_API_ROOT }));
    if (config.TELEGRAM_MODE === 'webhook' && config.TELEGRAM_WEBHOOK_SECRET) {
      started.routers.push(createTelegramWebhook({ bot, secretToken: config.TELEGRAM_WEBHOOK_SECRET, logger }));
      bot.botInfo = await bot.telegram.getMe();
      await bot.telegram.setWebhook(`${baseUrl}/webhooks/telegram`, { secret_token: config.TELEGRAM_WEBHOOK_SECRET });
      started.status.push(`  Telegram:     @${bot.botInfo.username}, webhook ${baseUrl}/webhooks/telegram`);
    } else {
      polling = await startTelegramPolling(bot, { logger });
      started.status.push(`  Telegram:     @${bot.botInfo?.username ?? '?'}, long polling`);
    }
    started.links.telegramBot = bot.botInfo?.username;
  } else {
    started.status.push('  Telegram:     off (set TELEGRAM_BOT_TOKEN)');
  }

  if (config.ZALO_APP_ID && config.ZALO_APP_SECRET && config.ZALO_OA_SECRET_KEY) {
    const client = createZaloClient({
      appId: config.ZALO_APP_ID,
      appSecret: config.ZALO_APP_SECRET,
      apiBase: config.ZALO_API_BASE,
      oauthBase: config.ZALO_OAUTH_BASE,
    });
    const store = createChannelTokenStore(db, 'zalo', now);
    started.routers.push(
      createZaloWebhook({ oaSecretKey: config.ZALO_OA_SECRET_KEY, appId: config.ZALO_APP_ID, core, logger, now }),
    );
    started.senders.push(
      createZaloSender({
        client,
        getAccessToken: async () => {
          const tokens = await store.load();
          if (!tokens) throw new Error('Zalo OA not connected: an admin must connect it (tokens missing)');
          return tokens.accessToken;
        },
        now,
      }),
    );
    started.zalo = {
      createPkcePair,
      authorizationUrl: (request) => client.authorizationUrl(request),
      connect: async (code, verifier) => store.save(tokenPairFrom(await client.exchangeCode(code, verifier), now())),
      status: async () => {
        const tokens = await store.load();
        return { connected: tokens !== null, accessTokenExpiresAt: tokens?.accessTokenExpiresAt ?? null };
      },
      raiseAlert: (reason) => store.raiseAlert(reason),
    };
    started.tasks.push({
      name: 'zalo-token-refresh',
      everyMs: 5 * 60_000,
      run: () => refreshIfDue(store, client, now()),
    });
    started.links.zaloOaId = config.ZALO_OA_ID;
    started.status.push(`  Zalo OA:      webhook ${baseUrl}/webhooks/zalo`);
  } else {
    started.status.push('  Zalo OA:      off (set ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY)');
  }
  started.stop = async () => {
    await polling?.stop('shutdown');
  };
  return started;
}
