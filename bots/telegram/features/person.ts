import { Composer, type Context } from 'telegraf';
import { message } from 'telegraf/filters';
import { stripBotMention } from '../strip-bot-mention.ts';
import type { FeatureDeps } from './feature-deps.ts';

// Whole messages that ask for a person, compared without accents, case or end punctuation.
// Only whole messages: "gặp cán bộ ở đâu để nộp hồ sơ" is a question for the bot.
const askingForAPerson = new Set([
  'talk to a person',
  'talk to a human',
  'speak to a person',
  'talk to someone',
  'talk to staff',
  'gap can bo',
  'gap nguoi that',
  'noi chuyen voi can bo',
  'noi chuyen voi nguoi',
  'noi chuyen voi nguoi that',
  'cho toi gap can bo',
]);

const LONGEST_PHRASE = Math.max(...[...askingForAPerson].map((phrase) => phrase.length));

/** `/person` (`/nguoi`, `/canbo`) or a message such as "talk to a person", "gặp cán bộ". */
export function createPersonFeature({ receive }: FeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.command(['person', 'nguoi', 'canbo'], async (ctx) => {
    await receive({ kind: 'message', message: ctx.message }, { type: 'action', action: { type: 'person' } });
  });
  feature.on(message('text'), async (ctx, next) => {
    const text = stripBotMention(ctx.message.text, ctx.me);
    // Every phrase is short: a longer message is a question, and folding it on the webhook's path is waste.
    if (text.length > LONGEST_PHRASE + 8 || !askingForAPerson.has(fold(text))) return next();
    await receive({ kind: 'message', message: ctx.message }, { type: 'action', action: { type: 'person' } });
  });
  return feature;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[.!?…]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}
