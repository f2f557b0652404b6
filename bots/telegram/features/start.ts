import { Composer, type Context } from 'telegraf';
import type { FeatureDeps } from './feature-deps.ts';

/** `/start`, and a deep link `t.me/<bot>?start=P16`, which Telegram sends as `/start P16`. */
export function createStartFeature({ receive }: FeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.start(async (ctx) => {
    const payload = ctx.payload.trim();
    await receive(
      { kind: 'message', message: ctx.message },
      { type: 'action', action: payload ? { type: 'start', payload } : { type: 'start' } },
    );
  });
  return feature;
}
