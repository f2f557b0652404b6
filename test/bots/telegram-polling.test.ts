import { pino } from 'pino';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { ChannelGate, InboundMessage, RejectedUpdate } from '../../src/channels.ts';
import { createTelegramBot, startTelegramPolling } from '../../bots/telegram/index.ts';
import { startFakeBotApi, toUpdate, updateFixture, type FakeBotApi } from '../helpers/fake-bot-api.ts';

const logger = pino({ level: 'silent' });
let api: FakeBotApi;
let received: InboundMessage[];

const setAside: RejectedUpdate[] = [];
const core: ChannelGate = {
  async setAside(update) {
    setAside.push(update);
  },
  async receive(message) {
    if (message.content.type === 'text' && message.content.text === 'boom') throw new Error('database down');
    received.push(message);
    return { duplicate: false };
  },
};

beforeEach(async () => {
  api = await startFakeBotApi();
  received = [];
});
afterEach(() => api.close());

it('starts without waiting for polling to end, receives updates, stops gracefully', async () => {
  const bot = createTelegramBot('123:TEST', { core, logger, apiRoot: api.apiRoot });
  const polling = await startTelegramPolling(bot, { logger });
  expect(bot.botInfo?.username).toBe('hoidap_demo_bot'); // from getMe
  expect(api.callsTo('deleteWebhook').length).toBeGreaterThan(0);

  api.queueUpdates(updateFixture('text-message'), updateFixture('photo-message'));
  await vi.waitFor(() => expect(received).toHaveLength(2), { timeout: 5000 });

  await polling.stop('test');
  await expect(polling.done).resolves.toBeUndefined();
  // After stopping, telegraf confirms the handled updates with the next offset.
  expect(api.callsTo('getUpdates').at(-1)?.payload).toMatchObject({ offset: 815502141, limit: 1 });
});

it('a failed update is logged and dropped; polling goes on', async () => {
  const bot = createTelegramBot('123:TEST', { core, logger, apiRoot: api.apiRoot });
  const polling = await startTelegramPolling(bot, { logger });
  api.queueUpdates(
    toUpdate({
      update_id: 1,
      message: { message_id: 1, date: 1, chat: { id: 9, type: 'private', first_name: 'A' }, text: 'boom' },
    }),
  );
  // The next long poll after the failed update: polling did not end with it.
  await vi.waitFor(
    () =>
      expect(api.callsTo('getUpdates').some((call) => call.payload.offset === 2 && call.payload.timeout === 50)).toBe(
        true,
      ),
    { timeout: 5000 },
  );
  api.queueUpdates(updateFixture('text-message'));
  await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 5000 });
  await polling.stop();
  await expect(polling.done).resolves.toBeUndefined();
});

it('stop right after start waits for polling to begin, then stops', async () => {
  const bot = createTelegramBot('123:TEST', { core, logger, apiRoot: api.apiRoot });
  const polling = await startTelegramPolling(bot, { logger });
  await polling.stop();
  await expect(polling.done).resolves.toBeUndefined();
});

it('a wrong token fails start-up', async () => {
  api.answerNext('getMe', { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
  const bot = createTelegramBot('123:WRONG', { core, logger, apiRoot: api.apiRoot });
  await expect(startTelegramPolling(bot, { logger })).rejects.toThrow(/Unauthorized/);
});
