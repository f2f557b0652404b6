import { createServer, type Server } from 'node:http';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelGate, InboundMessage, RejectedUpdate } from '../../src/channels.ts';
import { createTelegramBot, createTelegramWebhook } from '../../bots/telegram/index.ts';
import { startFakeBotApi, updateFixture, type FakeBotApi } from '../helpers/fake-bot-api.ts';
import { listenOnLoopback } from '../helpers/listen.ts';

const secretToken = 'webhook_Secret-123';
const logger = pino({ level: 'silent' });
let api: FakeBotApi;
let server: Server;
let url: string;
let received: InboundMessage[];
let coreFails: boolean;

const setAside: RejectedUpdate[] = [];
const core: ChannelGate = {
  async setAside(update) {
    setAside.push(update);
  },
  async receive(message) {
    if (coreFails) throw new Error('database down');
    received.push(message);
    return { duplicate: false };
  },
};

beforeAll(async () => {
  api = await startFakeBotApi();
  const bot = createTelegramBot('123:TEST', {
    core,
    logger,
    apiRoot: api.apiRoot,
    botInfo: {
      id: 7000000001,
      is_bot: true,
      first_name: 'Hỏi đáp TTHC',
      username: 'hoidap_demo_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    },
  });
  const app = express();
  app.use(createTelegramWebhook({ bot, secretToken, logger }));
  server = createServer(app);
  url = `${await listenOnLoopback(server)}/webhooks/telegram`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await api.close();
});
beforeEach(() => {
  received = [];
  coreFails = false;
});

function post(body: string, secret?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret !== undefined) headers['x-telegram-bot-api-secret-token'] = secret;
  return fetch(url, { method: 'POST', headers, body });
}
const textUpdate = JSON.stringify(updateFixture('text-message'));

describe('POST /webhooks/telegram', () => {
  it('right secret → 200 and the core gets the message', async () => {
    const response = await post(textUpdate, secretToken);
    expect(response.status).toBe(200);
    expect(received.map((message) => message.channelMessageId)).toEqual(['m:5120034921:1204']);
  });

  it.each([
    ['wrong', 'webhook_Secret-124'],
    ['missing', undefined],
    ['a prefix of the right', 'webhook_Secret'],
  ])('%s secret → 401, nothing passed on', async (_name, secret) => {
    expect((await post(textUpdate, secret)).status).toBe(401);
    expect(received).toEqual([]);
  });

  it('wrong secret with a malformed body → still 401', async () => {
    expect((await post('{not json', 'nope')).status).toBe(401);
  });

  it('malformed JSON → 400', async () => {
    expect((await post('{"update_id": 1,', secretToken)).status).toBe(400);
    expect(received).toEqual([]);
  });

  it('JSON that is not an update → 400', async () => {
    expect((await post('{"message": {}}', secretToken)).status).toBe(400);
    expect((await post('[1, 2]', secretToken)).status).toBe(400);
  });

  it('the core throws → 500 so Telegram redelivers; the redelivery → 200', async () => {
    coreFails = true;
    expect((await post(textUpdate, secretToken)).status).toBe(500);
    coreFails = false;
    expect((await post(textUpdate, secretToken)).status).toBe(200);
    expect(received).toHaveLength(1);
  });

  it('an update no feature takes → 200 (acknowledged, not resent)', async () => {
    expect((await post(JSON.stringify(updateFixture('blocked-by-user')), secretToken)).status).toBe(200);
    expect(received).toEqual([]);
  });

  it('a callback query is answered over the Bot API, not in the webhook reply', async () => {
    const response = await post(JSON.stringify(updateFixture('callback-query')), secretToken);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(api.callsTo('answerCallbackQuery')).toHaveLength(1);
  });
});

it('refuses a secret Telegram would not accept', () => {
  expect(() =>
    createTelegramWebhook({ bot: { handleUpdate: async () => {} }, secretToken: 'has spaces', logger }),
  ).toThrow(/secret token/);
});
