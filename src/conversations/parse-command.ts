import type { Action } from '../channels.ts';
import { fold } from '../kb/normalize.ts';

// Typed commands, for channels without buttons and people who prefer typing. Matched on the whole
// message, accents optional, so a question that merely mentions "hồ sơ" is still a question.
const COMMANDS: Array<[RegExp, Action]> = [
  [/^\/?(start|bat dau)$/, { type: 'start' }],
  [/^\/?(help|tro giup|huong dan|trogiup)$/, { type: 'help' }],
  [/^\/?(cases|my cases|ho so cua toi|hoso|tinh trang ho so)$/, { type: 'my_cases' }],
  [/^\/?(language|lang|ngon ngu)$/, { type: 'language' }],
  [/^\/?(english|en)$/, { type: 'language', language: 'en' }],
  [/^\/?(tieng viet|vi)$/, { type: 'language', language: 'vi' }],
  [/^\/?(person|talk to a person|gap can bo|nguoi|noi chuyen voi can bo|gap nguoi that)$/, { type: 'person' }],
];

/** The action a typed command stands for, or null for an ordinary message. */
export function parseCommand(text: string): Action | null {
  const folded = fold(text)
    .replace(/[.!?]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, action] of COMMANDS) if (pattern.test(folded)) return action;
  return null;
}
