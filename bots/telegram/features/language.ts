import { Composer, type Context } from 'telegraf';
import type { Action } from '../../../src/channels.ts';
import type { FeatureDeps } from './feature-deps.ts';

/** `/language` or `/lang` offers the choice; `/lang en`, `/lang vi` set it. `/ngonngu` too. */
export function createLanguageFeature({ receive }: FeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command(['language', 'lang', 'ngonngu'], async (ctx) => {
    await receive({ kind: 'message', message: ctx.message }, { type: 'action', action: languageAction(ctx.payload) });
  });
  return feature;
}

// Anything but a language we speak offers the choice rather than guessing.
function languageAction(payload: string): Action {
  const asked = payload.trim().toLowerCase();
  if (asked === 'en' || asked === 'english') return { type: 'language', language: 'en' };
  if (asked === 'vi' || asked === 'vietnamese' || asked === 'tiếng việt') return { type: 'language', language: 'vi' };
  return { type: 'language' };
}
