import type { Action } from '../../src/channels.ts';

/** Telegram rejects a button whose callback_data is longer than this, counted in UTF-8 bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/**
 * The callback_data of a button for an action. One letter names the action so that ids keep
 * most of the 64 bytes:
 *
 * | data          | action                               |
 * |---------------|--------------------------------------|
 * | `s`, `s:P16`  | start, with a deep-link payload      |
 * | `h`           | help                                 |
 * | `l`, `l:en`   | language: offer the choice, or set   |
 * | `p`           | talk to a person                     |
 * | `m`           | my cases                             |
 * | `c:<id>`      | choose an option offered by clarify  |
 * | `y:1`, `y:0`  | confirm: yes, no                     |
 * | `b:1`, `b:0`  | asking for a business: yes, no       |
 * | `f:1`, `f:0`  | feedback: helpful, not helpful       |
 * | `r:1` … `r:5` | satisfaction rating                  |
 *
 * Undefined when the data would not fit (a very long id): the caller leaves that button out.
 */
export function encodeCallbackData(action: Action): string | undefined {
  const data = toData(action);
  return Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_MAX_BYTES ? data : undefined;
}

function toData(action: Action): string {
  switch (action.type) {
    case 'start':
      return action.payload ? `s:${action.payload}` : 's';
    case 'help':
      return 'h';
    case 'language':
      return action.language ? `l:${action.language}` : 'l';
    case 'person':
      return 'p';
    case 'my_cases':
      return 'm';
    case 'choose':
      return `c:${action.id}`;
    case 'confirm':
      return action.yes ? 'y:1' : 'y:0';
    case 'requester':
      return action.business ? 'b:1' : 'b:0';
    case 'feedback':
      return action.helpful ? 'f:1' : 'f:0';
    case 'rate':
      return `r:${action.score}`;
  }
}
