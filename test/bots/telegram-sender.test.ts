import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Action, Button } from '../../src/channels.ts';
import { buildInlineKeyboard } from '../../bots/telegram/build-inline-keyboard.ts';
import { createTelegramSender, decodeCallbackData, encodeCallbackData } from '../../bots/telegram/index.ts';
import { splitText } from '../../bots/telegram/split-text.ts';
import { startFakeBotApi, type FakeBotApi } from '../helpers/fake-bot-api.ts';

const logger = pino({ level: 'silent' });
const paragraph = (letter: string, length: number) => `${letter.repeat(length - 1)}.`;

describe('splitText', () => {
  it('leaves a text within the limit alone', () => {
    expect(splitText('một đoạn\n\nhai đoạn')).toEqual(['một đoạn\n\nhai đoạn']);
  });

  it('splits at 4096 keeping every paragraph whole', () => {
    const paragraphs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((letter) => paragraph(letter, 1500));
    const chunks = splitText(paragraphs.join('\n\n'));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(4096);
    expect(chunks.flatMap((chunk) => chunk.split('\n\n'))).toEqual(paragraphs);
    expect(chunks[0]).toBe(paragraphs.slice(0, 2).join('\n\n'));
  });

  it('splits a paragraph longer than the limit at lines, then at spaces', () => {
    const lines = Array.from({ length: 6 }, (_, index) => paragraph(String(index), 1000));
    const chunks = splitText(lines.join('\n'));
    expect(chunks.every((chunk) => chunk.length <= 4096)).toBe(true);
    expect(chunks.flatMap((chunk) => chunk.split('\n'))).toEqual(lines);

    const words = Array.from({ length: 1000 }, () => 'hồsơ1234');
    const wordChunks = splitText(words.join(' '));
    expect(wordChunks.every((chunk) => chunk.length <= 4096)).toBe(true);
    expect(wordChunks.flatMap((chunk) => chunk.split(' '))).toEqual(words);
  });

  it('cuts a single overlong word without breaking an emoji', () => {
    const text = 'x'.repeat(4095) + '👍' + 'y'.repeat(10);
    const chunks = splitText(text);
    expect(chunks.join('')).toBe(text);
    expect(chunks[0]).toBe('x'.repeat(4095));
    expect(chunks[1]?.startsWith('👍')).toBe(true);
  });
});

describe('buttons', () => {
  const buttons: Button[] = [
    { label: 'Đăng ký kết hôn', action: { type: 'choose', id: 'P16' } },
    { label: 'Cấp lại giấy phép lao động', action: { type: 'choose', id: 'P31' } },
    { label: '👍', action: { type: 'feedback', helpful: true } },
    { label: '👎', action: { type: 'feedback', helpful: false } },
    { label: '1', action: { type: 'rate', score: 1 } },
    { label: '2', action: { type: 'rate', score: 2 } },
    { label: '3', action: { type: 'rate', score: 3 } },
    { label: '4', action: { type: 'rate', score: 4 } },
    { label: '5', action: { type: 'rate', score: 5 } },
    { label: 'Gặp cán bộ', action: { type: 'person' } },
  ];

  it('one row per choice, 👍/👎 in one row, 1–5 in one row', () => {
    const { rows, dropped } = buildInlineKeyboard(buttons);
    expect(dropped).toEqual([]);
    expect(rows.map((row) => row.map((key) => key.text))).toEqual([
      ['Đăng ký kết hôn'],
      ['Cấp lại giấy phép lao động'],
      ['👍', '👎'],
      ['1', '2', '3', '4', '5'],
      ['Gặp cán bộ'],
    ]);
  });

  it('callback_data fits in 64 bytes and decodes back to the action', () => {
    const { rows } = buildInlineKeyboard(buttons);
    const keys = rows.flat();
    expect(keys.map((key) => key.callback_data)).toEqual([
      'c:P16',
      'c:P31',
      'f:1',
      'f:0',
      'r:1',
      'r:2',
      'r:3',
      'r:4',
      'r:5',
      'p',
    ]);
    for (const [index, key] of keys.entries()) {
      expect(Buffer.byteLength(key.callback_data)).toBeLessThanOrEqual(64);
      expect(decodeCallbackData(key.callback_data)).toEqual(buttons[index]?.action);
    }
    const others: Action[] = [
      { type: 'start' },
      { type: 'start', payload: 'P16' },
      { type: 'help' },
      { type: 'language' },
      { type: 'language', language: 'vi' },
      { type: 'my_cases' },
    ];
    for (const action of others) {
      const data = encodeCallbackData(action);
      expect(data && decodeCallbackData(data)).toEqual(action);
    }
  });

  it('a button whose data would pass 64 bytes is dropped, not sent', () => {
    const long: Button = { label: 'dài', action: { type: 'choose', id: 'thủ-tục-'.repeat(8) } };
    expect(encodeCallbackData(long.action)).toBeUndefined();
    const choice: Button = { label: 'Đăng ký kết hôn', action: { type: 'choose', id: 'P16' } };
    expect(buildInlineKeyboard([long, choice])).toMatchObject({
      rows: [[{ callback_data: 'c:P16' }]],
      dropped: [long],
    });
  });
});

