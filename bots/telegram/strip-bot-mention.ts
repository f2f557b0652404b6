import type { MessageEntity } from 'telegraf/types';

/**
 * The text without the @mentions of the bot, so "@hoidap_bot work permit?" reaches the core as
 * "work permit?". Entity offsets are UTF-16 code units, as JavaScript indexes strings.
 */
export function stripBotMention(text: string, entities: readonly MessageEntity[] | undefined, username: string): string {
  const handle = `@${username}`.toLowerCase();
  const mentions = (entities ?? [])
    .filter((entity) => entity.type === 'mention' && text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === handle)
    .sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const mention of mentions) {
    const before = result.slice(0, mention.offset).trimEnd();
    // "@bot, how do I…": the comma belonged to the mention.
    const after = result.slice(mention.offset + mention.length).replace(/^[\s,:;]+/, '');
    result = before && after ? `${before} ${after}` : before + after;
  }
  return result.trim();
}
