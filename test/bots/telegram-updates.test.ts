import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelGate, InboundMessage, RejectedUpdate } from '../../src/channels.ts';
import { createTelegramBot } from '../../bots/telegram/index.ts';
import { botInfoFixture, startFakeBotApi, toUpdate, updateFixture, type FakeBotApi } from '../helpers/fake-bot-api.ts';

const tappedAt = new Date('2025-11-23T08:41:02Z');
const lan = { id: 5120034921, is_bot: false, first_name: 'Lan', language_code: 'vi' };
const lanChat = { id: 5120034921, first_name: 'Lan', type: 'private' };
const group = { id: -1001873345123, title: 'Hội doanh nghiệp', type: 'supergroup' };

let api: FakeBotApi;
let received: InboundMessage[];
let failNext: Error | undefined;

const setAside: RejectedUpdate[] = [];
const core: ChannelGate = {
  async setAside(update) {
    setAside.push(update);
  },
  async receive(message) {
    if (failNext) {
      const error = failNext;
      failNext = undefined;
      throw error;
    }
    const duplicate = received.some((earlier) => earlier.channelMessageId === message.channelMessageId);
    received.push(message);
    return { duplicate };
  },
};

function newBot() {
  return createTelegramBot('123:TEST', {
    core,
    logger: pino({ level: 'silent' }),
    apiRoot: api.apiRoot,
    botInfo: botInfoFixture,
    now: () => tappedAt,
  });
}

function privateMessage(fields: Record<string, unknown>, updateId = 900) {
  return toUpdate({
    update_id: updateId,
    message: { message_id: updateId, from: lan, chat: lanChat, date: 1763887200, ...fields },
  });
}

function command(text: string, chat: object = lanChat) {
  const length = text.split(' ')[0]?.length ?? 0;
  return toUpdate({
    update_id: 901,
    message: {
      message_id: 901,
      from: lan,
      chat,
      date: 1763887200,
      text,
      entities: [{ offset: 0, length, type: 'bot_command' }],
    },
  });
}

async function receivedFrom(...updates: unknown[]): Promise<InboundMessage[]> {
  const bot = newBot();
  for (const update of updates) await bot.handleUpdate(toUpdate(update));
  return received;
}

beforeAll(async () => {
  api = await startFakeBotApi();
});
afterAll(() => api.close());
beforeEach(() => {
  received = [];
  failNext = undefined;
  api.calls.length = 0;
});

