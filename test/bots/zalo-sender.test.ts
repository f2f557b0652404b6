import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createZaloClient,
  createZaloSender,
  mapZaloError,
  splitText,
  ZaloApiError,
  ZALO_TEXT_LIMIT,
} from '../../bots/zalo/index.ts';
import { startFakeZaloServer, zaloFixture, type FakeZaloServer } from '../helpers/fake-zalo-server.ts';

const CS = '/v3.0/oa/message/cs';
let fake: FakeZaloServer;
let sender: ReturnType<typeof createZaloSender>;

beforeAll(async () => {
  fake = await startFakeZaloServer();
  const client = createZaloClient({
    appId: 'app',
    appSecret: 'secret',
    apiBase: fake.url,
    oauthBase: fake.url,
    timeoutMs: 300,
  });
  sender = createZaloSender({ client, getAccessToken: async () => 'oa-token' });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

const sentTexts = () => fake.requests.map((request) => String(JSON.parse(request.body).message.text));

describe('createZaloSender', () => {
  it('is the zalo channel within 4,000 requests a minute', () => {
    expect(sender.channel).toBe('zalo');
    expect(sender.limits.perSecond * 60).toBeLessThanOrEqual(4000);
    expect(sender.limits.perAddressPerSecond).toBeGreaterThan(0);
  });

  it('delivers a short text and returns Zalo’s message id', async () => {
    expect(await sender.send('6142494823123456789', { text: 'Hồ sơ gồm: đơn và CCCD.' })).toEqual({
      ok: true,
      channelMessageId: '63ecf43f0df7dba892e6',
    });
    expect(fake.requests[0]?.headers['access_token']).toBe('oa-token');
    expect(JSON.parse(fake.requests[0]?.body ?? '').recipient).toEqual({ user_id: '6142494823123456789' });
  });

  it('renders buttons as numbered lines', async () => {
    await sender.send('u', {
      text: 'Bạn hỏi về thủ tục nào?',
      buttons: [
        { label: 'Đăng ký khai sinh', action: { type: 'choose', id: 'P01' } },
        { label: 'Gặp cán bộ', action: { type: 'person' } },
      ],
    });
    expect(sentTexts()).toEqual(['Bạn hỏi về thủ tục nào?\n\n1. Đăng ký khai sinh\n2. Gặp cán bộ']);
  });

  it('splits a long answer at paragraph boundaries, each part at most 2000 characters', async () => {
    const paragraphs = Array.from(
      { length: 5 },
      (_, index) => `Đoạn ${index + 1}. ${'Nội dung hướng dẫn thủ tục. '.repeat(25).trim()}`,
    );
    const text = paragraphs.join('\n\n');
    expect(text.length).toBeGreaterThan(ZALO_TEXT_LIMIT);
    const result = await sender.send('u', { text });
    expect(result).toMatchObject({ ok: true });
    const parts = sentTexts();
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
    expect(parts.join('\n\n')).toBe(text);
    for (const part of parts) expect(part.startsWith('Đoạn ')).toBe(true);
  });

  it('-32 (rate limit, HTTP 200) → temporary with a backoff hint', async () => {
    fake.reply(CS, { json: zaloFixture('rate_limited') });
    const result = await sender.send('u', { text: 'x' });
    expect(result).toMatchObject({ ok: false, permanent: false, retryAfterMs: 60_000 });
  });

  it('-230 (7-day window) and -227 (banned/inactive) → permanent with the reason', async () => {
    fake.reply(CS, { json: zaloFixture('not_interacted_7_days') }, { json: zaloFixture('user_banned_or_inactive') });
    expect(await sender.send('u', { text: 'x' })).toEqual({
      ok: false,
      permanent: true,
      reason:
        'the 7-day window closed: no interaction in the past 7 days (Zalo -230: User has not interacted with the OA in the past 7 days)',
    });
    expect(await sender.send('u', { text: 'x' })).toMatchObject({
      ok: false,
      permanent: true,
      reason: expect.stringContaining('-227'),
    });
  });

  it('-216 (token invalid) → temporary, saying the token needs refresh', async () => {
    fake.reply(CS, { json: zaloFixture('token_invalid') });
    expect(await sender.send('u', { text: 'x' })).toMatchObject({
      ok: false,
      permanent: false,
      reason: expect.stringContaining('token needs refresh'),
    });
  });

  it('5xx and network failures → temporary', async () => {
    fake.reply(CS, { status: 503, text: 'Service Unavailable' }, { drop: true });
    expect(await sender.send('u', { text: 'x' })).toMatchObject({ ok: false, permanent: false, retryAfterMs: 15_000 });
    expect(await sender.send('u', { text: 'x' })).toMatchObject({
      ok: false,
      permanent: false,
      reason: expect.stringContaining('Zalo unreachable'),
    });
  });

  it('after a later part fails, the retry sends only the parts not yet delivered', async () => {
    const text = `${'A'.repeat(1500)}\n\n${'B'.repeat(1500)}\n\n${'C'.repeat(1500)}`;
    fake.reply(CS, { json: zaloFixture('send_cs_ok') }, { json: zaloFixture('rate_limited') });
    const first = await sender.send('u-partial', { text });
    expect(first).toMatchObject({
      ok: false,
      permanent: false,
      reason: expect.stringContaining('1 of 3 parts already sent'),
    });
    expect(sentTexts().map((part) => part[0])).toEqual(['A', 'B']);
    fake.requests.length = 0;
    expect(await sender.send('u-partial', { text })).toMatchObject({ ok: true });
    expect(sentTexts().map((part) => part[0])).toEqual(['B', 'C']);
    fake.requests.length = 0;
    await sender.send('u-partial', { text });
    expect(sentTexts().map((part) => part[0])).toEqual(['A', 'B', 'C']);
  });

  it('no access token → temporary, nothing sent', async () => {
    const broken = createZaloSender({
      client: {
        sendText: () => Promise.reject(new Error('unreachable')),
        sendImage: () => Promise.reject(new Error('unreachable')),
      },
      getAccessToken: () => Promise.reject(new Error('Zalo not connected')),
    });
    expect(await broken.send('u', { text: 'x' })).toMatchObject({
      ok: false,
      permanent: false,
      reason: 'no Zalo access token: Zalo not connected',
    });
  });
});

describe('mapZaloError', () => {
  const api = (code: number) => new ZaloApiError({ kind: 'api', code, message: `m${code}`, httpStatus: 200 });
  const noon = new Date('2026-11-25T05:00:00Z'); // 12:00 in Vietnam

  it('-213, -232 are permanent; -220 needs a token refresh; unknown codes stay temporary', () => {
    expect(mapZaloError(api(-213), noon)).toMatchObject({ permanent: true });
    expect(mapZaloError(api(-232), noon)).toMatchObject({ permanent: true });
    expect(mapZaloError(api(-220), noon)).toMatchObject({
      permanent: false,
      reason: expect.stringContaining('token needs refresh'),
    });
    // A problem with one message must not pause the whole channel: no retryAfterMs.
    expect(mapZaloError(api(-201), noon)).toEqual({ ok: false, permanent: false, reason: 'Zalo -201: m-201' });
    expect(
      mapZaloError(new ZaloApiError({ kind: 'http', message: 'HTTP 404 from Zalo', httpStatus: 404 }), noon),
    ).not.toHaveProperty('retryAfterMs');
    expect(mapZaloError(new Error('boom'), noon)).toMatchObject({ permanent: false });
    expect(mapZaloError(new Error('boom'), noon)).not.toHaveProperty('retryAfterMs');
  });

  it('-234 (no sending at night) retries at 06:00 Vietnam time', () => {
    const lateEvening = new Date('2026-11-25T15:30:00Z'); // 22:30 in Vietnam
    expect(mapZaloError(api(-234), lateEvening)).toMatchObject({ permanent: false, retryAfterMs: 7.5 * 3600_000 });
    const earlyMorning = new Date('2026-11-25T22:00:00Z'); // 05:00 in Vietnam
    expect(mapZaloError(api(-234), earlyMorning)).toMatchObject({ retryAfterMs: 3600_000 });
  });
});

describe('splitText', () => {
  it('keeps a short text whole and drops empty input', () => {
    expect(splitText('  xin chào  ', 2000)).toEqual(['xin chào']);
    expect(splitText('   ', 2000)).toEqual([]);
  });

  it('packs paragraphs, then falls back to sentences and spaces inside a long paragraph', () => {
    expect(splitText('aaa bbb\n\nccc', 8)).toEqual(['aaa bbb', 'ccc']);
    expect(splitText('aa.\n\nbb.', 9)).toEqual(['aa.\n\nbb.']);
    expect(splitText('Một câu. Hai câu! Ba câu?', 10)).toEqual(['Một câu.', 'Hai câu!', 'Ba câu?']);
    expect(splitText('một hai ba bốn năm', 8)).toEqual(['một hai', 'ba bốn', 'năm']);
  });

  it('prefers line breaks inside a long paragraph (lists)', () => {
    expect(splitText('- một\n- hai\n- ba', 11)).toEqual(['- một\n- hai', '- ba']);
  });

  it('cuts a word longer than the limit without splitting a surrogate pair', () => {
    const parts = splitText('😀😀😀', 3);
    expect(parts).toEqual(['😀', '😀', '😀']);
    expect(splitText('x'.repeat(4500), 2000).map((part) => part.length)).toEqual([2000, 2000, 500]);
  });
});
