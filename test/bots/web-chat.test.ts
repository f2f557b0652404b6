import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { eq } from 'drizzle-orm';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebChat, createWebSender } from '../../bots/web/index.ts';
import { createChatCore, messages, type ChatCore } from '../../src/conversations/index.ts';
import { createOutboxWorker } from '../../src/outbox/deliver-outbox.ts';
import { listWebMessages } from '../../src/outbox/list-web-messages.ts';
import { createDatabaseLimitStore } from '../../src/rate-limits/database-limit-store.ts';
import { deliverAll } from '../helpers/deliver-all.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';
import { listenOnLoopback } from '../helpers/listen.ts';

let database: TestDatabase;
let core: ChatCore;
let server: Server;
let base: string;
let deliver: () => Promise<void>;
let stopWorker: () => Promise<void>;

beforeAll(async () => {
  database = await createTestDatabase();
  const { answerer, tracker } = await loadTrackerFixture();
  const db = database.db;
  core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: () => new Date() });
  const worker = createOutboxWorker({
    db,
    sender: createWebSender(),
    logger: silentLogger,
    now: () => new Date(),
    onPermanentFailure: async () => {},
  });
  // The worker sends one message per address per run: run it until nothing is left.
  deliver = async () => {
    await core.drain();
    await deliverAll(db, worker.runOnce);
  };
  stopWorker = worker.stop;
  const app = express();
  server = createServer(app);
  base = await listenOnLoopback(server);
  const listMessages = (to: string, after: number) => listWebMessages(db, to, after, 100);
  // Each app's limits by their own names: the strict mounts below share theirs, not the first mount's.
  const limitsOf = (app: string) => (name: string) => createDatabaseLimitStore(db, `${app}:${name}`);
  app.use(createWebChat({ core, listMessages, baseUrl: base, logger: silentLogger, limitStore: limitsOf('main') }));
  // Two more mounts with a tiny limit and an https base URL, for the rate limit and the embed
  // cookie: two instances of the app on one database, which count a person's posts together.
  for (const path of ['/strict', '/strict-2']) {
    const strict = express();
    strict.use(
      createWebChat({
        core,
        listMessages,
        baseUrl: 'https://hoidap.example.vn',
        logger: silentLogger,
        postsPerMinute: 2,
        limitStore: limitsOf('strict'),
      }),
    );
    app.use(path, strict);
  }
});

afterAll(async () => {
  await stopWorker();
  await new Promise((resolve) => server.close(resolve));
  await database.destroy();
});

type Sent = { status: number; body: unknown; cookie: string | undefined; setCookie: string[] };

async function post(
  body: unknown,
  {
    cookie,
    headers = {},
    path = '/chat/api/messages',
  }: { cookie?: string; headers?: Record<string, string>; path?: string } = {},
): Promise<Sent> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const setCookie = response.headers.getSetCookie();
  return {
    status: response.status,
    body: await response.json(),
    cookie: setCookie[0]?.split(';')[0] ?? cookie,
    setCookie,
  };
}