describe('fixtures replayed through handleUpdate', () => {
  it('text message → text, with address, name, language and date', async () => {
    expect(await receivedFrom(updateFixture('text-message'))).toEqual([
      {
        channel: 'telegram',
        channelMessageId: 'm:5120034921:1204',
        address: '5120034921',
        displayName: 'Lan Nguyễn',
        languageHint: 'vi',
        sentAt: new Date(1763887200 * 1000),
        content: { type: 'text', text: 'xin giấy phép bán lẻ rượu cần hồ sơ gì' },
      },
    ]);
  });

  it('deep link /start P16 → start action with the payload', async () => {
    const [message] = await receivedFrom(updateFixture('start-deep-link'));
    expect(message?.channelMessageId).toBe('m:5120034921:1205');
    expect(message?.content).toEqual({ type: 'action', action: { type: 'start', payload: 'P16' } });
  });

  it('callback query → action, and the query is answered on the Bot API', async () => {
    const [message] = await receivedFrom(updateFixture('callback-query'));
    expect(message).toMatchObject({
      channelMessageId: 'cb:4382bfdwdsb323b2d9',
      address: '5120034921',
      languageHint: 'vi',
      sentAt: tappedAt,
    });
    // The fixture's `fb:down:123` is the format of keyboards already sent; still understood.
    expect(message?.content).toEqual({ type: 'action', action: { type: 'feedback', helpful: false } });
    expect(api.callsTo('answerCallbackQuery').map((call) => call.payload)).toEqual([
      { callback_query_id: '4382bfdwdsb323b2d9' },
    ]);
  });

  it('photo → attachment with the caption and the largest size as reference', async () => {
    const [message] = await receivedFrom(updateFixture('photo-message'));
    expect(message?.channelMessageId).toBe('m:5120034921:1207');
    expect(message?.content).toEqual({
      type: 'attachment',
      kind: 'photo',
      caption: 'giấy tờ bị trả lại, cán bộ xem giúp',
      reference: 'AgACAgUAAxkBAAIBVmVx_big',
    });
  });

  it('group message mentioning the bot → the text without the mention, addressed to the group', async () => {
    const [message] = await receivedFrom(updateFixture('group-message'));
    expect(message).toMatchObject({
      channelMessageId: 'm:-1001873345123:88',
      address: '-1001873345123',
      displayName: 'Minh',
      languageHint: 'en',
    });
    expect(message?.content).toEqual({ type: 'text', text: 'work permit renewal documents?' });
  });

  it('edited message → a new text with an id of its own (decision: edits are corrections)', async () => {
    const messages = await receivedFrom(updateFixture('text-message'), updateFixture('edited-message'));
    expect(messages.map((message) => message.channelMessageId)).toEqual([
      'm:5120034921:1204',
      'e:5120034921:1204:1763887290',
    ]);
    expect(messages[1]?.content).toEqual({ type: 'text', text: 'xin giấy phép bán lẻ rượu cần những hồ sơ gì' });
    expect(messages[1]?.sentAt).toEqual(new Date(1763887290 * 1000));
  });

  it('the person blocking the bot (my_chat_member) → nothing for the core, no error', async () => {
    expect(await receivedFrom(updateFixture('blocked-by-user'))).toEqual([]);
  });

  it('every fixture delivered twice → the same channelMessageId twice', async () => {
    const names = [
      'text-message',
      'start-deep-link',
      'callback-query',
      'photo-message',
      'group-message',
      'edited-message',
    ];
    const messages = await receivedFrom(...names.flatMap((name) => [updateFixture(name), updateFixture(name)]));
    expect(messages).toHaveLength(names.length * 2);
    for (let index = 0; index < messages.length; index += 2) {
      expect(messages[index + 1]?.channelMessageId).toBe(messages[index]?.channelMessageId);
    }
    expect(new Set(messages.map((message) => message.channelMessageId)).size).toBe(names.length);
  });
});

describe('group chats', () => {
  const groupText = (fields: Record<string, unknown>) =>
    toUpdate({
      update_id: 950,
      message: { message_id: 89, from: { ...lan, id: 6022113344 }, chat: group, date: 1763887400, ...fields },
    });

  it('a message not addressed to the bot → nothing', async () => {
    expect(await receivedFrom(groupText({ text: 'work permit renewal documents?' }))).toEqual([]);
  });

  it('a reply to the bot without a mention → the text', async () => {
    const reply = groupText({
      text: 'còn lệ phí?',
      reply_to_message: { message_id: 80, from: botInfoFixture, chat: group, date: 1763887300, text: '...' },
    });
    expect((await receivedFrom(reply))[0]?.content).toEqual({ type: 'text', text: 'còn lệ phí?' });
  });

  it('a mention in the middle of the text is taken out', async () => {
    const update = groupText({
      text: 'hỏi @HoiDap_Demo_Bot: lệ phí bao nhiêu',
      entities: [{ offset: 4, length: 16, type: 'mention' }],
    });
    expect((await receivedFrom(update))[0]?.content).toEqual({ type: 'text', text: 'hỏi lệ phí bao nhiêu' });
  });

  it('a mention of another account only → nothing', async () => {
    expect(
      await receivedFrom(
        groupText({ text: '@someone_else hi', entities: [{ offset: 0, length: 13, type: 'mention' }] }),
      ),
    ).toEqual([]);
  });

  it('/help@bot → help; /help@otherbot and a bare /help → nothing', async () => {
    const messages = await receivedFrom(
      command('/help@hoidap_demo_bot', group),
      command('/help@other_bot', group),
      command('/help', group),
    );
    expect(messages.map((message) => message.content)).toEqual([{ type: 'action', action: { type: 'help' } }]);
  });

  it('a photo captioned with the mention → attachment with the caption without it', async () => {
    const update = groupText({
      photo: [{ file_id: 'g1', file_unique_id: 'u1', width: 1, height: 1 }],
      caption: '@hoidap_demo_bot xem giúp',
      caption_entities: [{ offset: 0, length: 16, type: 'mention' }],
    });
    expect((await receivedFrom(update))[0]?.content).toEqual({
      type: 'attachment',
      kind: 'photo',
      caption: 'xem giúp',
      reference: 'g1',
    });
  });
});

