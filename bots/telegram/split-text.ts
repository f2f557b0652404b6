import { splitMessage } from '../../src/split-message.ts';

/** Telegram's limit on a message's text (UTF-16 code units, as JavaScript counts length). */
export const TELEGRAM_TEXT_LIMIT = 4096;

/** Paragraphs whole when they fit, then lines, sentences, words; never inside an emoji. */
export function splitText(text: string, limit: number = TELEGRAM_TEXT_LIMIT): string[] {
  return splitMessage(text, limit);
}
