import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { acquireLease, releaseLease } from '../outbox/acquire-lease.ts';
import { raiseAlert } from './raise-alert.ts';
import { channelCredentials } from './settings-tables.ts';

export type StoredTokens = { accessToken: string; refreshToken: string; accessTokenExpiresAt: Date };

const tokensSchema = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  accessTokenExpiresAt: z.coerce.date(),
});

// Longer than the client's 10 s HTTP timeout with a wide margin: a refresh token is single-use, so
// two refreshers at once would lock the OA out.
const LOCK_MS = 60_000;

/**
 * A channel's OAuth tokens in the database, shared by every instance, with the one-refresher lock
 * and the alert shown in the inbox when a refresh fails (the Zalo refresher uses this shape).
 */
export function createChannelTokenStore(db: Db, channel: string, now: () => Date) {
  const holder = randomUUID();
  return {
    async withRefreshLock<T>(fn: () => Promise<T>): Promise<T | null> {
      const at = now();
      if (!(await acquireLease(db, `refresh:${channel}`, holder, at, new Date(at.getTime() + LOCK_MS)))) return null;
      try {
        return await fn();
      } finally {
        await releaseLease(db, `refresh:${channel}`, holder);
      }
    },
    async load(): Promise<StoredTokens | null> {
      const [row] = await db.select().from(channelCredentials).where(eq(channelCredentials.channel, channel));
      const parsed = tokensSchema.safeParse(row?.data);
      return parsed.success ? parsed.data : null;
    },
    async save(pair: StoredTokens): Promise<void> {
      const data = { ...pair, accessTokenExpiresAt: pair.accessTokenExpiresAt.toISOString() };
      await db.transaction(async (tx) => {
        await tx
          .insert(channelCredentials)
          .values({ channel, data, updatedAt: now() })
          .onConflictDoUpdate({ target: channelCredentials.channel, set: { data, updatedAt: now() } });
        await raiseAlert(tx, `reconnect:${channel}`, null, now());
      });
    },
    async raiseAlert(reason: string): Promise<void> {
      await raiseAlert(db, `reconnect:${channel}`, reason, now());
    },
  };
}
