import { createHash } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramBot, createTelegramWebhook } from '../../bots/telegram/index.ts';
import { createWebChat } from '../../bots/web/index.ts';
import { createZaloWebhook } from '../../bots/zalo/index.ts';
import { contacts, createChatCore, messages, registerRequest } from '../../src/conversations/index.ts';
import { guardInbound } from '../../src/guard-inbound.ts';
import { createLogger } from '../../src/logger.ts';
import { listWebMessages } from '../../src/outbox/list-web-messages.ts';
import { createDatabaseLimitStore } from '../../src/rate-limits/database-limit-store.ts';
import { createPublicPages } from '../../src/public/create-public-pages.ts';
import { publicQuestion } from '../../src/public-data.ts';
import { rejectedUpdates } from '../../src/rejected-updates/rejected-update-tables.ts';
import { setAsideUpdate } from '../../src/rejected-updates/set-aside-update.ts';
import { requests } from '../../src/tracker/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { botInfoFixture } from '../helpers/fake-bot-api.ts';
import { csrfFrom, httpSession } from '../helpers/http-session.ts';
import { startInboxApp } from '../helpers/inbox-app.ts';
import { listenOnLoopback } from '../helpers/listen.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';

// Text PostgreSQL refuses (U+0000, a lone surrogate) and updates of the wrong shape, through every
// channel and form of the app wired as src/main.ts wires it, on the real database.
const NUL = '\u0000';
const LONE = '\uD800';
const SECRET = 'hostile-input-webhook-secret';
const APP_ID = '2553928453557884079';
const OA_KEY = 'hostile-input-oa-secret';
const NOW = new Date('2026-11-25T02:00:00Z');

let database: TestDatabase;
let server: Server;
let base = '';
const logLines: string[] = [];
const logger = createLogger(
  'debug',
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.db;
  const { answerer, tracker } = await loadTrackerFixture();
  const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: () => NOW });
  const gate = guardInbound({ core, setAside: (update) => setAsideUpdate(db, update, NOW), now: () => NOW });
  const bot = createTelegramBot('123:TEST', { core: gate, logger, botInfo: botInfoFixture });
  const app = express();
  server = createHttpServer(app);
  base = await listenOnLoopback(server);
  app.use(createTelegramWebhook({ bot, secretToken: SECRET, logger }));
  app.use(createZaloWebhook({ appId: APP_ID, oaSecretKey: OA_KEY, core: gate, logger, now: () => NOW }));
  app.use(
    createWebChat({
      core: gate,
      listMessages: (a, after) => listWebMessages(db, a, after, 100),
      baseUrl: base,
      logger,
      now: () => NOW,
      limitStore: (name) => createDatabaseLimitStore(db, name, () => NOW),
    }),
  );
  const agencies = new Map(answerer.kb.agencies.map((agency) => [agency.id, agency.name]));
  app.use(
    createPublicPages({
      answerer,
      baseUrl: base,
      publishedAnswers: async () => [],
      monthlyFigures: async () => [],
      limitStore: (name) => createDatabaseLimitStore(db, name, () => NOW),
      firstMonth: async () => null,
      fileQuestion: async (input) => {
        const request = await registerRequest(
          db,
          tracker,
          publicQuestion(input, 'trung-tam-phuc-vu-hcc', agencies),
          NOW,
        );
        return { caseNumber: request.caseNumber, deadline: request.dueAt ?? NOW };
      },
      chatLinks: {},
      logger,
      now: () => NOW,
    }),
  );
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.destroy();
});

const telegram = (body: string) =>
  fetch(`${base}/webhooks/telegram`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body,
  });
