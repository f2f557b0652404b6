import type { Logger } from 'pino';
import { Telegraf, type Context } from 'telegraf';
import type { UserFromGetMe } from 'telegraf/types';
import type { ChannelGate } from '../../src/channels.ts';
import { buildInboundMessage } from './build-inbound-message.ts';
import { checkUpdate } from './check-update.ts';
import { createCallbackQueryFeature } from './features/callback-query.ts';
import { createEditedMessageFeature } from './features/edited-message.ts';
import type { FeatureDeps } from './features/feature-deps.ts';
import { createGroupGate } from './features/group-gate.ts';
import { createHelpFeature } from './features/help.ts';
import { createLanguageFeature } from './features/language.ts';
import { createMyCasesFeature } from './features/my-cases.ts';
import { createNonTextMessageFeature } from './features/non-text-message.ts';
import { createPersonFeature } from './features/person.ts';
import { createStartFeature } from './features/start.ts';
import { createTextMessageFeature } from './features/text-message.ts';
import { createUnhandledFeature } from './features/unhandled.ts';

export type TelegramBotOptions = {
  core: ChannelGate;
  logger: Logger;
  /** Bot API server; a local fake in tests. Default https://api.telegram.org. */
  apiRoot?: string;
  /** Known bot account: skips the getMe call before the first update (tests, fast start). */
  botInfo?: UserFromGetMe;
  /** Clock for when a button was tapped (callback queries carry no date). */
  now?: () => Date;
};

/**
 * The Telegram bot: one Composer per feature, each turning its updates into an InboundMessage
 * for `core.receive`. The bot only listens: replies go out through createTelegramSender.
 *
 * A failing update (the core throws) is logged and rethrown, so `handleUpdate` rejects and the
 * webhook answers 500 for Telegram to redeliver. Long polling replaces this (startTelegramPolling).
 */
export function createTelegramBot(token: string, options: TelegramBotOptions): Telegraf<Context> {
  const { core, logger, apiRoot, botInfo, now = () => new Date() } = options;
  // webhookReply off: a reply smuggled into the webhook's HTTP answer would end that answer
  // with 200 before the core has stored the update.
  const bot = new Telegraf<Context>(token, { telegram: { apiRoot, webhookReply: false } });
  if (botInfo) bot.botInfo = botInfo;

  const deps: FeatureDeps = {
    logger,
    now,
    async receive(source, content) {
      const message = buildInboundMessage(source, content);
      const { duplicate, rejected } = await core.receive(message);
      logger.info(
        { channelMessageId: message.channelMessageId, content: content.type, duplicate, rejected },
        rejected
          ? 'telegram message set aside'
          : duplicate
            ? 'telegram message already received'
            : 'telegram message received',
      );
    },
  };

  // Webhook and long polling both hand updates to handleUpdate: an update the features cannot
  // read is set aside with its reason there and acknowledged, never thrown back for a resend.
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (raw, response) => {
    const checked = checkUpdate(raw);
    if (checked.ok) return handleUpdate(checked.update, response);
    logger.warn({ reason: checked.reason }, 'telegram update set aside');
    await core.setAside({ channel: 'telegram', reason: checked.reason, payload: raw, address: addressIn(raw) });
  };

  bot.catch((error, ctx) => {
    logger.error({ err: error, updateId: ctx.update.update_id, updateType: ctx.updateType }, 'telegram update failed');
    throw error;
  });

  bot.use(
    createGroupGate(),
    createStartFeature(deps),
    createHelpFeature(deps),
    createLanguageFeature(deps),
    createPersonFeature(deps),
    createMyCasesFeature(deps),
    createCallbackQueryFeature(deps),
    createTextMessageFeature(deps),
    createNonTextMessageFeature(deps),
    createEditedMessageFeature(deps),
    createUnhandledFeature(deps),
  );
  return bot;
}

/** The chat an unusable update came from, when it says: so an erasure request finds it. */
function addressIn(raw: unknown): string | undefined {
  const found = /"chat":\{"id":(-?\d+)/.exec(JSON.stringify(raw) ?? '');
  return found?.[1];
}
