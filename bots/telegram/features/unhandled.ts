import { Composer, type Context } from 'telegraf';
import type { FeatureDeps } from './feature-deps.ts';

/**
 * Last in the chain: whatever no feature took (a member update such as the person blocking
 * the bot, a channel post, a poll, an edited caption) is logged and acknowledged, never an error,
 * so Telegram does not resend it.
 */
export function createUnhandledFeature({ logger }: FeatureDeps): Composer<Context> {
  return new Composer<Context>((ctx) => {
    logger.debug({ updateId: ctx.update.update_id, updateType: ctx.updateType }, 'telegram update ignored');
  });
}
