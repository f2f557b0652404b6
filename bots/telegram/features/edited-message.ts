import { Composer, type Context } from 'telegraf';
import { editedMessage } from 'telegraf/filters';
import { stripBotMention } from '../strip-bot-mention.ts';
import type { FeatureDeps } from './feature-deps.ts';

/**
 * An edited text is passed on as a new text message (id `e:<chat>:<message>:<edit_date>`).
 * Decision: people edit a question to correct it, usually after the bot has answered the first
 * version; ignoring the edit would leave them believing the corrected question was read, and the
 * staff inbox would show only the wrong version. A redelivered edit keeps its id; a second edit
 * of the same message is a new one. Edited captions and commands are not re-run: the
 * attachment was already received and an edited `/start` is not a new start.
 */
export function createEditedMessageFeature({ receive }: FeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.on(editedMessage('text'), async (ctx, next) => {
    const edited = ctx.editedMessage;
    const text = stripBotMention(edited.text, ctx.me);
    if (text === '' || text.startsWith('/')) return next();
    await receive({ kind: 'edited', message: edited }, { type: 'text', text });
  });
  return feature;
}
