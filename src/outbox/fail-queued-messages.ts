import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { outbox } from './outbox-tables.ts';

/**
 * After a permanent refusal (blocked the bot, closed the Zalo window) a person's other queued
 * messages are not tried: each would only meet the same refusal, and a burst of them against a
 * blocked chat counts against the bot. Returns the requests they belonged to, to note on each case.
 */
export async function failQueuedMessages(
  db: Db,
  channel: string,
  address: string,
  reason: string,
): Promise<Array<number | null>> {
  const rows = await db
    .update(outbox)
    .set({ status: 'failed', lastError: `not tried: ${reason}`.slice(0, 1000) })
    .where(
      and(eq(outbox.channel, channel), eq(outbox.address, address), inArray(outbox.status, ['pending', 'sending'])),
    )
    .returning({ requestId: outbox.requestId });
  return rows.map((row) => row.requestId);
}
