import type { Action } from '../../src/channels.ts';

type Score = 1 | 2 | 3 | 4 | 5;
const scores: readonly Score[] = [1, 2, 3, 4, 5];

/**
 * The action behind a button's callback_data, the inverse of encodeCallbackData; undefined for
 * data this bot never wrote (a stale keyboard, a forged query) so nothing guesses at it.
 */
export function decodeCallbackData(data: string): Action | undefined {
  const separator = data.indexOf(':');
  const tag = separator < 0 ? data : data.slice(0, separator);
  const value = separator < 0 ? undefined : data.slice(separator + 1);
  switch (tag) {
    case 's':
      return value ? { type: 'start', payload: value } : { type: 'start' };
    case 'h':
      return value === undefined ? { type: 'help' } : undefined;
    case 'l':
      if (value === undefined) return { type: 'language' };
      return value === 'vi' || value === 'en' ? { type: 'language', language: value } : undefined;
    case 'p':
      return value === undefined ? { type: 'person' } : undefined;
    case 'm':
      return value === undefined ? { type: 'my_cases' } : undefined;
    case 'c':
      return value ? { type: 'choose', id: value } : undefined;
    case 'y':
      return value === '1' || value === '0' ? { type: 'confirm', yes: value === '1' } : undefined;
    case 'b':
      return value === '1' || value === '0' ? { type: 'requester', business: value === '1' } : undefined;
    case 'f':
      return value === '1' || value === '0' ? { type: 'feedback', helpful: value === '1' } : undefined;
    case 'r': {
      const score = scores.find((candidate) => String(candidate) === value);
      return score === undefined ? undefined : { type: 'rate', score };
    }
    case 'fb':
      // Keyboards already sitting in people's chats use `fb:up|down:<answer id>`
      // (fixtures/telegram/callback-query.json); the answer id is not part of the action.
      return decodeLegacyFeedback(value);
    default:
      return undefined;
  }
}

function decodeLegacyFeedback(value: string | undefined): Action | undefined {
  const vote = value?.split(':')[0];
  if (vote === 'up') return { type: 'feedback', helpful: true };
  if (vote === 'down') return { type: 'feedback', helpful: false };
  return undefined;
}
