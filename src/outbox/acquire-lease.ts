import { and, eq, lt, or } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { workerLeases } from './outbox-tables.ts';

/** Takes or renews a named lease until `until`; false while another holder's lease is still valid. */
export async function acquireLease(db: Db, name: string, holder: string, now: Date, until: Date): Promise<boolean> {
  const rows = await db
    .insert(workerLeases)
    .values({ name, holder, expiresAt: until })
    .onConflictDoUpdate({
      target: workerLeases.name,
      set: { holder, expiresAt: until },
      setWhere: or(lt(workerLeases.expiresAt, now), eq(workerLeases.holder, holder)),
    })
    .returning({ holder: workerLeases.holder });
  return rows.length > 0;
}

export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.delete(workerLeases).where(and(eq(workerLeases.name, name), eq(workerLeases.holder, holder)));
}
