import { createServer as createHttpServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPassword } from '../../src/inbox/check-password.ts';
import { createLogger } from '../../src/logger.ts';
import { createServer } from '../../src/server.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { csrfFrom, httpSession } from '../helpers/http-session.ts';
import { PASSWORD, startInboxApp } from '../helpers/inbox-app.ts';
import { listenOnLoopback } from '../helpers/listen.ts';
import { loadTrackerFixture } from '../helpers/tracker-fixture.ts';

let app: Awaited<ReturnType<typeof startInboxApp>>;
beforeAll(async () => {
  app = await startInboxApp();
});
afterAll(async () => {
  await app.close();
});

/** One sign-in attempt from a fresh sign-in page, as a browser would. */
async function attempt(email: string, password: string) {
  const session = httpSession(app.base);
  const page = await session.get('/inbox/login');
  return session.post('/inbox/login', { _csrf: csrfFrom(page.text), email, password });
}

describe('sign-in throttle (failures counted in the database, per account and per address)', () => {
  it('refuses after repeated wrong passwords, refuses the right one while locked, and lets it in later', async () => {
    // A patient guesser: one try a second, waiting as long as each refusal asks.
    const statuses: number[] = [];
    const waits: number[] = [];
    for (let i = 0; i < 30; i++) {
      const result = await attempt('agent@hcc.vn', `wrong password ${i}`);
      statuses.push(result.status);
      const wait = Number(/sau (\d+) giây/.exec(result.text)?.[1] ?? 1);
      if (result.status === 429) waits.push(wait);
      app.clock.set(new Date(app.clock.now().getTime() + wait * 1_000).toISOString());
    }
    expect(statuses.slice(0, 5)).toEqual([303, 303, 303, 303, 303]);
    expect(statuses.filter((status) => status === 303)).toHaveLength(10);
    expect(statuses.slice(-10)).toEqual(Array(10).fill(429));
    // Slowed down first: the waits asked for grow.
    expect(waits.slice(0, 3)).toEqual([...waits.slice(0, 3)].sort((a, b) => a - b));
    expect(Math.max(...waits)).toBeGreaterThan(1);

    const locked = await attempt('agent@hcc.vn', PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.text).toMatch(/tạm khoá|phút/);

    app.clock.set(new Date(app.clock.now().getTime() + 16 * 60_000).toISOString());
    const later = await attempt('agent@hcc.vn', PASSWORD);
    expect(later.status).toBe(303);
    expect(later.location).toBe('/inbox');
  });

  it('slows down, then refuses, one address that tries many accounts, even with a right password', async () => {
    app.clock.set(new Date(app.clock.now().getTime() + 60 * 60_000).toISOString());
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await attempt(`nobody${i}@hcc.vn`, 'guess guess guess')).status);
    expect(statuses.slice(0, 20).every((status) => status === 303)).toBe(true);
    expect(statuses.slice(20)).toContain(429);
    // The same address is refused even for a real account with the right password, for now.
    expect((await attempt('sup@hcc.vn', PASSWORD)).status).toBe(429);
  }, 120_000); // 31 sign-ins, each hashing with scrypt: slow on a busy machine
});

describe('admin forms', () => {
  it('answers 404, not 500, for a staff id that is not a UUID', async () => {
    app.clock.set(new Date(app.clock.now().getTime() + 60 * 60_000).toISOString());
    const admin = await app.signIn('admin@tinh.vn');
    const page = await admin.get('/inbox/admin');
    const result = await admin.post('/inbox/admin/staff/not-a-uuid/active', {
      _csrf: csrfFrom(page.text),
      active: '0',
    });
    expect(result.status).toBe(404);
  });

  it('refuses trivial and common passwords with the reason, and accepts a passphrase', async () => {
    const admin = await app.signIn('admin@tinh.vn');
    const csrf = csrfFrom((await admin.get('/inbox/admin')).text);
    const create = (email: string, password: string) =>
      admin.post('/inbox/admin/staff', {
        _csrf: csrf,
        email,
        name: 'Lê Văn C',
        role: 'agent',
        agency: 'so-cong-thuong',
        password,
      });
    expect((await create('c1@congthuong.vn', ' '.repeat(10))).status).toBe(400);
    const repeated = await create('c2@congthuong.vn', 'aaaaaaaaaa');
    expect(repeated.status).toBe(400);
    expect(repeated.text).toContain('repeated characters');
    expect((await create('c3@congthuong.vn', 'password123')).status).toBe(400);
    expect((await create('c4@congthuong.vn', 'c4@congthuong.vn')).status).toBe(400);
    expect((await create('c5@congthuong.vn', 'ferry lantern quietly 42')).status).toBe(303);
  });

  it('checkPassword names why a password is refused', () => {
    expect(checkPassword('short')).toMatch(/at least 10/);
    expect(checkPassword('qwertyuiop')).toMatch(/most used|keyboard|common/);
    expect(checkPassword('nguyenvana1990', ['Nguyễn Văn A', 'nguyenvana@hcc.vn'])).not.toBeNull();
    expect(checkPassword('ferry lantern quietly 42')).toBeNull();
  });
});

describe('security headers', () => {
  let server: Server;
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends helmet headers on every response, HSTS only when served over https', async () => {
    const database = await createTestDatabase();
    const { answerer } = await loadTrackerFixture();
    const logger = createLogger('silent');
    server = createHttpServer(createServer({ database, answerer, logger, https: true }));
    const base = await listenOnLoopback(server);
    for (const path of ['/healthz', '/no-such-page']) {
      const response = await fetch(`${base}${path}`);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('referrer-policy')).toBeTruthy();
    }
    const plain = createHttpServer(createServer({ database, answerer, logger }));
    const plainBase = await listenOnLoopback(plain);
    expect((await fetch(`${plainBase}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    await new Promise((resolve) => plain.close(resolve));
    await database.destroy();
  });
});