const zalo = (body: string) => {
  const timestamp = /"timestamp":"?(\d+)/.exec(body)?.[1] ?? '';
  const mac = createHash('sha256').update(APP_ID).update(body).update(timestamp).update(OA_KEY).digest('hex');
  return fetch(`${base}/webhooks/zalo`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zevent-signature': `mac=${mac}` },
    body,
  });
};
const telegramMessage = (id: number, message: Record<string, unknown>) =>
  JSON.stringify({
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(NOW.getTime() / 1000),
      chat: { id: 4242, type: 'private' },
      ...message,
    },
  });

describe('NUL bytes and lone surrogates are cleaned at the edge of every channel and form', () => {
  it('Telegram text and name', async () => {
    const response = await telegram(
      telegramMessage(1, {
        from: { id: 4242, is_bot: false, first_name: `Lan${NUL}${LONE}` },
        text: `giấy phép${NUL} rượu ${LONE}?`,
      }),
    );
    expect(response.status).toBe(200);
    const [stored] = await database.db.select().from(messages).where(eq(messages.channelMessageId, 'm:4242:1'));
    expect(stored?.text).toBe('giấy phép rượu \uFFFD?');
    const [contact] = await database.db.select().from(contacts).where(eq(contacts.address, '4242'));
    expect(contact?.displayName).toBe('Lan\uFFFD');
  });

  it('a signed Zalo event', async () => {
    const body = `{"event_name":"user_send_text","app_id":"${APP_ID}","sender":{"id":"8800000000000000001"},"message":{"text":"xin ch\\u0000ào \\ud800","msg_id":"zmsg-nul"},"timestamp":"${NOW.getTime()}"}`;
    expect((await zalo(body)).status).toBe(200);
    const [stored] = await database.db.select().from(messages).where(eq(messages.channelMessageId, 'zmsg-nul'));
    expect(stored?.text).toBe('xin chào \uFFFD');
  });

  it('the web chat', async () => {
    const response = await fetch(`${base}/chat/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ clientId: '0b6f3c1e-8a44-4c36-9a55-1f2e3d4c5b6a', text: `hỏi${NUL} về ${LONE}hộ tịch` }),
    });
    expect(response.status, await response.clone().text()).toBe(202);
    const [stored] = await database.db
      .select()
      .from(messages)
      .where(sql`${messages.channelMessageId} like '%0b6f3c1e%'`);
    expect(stored?.text).toBe('hỏi về \uFFFDhộ tịch');
  });

  it('the question form on /hoi-dap', async () => {
    const visitor = httpSession(base);
    const page = await visitor.get('/hoi-dap');
    const result = await visitor.post('/hoi-dap', {
      _csrf: csrfFrom(page.text),
      name: `Trần${NUL} Thị ${LONE}B`,
      contact: '0912 345 678',
      question: `Xin hỏi${NUL} thủ tục đăng ký hộ kinh doanh ${LONE} cần gì?`,
    });
    expect(result.status).toBe(303);
    const [filed] = await database.db.select().from(requests).where(eq(requests.channel, 'public_form'));
    expect(filed?.requesterName).toBe('Trần Thị \uFFFDB');
  });

  it('the inbox search', async () => {
    const inbox = await startInboxApp();
    try {
      const agent = await inbox.signIn('agent@hcc.vn');
      // %00 is a NUL; %ED%A0%80 the UTF-8 a lone surrogate would have.
      const result = await agent.get('/inbox?search=Tr%E1%BA%A7n%00%ED%A0%80&procedure=%00');
      expect(result.status).toBe(200);
    } finally {
      await inbox.close();
    }
  }, 120_000); // a whole inbox app of its own (a fresh database and the knowledge base): slow on a busy machine
});

describe('updates the app cannot use are acknowledged and kept aside with the reason', () => {
  it('Telegram: only update_id, message null, text not a string, an absurd date, no chat', async () => {
    const date = Math.floor(NOW.getTime() / 1000);
    const bodies = [
      '{"update_id":101}',
      '{"update_id":102,"message":null}',
      telegramMessage(103, { text: 42 }),
      telegramMessage(104, { date: 99_999_999_999_999, text: 'hỏi' }),
      JSON.stringify({ update_id: 105, message: { message_id: 105, date, text: 'no chat' } }),
    ];
    for (const body of bodies) expect((await telegram(body)).status).toBe(200);
    const kept = await database.db.select().from(rejectedUpdates).where(eq(rejectedUpdates.channel, 'telegram'));
    expect(kept.map((row) => row.reason)).toEqual([
      'update: nothing but update_id',
      expect.stringContaining('message:'),
      expect.stringContaining('message.text'),
      expect.stringContaining('sentAt'),
      expect.stringContaining('message.chat'),
    ]);
    expect(kept.find((row) => row.payload.includes('"update_id":103'))?.address).toBe('4242');
    const stored = await database.db
      .select()
      .from(messages)
      .where(sql`${messages.channelMessageId} like 'm:%:10_'`);
    expect(stored).toHaveLength(0);
  });

  it('Zalo: a timestamp above 2^53, and a message event of the wrong shape', async () => {
    const huge = `{"event_name":"user_send_text","app_id":"${APP_ID}","sender":{"id":"8800000000000000002"},"message":{"text":"hi","msg_id":"zmsg-huge"},"timestamp":"99999999999999999999"}`;
    expect((await zalo(huge)).status).toBe(200);
    const shapeless = `{"event_name":"user_send_text","app_id":"${APP_ID}","sender":{},"message":{"text":"hi"},"timestamp":"${NOW.getTime()}"}`;
    expect((await zalo(shapeless)).status).toBe(200);
    const kept = await database.db.select().from(rejectedUpdates).where(eq(rejectedUpdates.channel, 'zalo'));
    expect(kept.map((row) => row.reason)).toEqual([
      expect.stringContaining('sentAt'),
      expect.stringContaining('malformed'),
    ]);
  });

  it('Zalo: a correctly signed event dated long ago is refused', async () => {
    const old = `{"event_name":"user_send_text","app_id":"${APP_ID}","sender":{"id":"8800000000000000003"},"message":{"text":"replay","msg_id":"zmsg-2017"},"timestamp":"1500000000000"}`;
    expect((await zalo(old)).status).toBe(401);
    const [stored] = await database.db.select().from(messages).where(eq(messages.channelMessageId, 'zmsg-2017'));
    expect(stored).toBeUndefined();
  });

  it('a web chat post of the wrong shape is a 400 naming the field', async () => {
    const response = await fetch(`${base}/chat/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ clientId: '0b6f3c1e-8a44-4c36-9a55-1f2e3d4c5b6b', text: 42 }),
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('text');
  });
});

describe('logs carry no personal data', () => {
  it('a failed query is logged without its parameters: no message text, name or phone', async () => {
    const { tracker } = await loadTrackerFixture();
    const before = logLines.length;
    // Straight to the database, past the edge's cleaning: PostgreSQL refuses the NUL.
    const failure = await registerRequest(
      database.db,
      tracker,
      {
        channel: 'phone',
        receivedAt: NOW,
        name: `Phạm Thị Riêng${NUL}`,
        contact: '0987 654 321',
        requesterType: 'citizen',
        taxCode: null,
        agencyId: 'trung-tam-phuc-vu-hcc',
        procedureRef: null,
        question: `Nội dung bí mật về hồ sơ ly hôn${NUL}`,
        language: 'vi',
        actor: { kind: 'system' },
      },
      NOW,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(String(failure)).toContain('0987 654 321'); // the raw error does carry it…
    logger.error({ err: failure }, 'request failed');
    const written = logLines.slice(before).join('\n');
    expect(written).toContain('request failed');
    expect(written).toMatch(/Failed query|insert/i);
    for (const secret of ['0987 654 321', 'Phạm Thị Riêng', 'bí mật', 'ly hôn']) expect(written).not.toContain(secret); // …the log does not
  });
});
