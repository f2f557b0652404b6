import type { InlineKeyboardButton } from 'telegraf/types';
import type { Button } from '../../src/channels.ts';
import { encodeCallbackData } from './encode-callback-data.ts';

export type InlineKeyboard = { rows: InlineKeyboardButton.CallbackButton[][]; dropped: Button[] };

/**
 * Buttons as an inline keyboard: 👍/👎 share one row, the 1–5 rating shares one row, every
 * other button (a choice, "talk to a person"…) gets a row of its own so long labels stay
 * readable on a phone. A button whose callback_data would exceed 64 bytes is dropped and
 * returned in `dropped` — Telegram would refuse the whole message for it.
 */
export function buildInlineKeyboard(buttons: readonly Button[]): InlineKeyboard {
  const rows: InlineKeyboardButton.CallbackButton[][] = [];
  const dropped: Button[] = [];
  let previousGroup: string | undefined;
  for (const button of buttons) {
    const data = encodeCallbackData(button.action);
    if (data === undefined) {
      dropped.push(button);
      continue;
    }
    const key = { text: button.label, callback_data: data };
    const group = rowGroup(button);
    const lastRow = rows.at(-1);
    if (group !== undefined && group === previousGroup && lastRow) lastRow.push(key);
    else rows.push([key]);
    previousGroup = group;
  }
  return { rows, dropped };
}

function rowGroup(button: Button): string | undefined {
  if (button.action.type === 'feedback' || button.action.type === 'rate') return button.action.type;
  return undefined;
}
