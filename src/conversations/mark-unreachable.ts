import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { recordActivityOn, type TrackerContext } from '../tracker/index.ts';
import { contacts } from './conversation-tables.ts';

export type Unreachable = { contactId: string | null; requestId: number | null; reason: string; at: Date };

/** A permanent delivery failure: the contact is marked unreachable, and the case shows why. */
export async function markUnreachable(db: Db, tracker: TrackerContext, failure: Unreachable): Promise<void> {
  await db.transaction(async (tx) => {
    if (failure.contactId) {
      await tx
        .update(contacts)
        .set({ unreachableReason: failure.reason.slice(0, 500), unreachableAt: failure.at })
        .where(eq(contacts.id, failure.contactId));
    }
    if (failure.requestId) {
      await recordActivityOn(tx, tracker, {
        requestId: failure.requestId,
        type: 'undeliverable',
        actor: { kind: 'system' },
        at: failure.at,
        data: { reason: failure.reason.slice(0, 500) },
      });
    }
  });
}
