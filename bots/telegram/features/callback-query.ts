import { Composer, type Context } from 'telegraf';
import { decodeCallbackData } from '../decode-callback-data.ts';
import type { FeatureDeps } from './feature-deps.ts';

/** A tapped inline button: callback_data → Action (see encodeCallbackData). */
export function createCallbackQueryFeature({ receive, logger, now }: FeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    // Answered first and always, even for data we don't know: until then the person's app
    // shows a spinner on the button. A redelivered query can no longer be answered — that
    // failure is logged, not allowed to stop the tap reaching the core.
    await ctx.answerCbQuery().catch((error: unknown) => {
      logger.warn({ err: error, callbackQueryId: query.id }, 'telegram callback query not answered');
    });
    const action = 'data' in query ? decodeCallbackData(query.data) : undefined;
    if (!action) {
      logger.warn(
        { callbackQueryId: query.id, data: 'data' in query ? query.data : undefined },
        'telegram callback data not understood; ignored',
      );
      return;
    }
    await receive({ kind: 'callback', query, receivedAt: now() }, { type: 'action', action });
  });
  return feature;
}
