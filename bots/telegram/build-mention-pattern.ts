/**
 * `@username` as a whole word, any case. Matched on the text rather than on the message's
 * `mention` entities: a mention is plain text to the person who typed it, and entity offsets
 * can be off (fixtures/telegram/group-message.json gives 15 for the 16 characters of
 * `@hoidap_demo_bot`), which would leave a stray character behind or miss the mention.
 */
export function buildMentionPattern(username: string): RegExp {
  // Telegram usernames are letters, digits and underscores: nothing to escape.
  return new RegExp(`(?<![\\w@])@${username}(?!\\w)`, 'gi');
}
