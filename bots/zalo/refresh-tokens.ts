import type { ZaloClient, ZaloTokens } from './zalo-client.ts';
import { ZaloApiError } from './zalo-api-error.ts';

export type TokenPair = { accessToken: string; refreshToken: string; accessTokenExpiresAt: Date };

/** Where the OA's tokens live: the database, shared by every app instance. */
export type ZaloTokenStore = {
  /**
   * Runs fn while holding the one refresh lock across instances; null when another instance holds it.
   * The lock must outlive the refresh call (the client's HTTP timeout): Zalo's refresh token is single-use.
   */
  withRefreshLock<T>(fn: () => Promise<T>): Promise<T | null>;
  load(): Promise<TokenPair | null>;
  /** Saves both tokens in one transaction: a new access token without its refresh token is worthless. */
  save(pair: TokenPair): Promise<void>;
  /** Shows staff an alert in the inbox and the admin page (e.g. "reconnect Zalo"). */
  raiseAlert(reason: string): Promise<void>;
};

export type RefreshOutcome =
  | { status: 'fresh'; accessTokenExpiresAt: Date }
  | { status: 'refreshed'; accessTokenExpiresAt: Date }
  | { status: 'locked' }
  | { status: 'missing' }
  | { status: 'failed'; reason: string; alerted: boolean };

const HOUR = 60 * 60 * 1000;

/** The access token lives about 25 h; refreshing once fewer than 13 h remain means about every 12 h. */
export const DEFAULT_REFRESH_BEFORE_MS = 13 * HOUR;
/** A refresh that keeps failing for network reasons alerts staff once the access token is this close to expiry. */
const ALERT_TRANSIENT_WITHIN_MS = 2 * HOUR;

/**
 * Refreshes the OA's token pair when it is due, under the cross-instance lock. The pair is read again
 * inside the lock (another instance may have just refreshed) and the new pair is saved at once. Any
 * answer from Zalo that is not a token pair raises "reconnect Zalo" and leaves the stored tokens as they
 * were; a network failure or 5xx only alerts when the access token is about to expire.
 */
export async function refreshIfDue(
  store: ZaloTokenStore,
  client: Pick<ZaloClient, 'refresh'>,
  now: Date,
  { refreshBeforeMs = DEFAULT_REFRESH_BEFORE_MS }: { refreshBeforeMs?: number } = {},
): Promise<RefreshOutcome> {
  const isDue = (pair: TokenPair) => pair.accessTokenExpiresAt.getTime() - now.getTime() <= refreshBeforeMs;

  const before = await store.load();
  if (!before) return { status: 'missing' };
  if (!isDue(before)) return { status: 'fresh', accessTokenExpiresAt: before.accessTokenExpiresAt };

  const outcome = await store.withRefreshLock(async (): Promise<RefreshOutcome> => {
    const pair = await store.load();
    if (!pair) return { status: 'missing' };
    if (!isDue(pair)) return { status: 'fresh', accessTokenExpiresAt: pair.accessTokenExpiresAt };

    let tokens: ZaloTokens;
    try {
      tokens = await client.refresh(pair.refreshToken);
    } catch (error) {
      const reason = describe(error);
      const transient =
        error instanceof ZaloApiError &&
        (error.kind === 'network' || (error.kind === 'http' && (error.httpStatus ?? 0) >= 500));
      const urgent = pair.accessTokenExpiresAt.getTime() - now.getTime() <= ALERT_TRANSIENT_WITHIN_MS;
      if (transient && !urgent) return { status: 'failed', reason, alerted: false };
      await store.raiseAlert(`reconnect Zalo: refreshing the OA token failed (${reason})`);
      return { status: 'failed', reason, alerted: true };
    }

    const next = tokenPairFrom(tokens, now);
    try {
      await store.save(next);
    } catch (error) {
      // Zalo has already invalidated the old refresh token: only a reconnect can recover.
      const reason = `the new tokens could not be saved: ${describe(error)}`;
      await store.raiseAlert(`reconnect Zalo: ${reason}`);
      return { status: 'failed', reason, alerted: true };
    }
    return { status: 'refreshed', accessTokenExpiresAt: next.accessTokenExpiresAt };
  });
  return outcome ?? { status: 'locked' };
}

/** The pair to store after a code exchange or a refresh answered at `now`. */
export function tokenPairFrom(tokens: ZaloTokens, now: Date): TokenPair {
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    accessTokenExpiresAt: new Date(now.getTime() + tokens.expiresInSeconds * 1000),
  };
}

function describe(error: unknown): string {
  if (error instanceof ZaloApiError) return error.code === null ? error.message : `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
