import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { outbox } from '../outbox/outbox-tables.ts';

/** The messages to a case's person that could not be delivered, with why: the case page warns of them. */
export async function failedDeliveries(
  db: Db,
  requestId: number,
): Promise<{ kind: string; lastError: string | null; createdAt: Date }[]> {
  return db
    .select({ kind: outbox.kind, lastError: outbox.lastError, createdAt: outbox.createdAt })
    .from(outbox)
    .where(and(eq(outbox.requestId, requestId), eq(outbox.status, 'failed'), isNotNull(outbox.lastError)));
}
