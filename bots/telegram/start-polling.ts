import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Context, Telegraf } from 'telegraf';

export type TelegramPollingOptions = {
  logger: Logger;
  /** Forget updates that queued while the bot was down. Default false: they are answered late. */
  dropPendingUpdates?: boolean;
};

export type TelegramPolling = {
  /** Stops asking for updates, waits for those in progress, then confirms them to Telegram. */
  stop(reason?: string): Promise<void>;
  /** Settles when polling ends: resolves after stop, rejects on a fatal error (wrong token, another instance polling). */
  done: Promise<void>;
};

/**
 * Long polling, for running without a public URL. Resolves once the token has been checked and
 * any webhook removed — not when polling ends: in telegraf 4.16 `bot.launch()` resolves only
 * when the bot stops, so awaiting it would hang start-up. That promise is `done`.
 *
 * A failed update is logged and dropped here, unlike with the webhook: telegraf has already
 * moved the getUpdates offset past it, and a rethrown error would end polling for everyone.
 */
export async function startTelegramPolling(
  bot: Telegraf<Context>,
  { logger, dropPendingUpdates = false }: TelegramPollingOptions,
): Promise<TelegramPolling> {
  bot.catch((error, ctx) => {
    logger.error(
      { err: error, updateId: ctx.update.update_id, updateType: ctx.updateType },
      'telegram update failed and was dropped (long polling)',
    );
  });
  // Checked here so that a wrong token or an unreachable API fails start-up, not later.
  bot.botInfo ??= await bot.telegram.getMe();
  await bot.telegram.deleteWebhook({ drop_pending_updates: dropPendingUpdates });

  let settled = false;
  const done = bot.launch({ dropPendingUpdates }).finally(() => {
    settled = true;
  });
  done.then(
    () => logger.info('telegram long polling stopped'),
    (error: unknown) => logger.error({ err: error }, 'telegram long polling failed'),
  );
  logger.info({ username: bot.botInfo.username }, 'telegram long polling started');

  return {
    done,
    async stop(reason = 'shutdown') {
      // launch() repeats deleteWebhook before it starts polling; until then bot.stop throws
      // "Bot is not running!", so a stop that early waits for polling to begin.
      while (!settled) {
        try {
          bot.stop(reason);
          break;
        } catch {
          await delay(20);
        }
      }
      await done.catch(() => undefined);
    },
  };
}
