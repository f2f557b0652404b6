import { createServer as createHttpServer, type Server } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledge, type Answerer } from '../../src/kb/index.ts';
import { recordContentVersion } from '../../src/kb-store/record-content-version.ts';
import { contentVersions } from '../../src/kb-store/kb-store-tables.ts';
import { createLogger } from '../../src/logger.ts';
import { createServer } from '../../src/server.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { listenOnLoopback } from '../helpers/listen.ts';

let database: TestDatabase;
let answerer: Answerer;
let server: Server;
let base: string;

beforeAll(async () => {
  database = await createTestDatabase();
  answerer = await openKnowledge('content', { baseUrl: 'http://localhost:3000' });
  server = createHttpServer(createServer({ database, answerer, logger: createLogger('silent') }));
  base = await listenOnLoopback(server);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.destroy();
});

describe(`database (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('has the migrations applied', async () => {
    const rows = await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(JSON.stringify(rows)).toMatch(/"n":[1-9]/);
  });

  it('records a content version once, however often it is loaded', async () => {
    await recordContentVersion(database.db, answerer.kb);
    await recordContentVersion(database.db, answerer.kb);
    const rows = await database.db.select().from(contentVersions);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.hash).toBe(answerer.kb.hash);
    expect(rows[0]?.procedures).toBe(46);
  });
});

describe('http', () => {
  it('GET /healthz reports the database and the index', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', database: { ok: true }, index: { ok: true, procedures: 46 } });
  });

  it('POST /api/ask answers, and rejects a malformed body with a clear error', async () => {
    const ask = (body: string) =>
      fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const answer = await (await ask(JSON.stringify({ question: 'xin cấp giấy phép bán lẻ rượu ở đâu' }))).json();
    expect(answer).toMatchObject({ decision: 'answer', ref: 'P16' });
    const empty = await ask(JSON.stringify({ question: '  ' }));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: 'invalid_request', problems: ['question: expected a question'] });
    expect((await ask('{not json')).status).toBe(400);
  });

  it('serves the site icon at /favicon.ico (an ICO of PNG images) and /favicon.svg', async () => {
    const ico = await fetch(`${base}/favicon.ico`);
    expect(ico.status).toBe(200);
    expect(ico.headers.get('content-type')).toBe('image/x-icon');
    const bytes = Buffer.from(await ico.arrayBuffer());
    // ICONDIR: reserved 0, type 1 (icon), three images; the first image is a PNG.
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4)]).toEqual([0, 1, 3]);
    const first = bytes.readUInt32LE(6 + 12);
    expect(bytes.subarray(first, first + 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    const svg = await fetch(`${base}/favicon.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });
});

describe('healthz when the database is down', () => {
  it('answers 503', async () => {
    const broken = await createTestDatabase();
    const app = createServer({
      database: { ...broken, ping: async () => false },
      answerer,
      logger: createLogger('silent'),
    });
    const other = createHttpServer(app);
    const response = await fetch(`${await listenOnLoopback(other)}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'degraded', database: { ok: false } });
    await new Promise((resolve) => other.close(resolve));
    await broken.destroy();
  });
});

describe('GET /healthz under load and outage', () => {
  it('answers within a second while the database is busy, and 503 once it is gone', async () => {
    const own = await createTestDatabase();
    const app = createHttpServer(createServer({ database: own, answerer, logger: createLogger('silent') }));
    const url = `${await listenOnLoopback(app)}/healthz`;
    // Every pooled connection (PostgreSQL: 10) — or PGlite's only one — busy for 2 s.
    const busy = Array.from({ length: own.kind === 'postgres' ? 12 : 1 }, () =>
      own.db.execute(sql`select pg_sleep(2)`).catch(() => null),
    );
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the queries reach the database
    const started = Date.now();
    const response = await fetch(url);
    expect(Date.now() - started).toBeLessThan(1000);
    // PostgreSQL: its own connection answers (200). PGlite has one connection: 200 or 503, but in time.
    if (own.kind === 'postgres') expect(response.status).toBe(200);
    await Promise.all(busy);
    await own.close();
    const down = Date.now();
    const outage = await fetch(url);
    expect(outage.status).toBe(503);
    expect(Date.now() - down).toBeLessThan(1000);
    await new Promise((resolve) => app.close(resolve));
    await own.destroy().catch(() => undefined);
  });
});
