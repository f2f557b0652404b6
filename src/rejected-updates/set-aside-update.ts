import type { RejectedUpdate } from '../channels.ts';
import { cleanText } from '../clean-text.ts';
import type { Db } from '../db/client.ts';
import { rejectedUpdates } from './rejected-update-tables.ts';

const MAX_PAYLOAD = 16_000;

/** Keeps an unusable update aside with its reason (see rejected-update-tables.ts). */
export async function setAsideUpdate(db: Db, update: RejectedUpdate, at: Date): Promise<void> {
  let payload: string;
  try {
    payload = typeof update.payload === 'string' ? update.payload : (JSON.stringify(update.payload) ?? 'undefined');
  } catch {
    payload = '[payload not serialisable]';
  }
  await db.insert(rejectedUpdates).values({
    channel: update.channel,
    reason: cleanText(update.reason).slice(0, 500),
    payload: cleanText(payload.slice(0, MAX_PAYLOAD)),
    address: update.address === undefined ? null : cleanText(update.address).slice(0, 200),
    receivedAt: at,
  });
}
