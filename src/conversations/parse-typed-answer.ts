import type { Action } from '../channels.ts';
import { fold } from '../kb/normalize.ts';
import type { Offer } from './dialogue-state.ts';

const YES = /^(co|vang|dung|dung roi|u|uh|ok|yes|yep|y|phai|chinh xac|dung vay)$/;
const NO = /^(khong|ko|k|khong phai|sai|no|nope|n|chua dung)$/;

/**
 * A typed answer to the buttons last offered: "2" for the second button (channels without buttons
 * show them as a numbered list), "có"/"không" for a yes/no confirmation. Null for anything else.
 */
export function parseTypedAnswer(text: string, offer: Offer | null): Action | null {
  if (!offer || offer.actions.length === 0) return null;
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text)?.[1];
  if (number) return offer.actions[Number(number) - 1] ?? null;
  if (!offer.actions.some((action) => action.type === 'confirm')) return null;
  const folded = fold(text)
    .replace(/[.!?,]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (YES.test(folded)) return { type: 'confirm', yes: true };
  if (NO.test(folded)) return { type: 'confirm', yes: false };
  return null;
}