describe('commands and phrases', () => {
  const cases: [string, unknown][] = [
    ['/start', { type: 'start' }],
    ['/help', { type: 'help' }],
    ['/trogiup', { type: 'help' }],
    ['/language', { type: 'language' }],
    ['/lang en', { type: 'language', language: 'en' }],
    ['/lang vi', { type: 'language', language: 'vi' }],
    ['/lang fr', { type: 'language' }],
    ['/person', { type: 'person' }],
    ['/nguoi', { type: 'person' }],
    ['/cases', { type: 'my_cases' }],
    ['/hoso', { type: 'my_cases' }],
    ['/unknown', { type: 'help' }],
  ];
  it.each(cases)('%s → %j', async (text, action) => {
    expect((await receivedFrom(command(text)))[0]?.content).toEqual({ type: 'action', action });
  });

  it.each(['talk to a person', 'Talk to a person!', 'Gặp cán bộ', 'gap can bo.'])('"%s" → person', async (text) => {
    expect((await receivedFrom(privateMessage({ text })))[0]?.content).toEqual({
      type: 'action',
      action: { type: 'person' },
    });
  });

  it('a question that only contains the phrase stays a question', async () => {
    const text = 'gặp cán bộ ở đâu để nộp hồ sơ';
    expect((await receivedFrom(privateMessage({ text })))[0]?.content).toEqual({ type: 'text', text });
  });
});

describe('attachments', () => {
  const file = { file_id: 'F1', file_unique_id: 'U1' };
  const cases: [string, Record<string, unknown>, unknown][] = [
    [
      'document',
      { document: file, caption: 'đơn' },
      { type: 'attachment', kind: 'file', caption: 'đơn', reference: 'F1' },
    ],
    ['voice', { voice: { ...file, duration: 3 } }, { type: 'attachment', kind: 'voice', reference: 'F1' }],
    [
      'video',
      { video: { ...file, width: 1, height: 1, duration: 3 } },
      { type: 'attachment', kind: 'video', reference: 'F1' },
    ],
    [
      'sticker',
      { sticker: { ...file, type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } },
      { type: 'attachment', kind: 'sticker', reference: 'F1' },
    ],
    [
      'location',
      { location: { latitude: 21.0285, longitude: 105.8542 } },
      { type: 'attachment', kind: 'location', reference: 'geo:21.0285,105.8542' },
    ],
  ];
  it.each(cases)('%s', async (_kind, fields, content) => {
    expect((await receivedFrom(privateMessage(fields)))[0]?.content).toEqual(content);
  });
});

describe('callback queries', () => {
  const tap = (data: string, id = 'q1') =>
    toUpdate({
      update_id: 960,
      callback_query: {
        id,
        from: lan,
        chat_instance: '1',
        data,
        message: { message_id: 5, chat: lanChat, date: 1763887262, text: '...' },
      },
    });

  it.each<[string, unknown]>([
    ['c:P16', { type: 'choose', id: 'P16' }],
    ['f:1', { type: 'feedback', helpful: true }],
    ['r:5', { type: 'rate', score: 5 }],
    ['l:en', { type: 'language', language: 'en' }],
    ['p', { type: 'person' }],
  ])('%s → %j', async (data, action) => {
    expect((await receivedFrom(tap(data)))[0]?.content).toEqual({ type: 'action', action });
  });

  it('unknown data → answered, nothing for the core', async () => {
    expect(await receivedFrom(tap('zz:9'))).toEqual([]);
    expect(api.callsTo('answerCallbackQuery')).toHaveLength(1);
  });

  it('answering fails (query too old) → the tap still reaches the core', async () => {
    api.answerNext('answerCallbackQuery', {
      status: 400,
      body: {
        ok: false,
        error_code: 400,
        description: 'Bad Request: query is too old and response timeout expired or query ID is invalid',
      },
    });
    expect((await receivedFrom(tap('r:3')))[0]?.content).toEqual({
      type: 'action',
      action: { type: 'rate', score: 3 },
    });
  });
});

it('a core failure makes handleUpdate reject, so the webhook can answer 500', async () => {
  failNext = new Error('database down');
  await expect(newBot().handleUpdate(updateFixture('text-message'))).rejects.toThrow('database down');
});
