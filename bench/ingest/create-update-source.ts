import { readFileSync } from 'node:fs';
import type { Update } from 'telegraf/types';
import { updateFixture } from '../../test/helpers/fake-bot-api.ts';
import { seededRandom } from '../seeded-random.ts';

export type OutgoingUpdate = {
  /** The core's id for it (`m:<chat>:<message_id>`): what the unique index dedupes on. */
  key: string;
  updateId: number;
  body: string;
  /** A copy of an update sent before, as Telegram sends one when our answer was slow or lost. */
  resent: boolean;
};

export type UpdateSource = { next(): OutgoingUpdate };

export type UpdateSourceOptions = {
  chats: number;
  /** Share of requests that repeat an earlier update byte for byte. */
  duplicateShare: number;
  seed: number;
  /** Chat ids start here, so two sources in one run never share a chat. */
  firstChatId: number;
};

const QUESTIONS = new URL('../../test/questions/own.jsonl', import.meta.url);
// Resent copies come from this many recent updates: Telegram retries within minutes, not hours.
const RECENT = 2_000;

/**
 * Telegram updates in the real shape (the text-message fixture with new ids): each chat opens
 * with `/start` as a person tapping Start does, then asks the evaluation questions, so the
 * background processing answers real questions. update_id rises across the bot as Telegram's
 * does; message_id rises per chat.
 */
export function createUpdateSource({ chats, duplicateShare, seed, firstChatId }: UpdateSourceOptions): UpdateSource {
  const fixture = updateFixture('text-message');
  if (!('message' in fixture) || !('text' in fixture.message))
    throw new Error('text-message.json is not a text message');
  const template = fixture.message;
  const questions = loadQuestions();
  const random = seededRandom(seed);
  const nextMessageId = new Map<number, number>();
  const recent: OutgoingUpdate[] = [];
  let updateId = fixture.update_id;

  const fresh = (): OutgoingUpdate => {
    const chatId = firstChatId + Math.floor(random() * chats);
    const messageId = nextMessageId.get(chatId) ?? template.message_id;
    nextMessageId.set(chatId, messageId + 1);
    const opening = messageId === template.message_id;
    const question = questions[Math.floor(random() * questions.length)] ?? { text: template.text, english: false };
    updateId += 1;
    const update: Update.MessageUpdate = {
      update_id: updateId,
      message: {
        ...template,
        message_id: messageId,
        from: {
          ...template.from,
          id: chatId,
          first_name: `Lan ${chatId % 1000}`,
          language_code: question.english ? 'en' : 'vi',
        },
        chat: { ...template.chat, id: chatId },
        date: Math.floor(Date.now() / 1000),
        ...(opening
          ? { text: '/start', entities: [{ offset: 0, length: 6, type: 'bot_command' }] }
          : { text: question.text }),
      },
    };
    return { key: `m:${chatId}:${messageId}`, updateId, body: JSON.stringify(update), resent: false };
  };

  return {
    next() {
      const earlier = recent[Math.floor(random() * recent.length)];
      if (earlier && random() < duplicateShare) return { ...earlier, resent: true };
      const update = fresh();
      if (recent.length < RECENT) recent.push(update);
      else recent[update.updateId % RECENT] = update;
      return update;
    },
  };
}

function loadQuestions(): { text: string; english: boolean }[] {
  const questions: { text: string; english: boolean }[] = [];
  for (const line of readFileSync(QUESTIONS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || !('q' in parsed) || typeof parsed.q !== 'string') continue;
    questions.push({ text: parsed.q, english: 'style' in parsed && parsed.style === 'english' });
  }
  if (questions.length === 0) throw new Error('test/questions/own.jsonl has no questions');
  return questions;
}
