import { eq, lt, sql } from 'drizzle-orm';
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Db } from '../db/client.ts';
import { rateLimitHits } from './rate-limit-tables.ts';

/** Ended windows are swept after this many hits on one instance (a sweep is one DELETE). */
const SWEEP_EVERY = 500;

/**
 * express-rate-limit's counter kept in the database instead of one process's memory, so a person
 * or a network address gets the same limit whichever instance their posts reach. One statement
 * per hit: an upsert that starts a new window when the old one has ended. `prefix` keeps the
 * limits apart (the web chat's per-person and per-network limits, the public form's).
 */
export function createDatabaseLimitStore(db: Db, prefix: string, now: () => Date = () => new Date()): Store {
  let windowMs = 60_000;
  let hitsSinceSweep = 0;
  const keyOf = (key: string) => `${prefix}:${key}`;

  return {
    prefix,
    localKeys: false,
    init(options: Options) {
      windowMs = options.windowMs;
    },
    async get(key: string): Promise<ClientRateLimitInfo | undefined> {
      const [row] = await db
        .select()
        .from(rateLimitHits)
        .where(eq(rateLimitHits.key, keyOf(key)));
      if (!row || row.resetAt <= now()) return undefined;
      return { totalHits: row.hits, resetTime: row.resetAt };
    },
    async increment(key: string): Promise<ClientRateLimitInfo> {
      const at = now();
      const resetAt = new Date(at.getTime() + windowMs);
      // As text: postgres.js cannot bind a Date inside a raw sql`` fragment.
      const ended = sql`${rateLimitHits.resetAt} <= ${at.toISOString()}::timestamptz`;
      const [row] = await db
        .insert(rateLimitHits)
        .values({ key: keyOf(key), hits: 1, resetAt })
        .onConflictDoUpdate({
          target: rateLimitHits.key,
          set: {
            hits: sql`case when ${ended} then 1 else ${rateLimitHits.hits} + 1 end`,
            resetAt: sql`case when ${ended} then excluded.reset_at else ${rateLimitHits.resetAt} end`,
          },
        })
        .returning({ hits: rateLimitHits.hits, resetAt: rateLimitHits.resetAt });
      if (!row) throw new Error('the rate limit counter was not written');
      if (++hitsSinceSweep >= SWEEP_EVERY) {
        hitsSinceSweep = 0;
        await db.delete(rateLimitHits).where(lt(rateLimitHits.resetAt, at));
      }
      return { totalHits: row.hits, resetTime: row.resetAt };
    },
    async decrement(key: string): Promise<void> {
      await db
        .update(rateLimitHits)
        .set({ hits: sql`greatest(${rateLimitHits.hits} - 1, 0)` })
        .where(eq(rateLimitHits.key, keyOf(key)));
    },
    async resetKey(key: string): Promise<void> {
      await db.delete(rateLimitHits).where(eq(rateLimitHits.key, keyOf(key)));
    },
  };
}
