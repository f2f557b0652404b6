import { Composer, type Context } from 'telegraf';
import { message } from 'telegraf/filters';
import type { InboundContent } from '../../../src/channels.ts';
import { stripBotMention } from '../strip-bot-mention.ts';
import type { FeatureDeps } from './feature-deps.ts';

/** A question in words: the text, without the bot's @mention in a group. */
export function createTextMessageFeature({ receive }: FeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.on(message('text'), async (ctx) => {
    const text = stripBotMention(ctx.message.text, ctx.me);
    await receive({ kind: 'message', message: ctx.message }, textContent(text));
  });
  return feature;
}

// A bare mention, or a command no feature knows (those features run before this one), gets
// help: the person is asking the bot for something, and help lists what it can do.
function textContent(text: string): InboundContent {
  if (text === '' || text.startsWith('/')) return { type: 'action', action: { type: 'help' } };
  return { type: 'text', text };
}
