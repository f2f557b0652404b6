import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { alerts } from './settings-tables.ts';

/** Raises (message) or resolves (null) an alert shown to admins until it is resolved. */
export async function raiseAlert(db: Db, key: string, message: string | null, at: Date): Promise<void> {
  if (message === null) {
    await db
      .update(alerts)
      .set({ resolvedAt: at })
      .where(sql`${alerts.key} = ${key} and ${alerts.resolvedAt} is null`);
    return;
  }
  await db
    .insert(alerts)
    .values({ key, message: message.slice(0, 1000), raisedAt: at })
    .onConflictDoUpdate({
      target: alerts.key,
      set: { message: message.slice(0, 1000), raisedAt: at, resolvedAt: null },
    });
}
