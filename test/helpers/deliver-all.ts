import { inArray } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';

/**
 * Runs an outbox worker until nothing is waiting: a person sent to moments ago waits for a later
 * run (the channel's per-person rate), so one run rarely empties the outbox.
 */
export async function deliverAll(db: Db, runOnce: () => Promise<number>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    await runOnce();
    const waiting = await db
      .select({ id: outbox.id })
      .from(outbox)
      .where(inArray(outbox.status, ['pending', 'sending']))
      .limit(1);
    if (waiting.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the outbox did not empty');
}
