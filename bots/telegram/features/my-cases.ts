import { Composer, type Context } from 'telegraf';
import type { FeatureDeps } from './feature-deps.ts';

/** `/cases`, or `/hoso` (hồ sơ): the person's open requests. */
export function createMyCasesFeature({ receive }: FeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command(['cases', 'hoso'], async (ctx) => {
    await receive({ kind: 'message', message: ctx.message }, { type: 'action', action: { type: 'my_cases' } });
  });
  return feature;
}
