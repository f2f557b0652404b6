import { Composer, type Context } from 'telegraf';
import { isAddressedToBot } from '../is-addressed-to-bot.ts';

/**
 * First in the chain: a group message that is not addressed to the bot stops here, so no
 * feature sees people talking among themselves (see isAddressedToBot).
 */
export function createGroupGate(): Composer<Context> {
  return new Composer<Context>((ctx, next) => {
    const message = ctx.message ?? ctx.editedMessage;
    if (message && !isAddressedToBot(message, ctx.botInfo)) return;
    return next();
  });
}
