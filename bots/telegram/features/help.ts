import { Composer, type Context } from 'telegraf';
import type { FeatureDeps } from './feature-deps.ts';

/** `/help`, or `/trogiup` (trợ giúp) for people who type Vietnamese commands. */
export function createHelpFeature({ receive }: FeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command(['help', 'trogiup'], async (ctx) => {
    await receive({ kind: 'message', message: ctx.message }, { type: 'action', action: { type: 'help' } });
  });
  return feature;
}
