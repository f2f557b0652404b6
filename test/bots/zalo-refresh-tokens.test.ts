import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createZaloClient,
  DEFAULT_REFRESH_BEFORE_MS,
  refreshIfDue,
  type TokenPair,
  type ZaloClient,
  type ZaloTokenStore,
} from '../../bots/zalo/index.ts';
import { startFakeZaloServer, zaloFixture, type FakeZaloServer } from '../helpers/fake-zalo-server.ts';

const HOUR = 3600_000;
const now = new Date('2026-11-25T08:00:00Z');

/** An in-memory store with the same contract as the database one: one lock, saves, alerts. */
function memoryStore(initial: TokenPair | null, { lockedElsewhere = false, failSave = false } = {}) {
  let pair = initial;
  let held = lockedElsewhere;
  const alerts: string[] = [];
  const saves: TokenPair[] = [];
  const store: ZaloTokenStore = {
    async withRefreshLock(fn) {
      if (held) return null;
      held = true;
      try {
        return await fn();
      } finally {
        held = false;
      }
    },
    load: async () => pair,
    async save(next) {
      if (failSave) throw new Error('database down');
      saves.push(next);
      pair = next;
    },
    async raiseAlert(reason) {
      alerts.push(reason);
    },
  };
  return { store, alerts, saves, current: () => pair };
}

const expiringIn = (ms: number): TokenPair => ({
  accessToken: 'old-access',
  refreshToken: 'old-refresh',
  accessTokenExpiresAt: new Date(now.getTime() + ms),
});

let fake: FakeZaloServer;
let client: ZaloClient;

beforeAll(async () => {
  fake = await startFakeZaloServer();
  client = createZaloClient({
    appId: 'app',
    appSecret: 'secret',
    apiBase: fake.url,
    oauthBase: fake.url,
    timeoutMs: 5_000, // generous: a busy machine must not turn a slow answer into a failure here
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

describe('refreshIfDue', () => {
  it('refreshes a token that is due and saves the new pair with its expiry', async () => {
    const memory = memoryStore(expiringIn(12 * HOUR));
    expect(await refreshIfDue(memory.store, client, now)).toEqual({
      status: 'refreshed',
      accessTokenExpiresAt: new Date(now.getTime() + 90_000_000),
    });
    expect(memory.current()).toEqual({
      accessToken: 'new-access-token',
      refreshToken: 'new-refresh-token',
      accessTokenExpiresAt: new Date(now.getTime() + 90_000_000),
    });
    expect(new URLSearchParams(fake.requests[0]?.body).get('refresh_token')).toBe('old-refresh');
    expect(memory.alerts).toEqual([]);
  });

  it('leaves a fresh token alone (about every 12 h for a 25 h token)', async () => {
    expect(DEFAULT_REFRESH_BEFORE_MS).toBe(13 * HOUR);
    const memory = memoryStore(expiringIn(20 * HOUR));
    expect(await refreshIfDue(memory.store, client, now)).toMatchObject({ status: 'fresh' });
    expect(fake.requests).toHaveLength(0);
    expect(memory.saves).toHaveLength(0);
  });

  it('honours refreshBeforeMs', async () => {
    const memory = memoryStore(expiringIn(20 * HOUR));
    expect(await refreshIfDue(memory.store, client, now, { refreshBeforeMs: 21 * HOUR })).toMatchObject({
      status: 'refreshed',
    });
  });

  it('an OAuth error (HTTP 200) raises "reconnect Zalo" and keeps the stored tokens', async () => {
    fake.reply('/v4/oa/access_token', { json: zaloFixture('oauth_error_with_http_200') });
    const before = expiringIn(HOUR);
    const memory = memoryStore(before);
    const outcome = await refreshIfDue(memory.store, client, now);
    expect(outcome).toMatchObject({ status: 'failed', alerted: true });
    expect(memory.alerts).toHaveLength(1);
    expect(memory.alerts[0]).toMatch(/^reconnect Zalo/);
    expect(memory.alerts[0]).toContain('-14014');
    expect(memory.saves).toHaveLength(0);
    expect(memory.current()).toBe(before);
  });

  it('a network failure well before expiry is retried later without an alert; close to expiry it alerts', async () => {
    fake.reply('/v4/oa/access_token', { drop: true }, { status: 502, text: 'Bad Gateway' });
    const early = memoryStore(expiringIn(10 * HOUR));
    expect(await refreshIfDue(early.store, client, now)).toMatchObject({ status: 'failed', alerted: false });
    const late = memoryStore(expiringIn(HOUR));
    expect(await refreshIfDue(late.store, client, now)).toMatchObject({ status: 'failed', alerted: true });
    expect(early.saves.length + late.saves.length).toBe(0);
  });

  it('does nothing while another instance holds the lock', async () => {
    const memory = memoryStore(expiringIn(HOUR), { lockedElsewhere: true });
    expect(await refreshIfDue(memory.store, client, now)).toEqual({ status: 'locked' });
    expect(fake.requests).toHaveLength(0);
  });

  it('two refreshers at once: one refreshes, the other does not spend the single-use token', async () => {
    const memory = memoryStore(expiringIn(HOUR));
    fake.reply('/v4/oa/access_token', { json: zaloFixture('oauth_refresh_ok'), delayMs: 50 });
    const outcomes = await Promise.all([
      refreshIfDue(memory.store, client, now),
      refreshIfDue(memory.store, client, now),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['locked', 'refreshed']);
    expect(fake.requests).toHaveLength(1);
  });

  it('re-reads inside the lock: a pair refreshed meanwhile is not refreshed again', async () => {
    const memory = memoryStore(expiringIn(HOUR));
    const racing: ZaloTokenStore = {
      ...memory.store,
      withRefreshLock: async (fn) => {
        await memory.store.save(expiringIn(25 * HOUR));
        return memory.store.withRefreshLock(fn);
      },
    };
    expect(await refreshIfDue(racing, client, now)).toMatchObject({ status: 'fresh' });
    expect(fake.requests).toHaveLength(0);
  });

  it('no stored tokens → missing, nothing called', async () => {
    expect(await refreshIfDue(memoryStore(null).store, client, now)).toEqual({ status: 'missing' });
    expect(fake.requests).toHaveLength(0);
  });

  it('new tokens that cannot be saved raise "reconnect Zalo"', async () => {
    const memory = memoryStore(expiringIn(HOUR), { failSave: true });
    expect(await refreshIfDue(memory.store, client, now)).toMatchObject({ status: 'failed', alerted: true });
    expect(memory.alerts[0]).toContain('could not be saved');
  });
});