describe('createTelegramSender', () => {
  let api: FakeBotApi;
  beforeAll(async () => {
    api = await startFakeBotApi();
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.calls.length = 0;
  });
  const sender = () => createTelegramSender('123:TEST', { logger, apiRoot: api.apiRoot });

  it('declares its limits', () => {
    expect(sender()).toMatchObject({ channel: 'telegram', limits: { perSecond: 25, perAddressPerSecond: 0.8 } });
  });

  it('sends a long text in chunks, the keyboard on the last one', async () => {
    const text = ['a', 'b', 'c', 'd', 'e'].map((letter) => paragraph(letter, 1500)).join('\n\n');
    const result = await sender().send('5120034921', {
      text,
      buttons: [{ label: '👍', action: { type: 'feedback', helpful: true } }],
    });
    const sent = api.callsTo('sendMessage');
    expect(sent).toHaveLength(3);
    expect(sent.map((call) => call.payload.chat_id)).toEqual(['5120034921', '5120034921', '5120034921']);
    expect(sent.slice(0, 2).every((call) => call.payload.reply_markup === undefined)).toBe(true);
    expect(sent[2]?.payload.reply_markup).toEqual({ inline_keyboard: [[{ text: '👍', callback_data: 'f:1' }]] });
    expect(result).toEqual({ ok: true, channelMessageId: expect.stringMatching(/^m:5120034921:\d+$/) });
  });

  it('429 → temporary, retryAfterMs from parameters.retry_after', async () => {
    api.answerNext('sendMessage', 'too_many_requests');
    expect(await sender().send('5120034921', { text: 'chào' })).toEqual({
      ok: false,
      permanent: false,
      reason: '429 Too Many Requests: retry after 7',
      retryAfterMs: 7000,
    });
  });

  it('403 blocked by the user → permanent, with the description', async () => {
    api.answerNext('sendMessage', 'blocked_by_user');
    expect(await sender().send('5120034921', { text: 'chào' })).toEqual({
      ok: false,
      permanent: true,
      reason: 'Forbidden: bot was blocked by the user',
    });
  });

  it('400 chat not found → permanent; another 400 → temporary', async () => {
    api.answerNext('sendMessage', 'chat_not_found');
    api.answerNext('sendMessage', 'message_too_long');
    expect(await sender().send('1', { text: 'chào' })).toEqual({
      ok: false,
      permanent: true,
      reason: 'Bad Request: chat not found',
    });
    expect(await sender().send('1', { text: 'chào' })).toMatchObject({ ok: false, permanent: false });
  });

  it('500 → temporary', async () => {
    api.answerNext('sendMessage', 'server_error');
    expect(await sender().send('5120034921', { text: 'chào' })).toMatchObject({
      ok: false,
      permanent: false,
      reason: expect.stringContaining('500'),
    });
  });

  it('network error → temporary, the token not in the reason', async () => {
    const closed = await startFakeBotApi();
    await closed.close();
    const result = await createTelegramSender('123:SECRET', { logger, apiRoot: closed.apiRoot }).send('1', {
      text: 'chào',
    });
    expect(result).toMatchObject({ ok: false, permanent: false });
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });

  it('a failure after the first chunk fails the whole message', async () => {
    api.answerNext('sendMessage', {
      status: 200,
      body: { ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, text: 'a' } },
    });
    api.answerNext('sendMessage', 'server_error');
    const text = ['a', 'b'].map((letter) => paragraph(letter, 3000)).join('\n\n');
    expect(await sender().send('1', { text })).toMatchObject({ ok: false, permanent: false });
  });
});
