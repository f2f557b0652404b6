import { inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { signInFailures } from './inbox-tables.ts';

export type SignInVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; locked: boolean };

type Rule = { slowFrom: number; lockAt: number };

const WINDOW_MS = 15 * 60_000;
const MAX_DELAY_MS = 60_000;
// An account is a guessing target; an address may be an office of many staff behind one NAT,
// so its thresholds are looser.
const ACCOUNT: Rule = { slowFrom: 5, lockAt: 10 };
const NETWORK: Rule = { slowFrom: 20, lockAt: 50 };

/**
 * Counts FAILED sign-ins per account and per network address in the database (every instance
 * shares the counts). Below `slowFrom` failures nothing happens; from there each further try
 * must wait 1 s, 2 s, 4 s … (at most a minute) after the last failure; at `lockAt` failures the
 * key is locked until 15 minutes after its last failure. A refused try checks no password and
 * counts nothing, so a locked account is not kept locked forever by the guesser.
 */
export function createSignInThrottle(db: Db) {
  const keysOf = (email: string, address: string) => ({ account: `account:${email}`, network: `ip:${address}` });

  async function check(email: string, address: string, now: Date): Promise<SignInVerdict> {
    const keys = keysOf(email, address);
    const rows = await db
      .select()
      .from(signInFailures)
      .where(inArray(signInFailures.key, [keys.account, keys.network]));
    let wait = 0;
    let locked = false;
    for (const row of rows) {
      const rule = row.key === keys.account ? ACCOUNT : NETWORK;
      const verdict = waitFor(rule, row.failures, row.lastAt, now);
      if (verdict.ms > wait) wait = verdict.ms;
      locked ||= verdict.locked;
    }
    return wait > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000), locked } : { allowed: true };
  }

  async function fail(email: string, address: string, now: Date): Promise<void> {
    const keys = keysOf(email, address);
    const windowStart = new Date(now.getTime() - WINDOW_MS);
    // As text: postgres.js cannot bind a Date inside a raw sql`` fragment.
    const quietSince = sql`${windowStart.toISOString()}::timestamptz`;
    await db
      .insert(signInFailures)
      .values([keys.account, keys.network].map((key) => ({ key, failures: 1, firstAt: now, lastAt: now })))
      .onConflictDoUpdate({
        target: signInFailures.key,
        set: {
          // A failure after a quiet window starts the count again.
          failures: sql`case when ${signInFailures.lastAt} < ${quietSince} then 1 else ${signInFailures.failures} + 1 end`,
          firstAt: sql`case when ${signInFailures.lastAt} < ${quietSince} then excluded.first_at else ${signInFailures.firstAt} end`,
          lastAt: sql`excluded.last_at`,
        },
      });
    await db.delete(signInFailures).where(lt(signInFailures.lastAt, windowStart));
  }

  /** A correct password clears the account's count (not the address's: one known account must not reset it). */
  async function succeed(email: string): Promise<void> {
    await db.delete(signInFailures).where(inArray(signInFailures.key, [keysOf(email, '').account]));
  }

  return { check, fail, succeed };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;

function waitFor(rule: Rule, failures: number, lastAt: Date, now: Date): { ms: number; locked: boolean } {
  const since = now.getTime() - lastAt.getTime();
  if (since >= WINDOW_MS || failures < rule.slowFrom) return { ms: 0, locked: false };
  if (failures >= rule.lockAt) return { ms: WINDOW_MS - since, locked: true };
  const delay = Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - rule.slowFrom));
  return { ms: Math.max(0, delay - since), locked: false };
}
