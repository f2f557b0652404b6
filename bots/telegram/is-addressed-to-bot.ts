import type { MessageEntity, User } from 'telegraf/types';
import { buildMentionPattern } from './build-mention-pattern.ts';

type BotIdentity = { id: number; username: string };

/** What the check reads of a message or an edited message. */
export type AddressableMessage = {
  chat: { type: string };
  text?: string;
  entities?: MessageEntity[];
  caption?: string;
  caption_entities?: MessageEntity[];
  reply_to_message?: { from?: User };
};

/**
 * Whether the bot should act on a message. Always in a private chat; in a group only when the
 * person mentions the bot (@username, or a mention of its account for a bot without one in the
 * text), sends a command addressed to it (`/help@username`) or replies to one of its messages:
 * the rest of the group's talk is not a question for the bot.
 */
export function isAddressedToBot(message: AddressableMessage, bot: BotIdentity): boolean {
  if (message.chat.type === 'private') return true;
  if (message.reply_to_message?.from?.id === bot.id) return true;
  const text = message.text ?? message.caption ?? '';
  if (buildMentionPattern(bot.username).test(text)) return true;
  const entities = message.entities ?? message.caption_entities ?? [];
  const handle = `@${bot.username}`.toLowerCase();
  return entities.some((entity) => {
    if (entity.type === 'text_mention') return entity.user.id === bot.id;
    if (entity.type !== 'bot_command' || entity.offset !== 0) return false;
    return text.slice(0, entity.length).toLowerCase().endsWith(handle);
  });
}
