import { and, count, eq, isNull } from 'drizzle-orm';
import type { ChatCore } from '../../src/conversations/index.ts';
import { messages } from '../../src/conversations/index.ts';
import type { Db } from '../../src/db/client.ts';

/**
 * Drains the core until no inbound message is left unprocessed, as main.ts's 'inbound' task
 * does every 2 s (here back to back), or until `timeoutMs`. Returns how many are left.
 */
export async function waitUntilProcessed(db: Db, core: ChatCore, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const done = await core.drain().catch(() => 0);
    const [row] = await db
      .select({ left: count() })
      .from(messages)
      .where(and(eq(messages.direction, 'in'), isNull(messages.processedAt)));
    const left = row?.left ?? 0;
    if (left === 0 || Date.now() > deadline) return left;
    // Nothing processed yet rows are left: another run holds them (locked); look again shortly.
    if (done === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