async function delivered(cookie: string | undefined, after = 0) {
  const response = await fetch(`${base}/chat/api/messages?after=${after}`, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  const body: {
    conversation: string | null;
    messages: Array<{ id: number; kind: string; text: string; buttons: Array<{ label: string }> }>;
  } = await response.json();
  return body;
}

describe('web chat API on the real core', () => {
  it('takes a question, and the page gets the reply once the outbox delivered it', async () => {
    const sent = await post({
      clientId: randomUUID(),
      text: 'thủ tục cấp giấy phép lao động cho người nước ngoài cần những giấy tờ gì',
    });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ accepted: true, duplicate: false });
    expect(sent.cookie).toMatch(/^hoidap_chat=[A-Za-z0-9_-]{22}$/);

    expect((await delivered(sent.cookie)).messages).toEqual([]); // nothing is shown before it is sent
    await deliver();
    const { messages: shown, conversation } = await delivered(sent.cookie);
    expect(conversation).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(shown.map((message) => message.kind)).toEqual(['answer']);
    expect(shown[0]?.text).toContain('giấy phép lao động');
    expect(shown[0]?.buttons.length).toBeGreaterThan(0);
    expect((await delivered(sent.cookie, shown[0]?.id)).messages).toEqual([]);
    // Another person (no cookie) sees nothing of it.
    expect(await delivered(undefined)).toEqual({ conversation: null, messages: [], limit: 100 });
  });

  it('sets an httpOnly, SameSite=Lax cookie for a year, and keeps the same address after', async () => {
    const first = await post({ clientId: randomUUID(), action: { type: 'start' } });
    const attributes = first.setCookie[0]?.toLowerCase() ?? '';
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=lax');
    expect(attributes).toContain('path=/');
    expect(attributes).toMatch(/max-age=31536000/);
    expect(attributes).not.toContain('secure'); // plain http here; https sets Secure
    const again = await post({ clientId: randomUUID(), text: 'cảm ơn' }, { cookie: first.cookie });
    expect(again.setCookie[0]?.split(';')[0]).toBe(first.cookie);
  });

  it('stores a retried post (same clientId) once', async () => {
    const clientId = randomUUID();
    const first = await post({ clientId, action: { type: 'help' } });
    const retry = await post({ clientId, action: { type: 'help' } }, { cookie: first.cookie });
    expect(first.body).toMatchObject({ duplicate: false });
    expect(retry.status).toBe(202);
    expect(retry.body).toMatchObject({ duplicate: true });
    const address = first.cookie?.split('=')[1] ?? '';
    const stored = await database.db
      .select()
      .from(messages)
      .where(eq(messages.channelMessageId, `${address}:${clientId}`));
    expect(stored).toHaveLength(1);
    await deliver();
    expect((await delivered(first.cookie)).messages.map((message) => message.kind)).toEqual(['help']);
  });

  it('refuses bad JSON, empty text, a bad clientId, an unknown action, other content types and other origins', async () => {
    const bad = await post('{"text": "unfinished');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: 'invalid_request', problems: ['body: expected valid JSON'] });
    expect((await post({ clientId: randomUUID(), text: '   ' })).body).toEqual({
      error: 'invalid_request',
      problems: ['text: expected a message'],
    });
    expect((await post({ clientId: randomUUID(), text: 'x'.repeat(2001) })).status).toBe(400);
    expect((await post({ clientId: 'abc', text: 'hello' })).body).toMatchObject({
      problems: ['clientId: expected a UUID made by the page for this message'],
    });
    expect((await post({ clientId: randomUUID(), action: { type: 'drop_tables' } })).status).toBe(400);
    expect((await post({ clientId: randomUUID(), text: 'a', action: { type: 'help' } })).body).toMatchObject({
      problems: ['body: expected exactly one of text or action'],
    });

    const form = await post('text=hello', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    const crossSite = await post(
      { clientId: randomUUID(), text: 'hello' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.setCookie).toEqual([]);
    expect((await post({ clientId: randomUUID(), text: 'hello' }, { headers: { origin: 'null' } })).status).toBe(403);
    expect(
      (await post({ clientId: randomUUID(), text: 'hello' }, { headers: { 'sec-fetch-site': 'cross-site' } })).status,
    ).toBe(403);
    expect((await post({ clientId: randomUUID(), text: 'xin chào' }, { headers: { origin: base } })).status).toBe(202);
    expect((await fetch(`${base}/chat/api/messages?after=-1`)).status).toBe(400);
  });

  it('answers 429 politely once a person posts too often, whichever instance the posts reach', async () => {
    const origin = { origin: 'https://hoidap.example.vn' };
    const first = await post(
      { clientId: randomUUID(), text: 'một' },
      { path: '/strict/chat/api/messages', headers: origin },
    );
    expect(first.setCookie[0]).toMatch(/; Secure/);
    // The first post (no cookie yet) counted against the network address; then the person's own
    // count, kept in the database: posts to the second instance add to it.
    for (const [text, path] of [
      ['hai', '/strict-2/chat/api/messages'],
      ['ba', '/strict/chat/api/messages'],
    ] as const)
      expect(
        (await post({ clientId: randomUUID(), text }, { path, headers: origin, cookie: first.cookie })).status,
      ).toBe(202);
    const over = await post(
      { clientId: randomUUID(), text: 'three', lang: 'en' },
      { path: '/strict-2/chat/api/messages', headers: origin, cookie: first.cookie },
    );
    expect(over.status).toBe(429);
    expect(over.body).toEqual({
      error: 'rate_limited',
      message: 'You are sending quickly. Please wait a moment and try again.',
    });
  });

  it('uses a partitioned SameSite=None cookie inside the embed on https', async () => {
    const sent = await post(
      { clientId: randomUUID(), text: 'xin chào' },
      { path: '/strict/chat/api/messages', headers: { origin: 'https://hoidap.example.vn', 'x-hoidap-embed': '1' } },
    );
    expect(sent.status).toBe(202);
    expect(sent.setCookie[0]).toMatch(/^hoidap_chat_embed=[A-Za-z0-9_-]{22}; /);
    expect(sent.setCookie[0]).toMatch(/HttpOnly/);
    expect(sent.setCookie[0]).toMatch(/SameSite=None/);
    expect(sent.setCookie[0]).toMatch(/Partitioned/);
  });
});

describe('the page', () => {
  it('serves /chat in Vietnamese by default and in English with ?lang=en', async () => {
    const page = await fetch(`${base}/chat`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toMatch(/<ol id="messages"[^>]*aria-live="polite"/);
    expect(html).toContain('<label for="text">Câu hỏi của bạn</label>');
    expect(html).toContain('Gặp cán bộ');
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    const english = await (await fetch(`${base}/chat?lang=en`)).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Talk to a person');
    expect(english).toContain('href="/chat?lang=vi"');
  });

  it('passes a ?p= deep link to the script, and the start action opens that procedure', async () => {
    const html = await (await fetch(`${base}/chat?p=P16`)).text();
    expect(html).toContain('"deepLink":"P16"');
    const hostile = await (await fetch(`${base}/chat?p=${encodeURIComponent('"><script>alert(1)</script>')}`)).text();
    expect(hostile).toContain('"deepLink":null');
    expect(hostile).not.toContain('alert(1)');

    const sent = await post({ clientId: randomUUID(), action: { type: 'start', payload: 'P16' } });
    await deliver();
    const shown = (await delivered(sent.cookie)).messages;
    expect(shown.map((message) => message.kind)).toEqual(['procedure']);
    expect(shown[0]?.text).toContain('P16');
  });

  it('serves the script, the styles and the embed with the absolute chat URL', async () => {
    const widget = await fetch(`${base}/chat/widget.js`);
    expect(widget.headers.get('content-type')).toMatch(/text\/javascript/);
    const source = await widget.text();
    expect(source).toContain('textContent');
    expect(source).not.toMatch(/\.(inner|outer)HTML\s*=|insertAdjacentHTML\(|document\.write\(/);
    expect((await fetch(`${base}/chat/chat.css`)).headers.get('content-type')).toMatch(/text\/css/);
    const embed = await (await fetch(`${base}/chat/embed.js`)).text();
    expect(embed).toContain(`const chatUrl = "${base}/chat";`);
    expect(embed).toContain(`<script src="${base}/chat/embed.js" defer></script>`);
  });
});
