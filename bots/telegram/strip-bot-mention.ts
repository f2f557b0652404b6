import { buildMentionPattern } from './build-mention-pattern.ts';

/** The text without the @mentions of the bot, so "@hoidap_bot work permit?" reaches the core as "work permit?". */
export function stripBotMention(text: string, username: string): string {
  return text
    .split(buildMentionPattern(username))
    .map((part, index) => (index === 0 ? part : part.replace(/^[,:;]/, ''))) // "@bot, how…": the comma went with the mention
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ');
}
