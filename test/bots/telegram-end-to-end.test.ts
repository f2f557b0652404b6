import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramBot, createTelegramSender } from '../../bots/telegram/index.ts';
import { guardInbound } from '../../src/guard-inbound.ts';
import { setAsideUpdate } from '../../src/rejected-updates/set-aside-update.ts';
import { createChatCore, contacts, markUnreachable, messages } from '../../src/conversations/index.ts';
import { createOutboxWorker } from '../../src/outbox/deliver-outbox.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { deliverAll } from '../helpers/deliver-all.ts';
import { startFakeBotApi, updateFixture, type FakeBotApi } from '../helpers/fake-bot-api.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';

const TOKEN = '123456:TEST-token-for-the-fake-bot-api';
let database: TestDatabase;
let api: FakeBotApi;
beforeAll(async () => {
  database = await createTestDatabase();
  api = await startFakeBotApi();
});
afterAll(async () => {
  await api.close();
  await database.destroy();
});

describe('Telegram end to end: update → stored once → answered → delivered through the outbox', () => {
  it('answers a real update once even when Telegram delivers it twice, and marks a blocked person unreachable', async () => {
    const { answerer, tracker } = await loadTrackerFixture();
    const db = database.db;
    const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: () => new Date() });
    const bot = createTelegramBot(TOKEN, {
      core: guardInbound({ core, setAside: (update) => setAsideUpdate(db, update, new Date()), now: () => new Date() }),
      logger: silentLogger,
      apiRoot: api.apiRoot,
      botInfo: {
        id: 1,
        is_bot: true,
        first_name: 'hoidap',
        username: 'hoidap_demo_bot',
        can_join_groups: true,
        can_read_all_group_messages: false,
        supports_inline_queries: false,
      },
    });
    const worker = createOutboxWorker({
      db,
      sender: createTelegramSender(TOKEN, { logger: silentLogger, apiRoot: api.apiRoot }),
      logger: silentLogger,
      now: () => new Date(),
      onPermanentFailure: (failure) => markUnreachable(db, tracker, failure),
    });

    const update = updateFixture('text-message');
    await bot.handleUpdate(update);
    await bot.handleUpdate(update); // redelivered
    await core.drain();
    await deliverAll(db, worker.runOnce);
    const stored = await db.select().from(messages).where(eq(messages.channel, 'telegram'));
    expect(stored.filter((message) => message.direction === 'in')).toHaveLength(1);
    const sends = api.callsTo('sendMessage');
    expect(sends.length).toBeGreaterThan(0);
    expect(String(sends[0]?.payload.chat_id)).toBe('5120034921');
    const delivered = await db.select().from(outbox).where(eq(outbox.address, '5120034921'));
    expect(delivered.every((item) => item.status === 'sent')).toBe(true);

    // The person blocks the bot: the next message fails for good and the contact is marked.
    await core.receive({
      channel: 'telegram',
      channelMessageId: 'm:5120034921:9999',
      address: '5120034921',
      sentAt: new Date(),
      content: { type: 'action', action: { type: 'help' } },
    });
    await core.drain();
    api.answerNext('sendMessage', 'blocked_by_user');
    await deliverAll(db, worker.runOnce);
    const [contact] = await db.select().from(contacts).where(eq(contacts.address, '5120034921'));
    expect(contact?.unreachableReason).toMatch(/blocked/i);

    // After a hand-off the bot keeps answering: an answerable question gets its answer, and a
    // follow-up that names no procedure is answered about the topic.
    const say = async (text: string, id: number) => {
      const message = structuredClone(update);
      if (!('message' in message) || !message.message || !('text' in message.message)) throw new Error('fixture');
      message.update_id = id;
      message.message.message_id = id;
      message.message.text = text;
      message.message.date = Math.floor(Date.now() / 1000);
      await bot.handleUpdate(message);
      await core.drain();
      await deliverAll(db, worker.runOnce);
      return api.callsTo('sendMessage').at(-1)?.payload.text;
    };
    await say('Tôi muốn khiếu nại cán bộ phường vì thái độ không đúng mực', 700001);
    expect(String(await say('thủ tục hưởng trợ cấp thất nghiệp cần giấy tờ gì', 700002))).toContain('P08');
    expect(String(await say('còn thời hạn giải quyết bao lâu?', 700003))).toContain('P08');
    await worker.stop();
  });
});
