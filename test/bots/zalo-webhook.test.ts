import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelGate, InboundMessage, RejectedUpdate } from '../../src/channels.ts';
import { createLogger } from '../../src/logger.ts';
import { createZaloWebhook } from '../../bots/zalo/index.ts';
import { listenOnLoopback } from '../helpers/listen.ts';

const appId = '2553928453557884079';
const oaSecretKey = 'webhook-test-oa-secret';
const fixture = (file: string) => readFileSync(new URL(`../fixtures/zalo/${file}`, import.meta.url));
const sign = (raw: Buffer, timestamp: string, key = oaSecretKey) =>
  `mac=${createHash('sha256').update(appId).update(raw).update(timestamp).update(key).digest('hex')}`;

/** A core that stores once per channelMessageId, like the real one. */
const stored: InboundMessage[] = [];
const received: InboundMessage[] = [];
let failNext = false;
const setAside: RejectedUpdate[] = [];
const core: ChannelGate = {
  async setAside(update) {
    setAside.push(update);
  },
  async receive(message) {
    received.push(message);
    if (failNext) {
      failNext = false;
      throw new Error('database down');
    }
    const duplicate = stored.some((m) => m.channelMessageId === message.channelMessageId);
    if (!duplicate) stored.push(message);
    return { duplicate };
  },
};

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});

let server: Server;
let url: string;
const fixtureTime = new Date(1699003881354 + 2_000);

beforeAll(async () => {
  const app = express();
  // The fixtures were sent on 2023-11-03: the webhook's clock is set just after them.
  app.use(
    createZaloWebhook({ appId, oaSecretKey, core, logger: createLogger('debug', logStream), now: () => fixtureTime }),
  );
  server = createServer(app);
  url = `${await listenOnLoopback(server)}/webhooks/zalo`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  stored.length = 0;
  received.length = 0;
  logLines.length = 0;
});

const post = (body: Buffer | string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });

describe('POST /webhooks/zalo', () => {
  it('stores a signed text event and answers 200', async () => {
    const raw = fixture('user-send-text.json');
    const response = await post(raw, { 'x-zevent-signature': sign(raw, '1699003881354') });
    expect(response.status).toBe(200);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      channel: 'zalo',
      channelMessageId: 'cb31dff1c39642cc1b83',
      address: '6142494823xxxxxxxx',
      content: { type: 'text', text: 'Chào A4B' },
    });
  });

  it('verifies the raw bytes whatever the content type says', async () => {
    const raw = fixture('user-send-image.json');
    const response = await post(raw, {
      'content-type': 'text/plain',
      'x-zevent-signature': sign(raw, '1699003990000'),
    });
    expect(response.status).toBe(200);
    expect(stored[0]?.content).toMatchObject({ type: 'attachment', kind: 'photo' });
  });

  it('follow reaches the core as a start action', async () => {
    const raw = fixture('follow.json');
    expect((await post(raw, { 'x-zevent-signature': sign(raw, '1699003800000') })).status).toBe(200);
    expect(stored[0]?.content).toEqual({ type: 'action', action: { type: 'start' } });
  });

  it('passes a redelivery with the same channelMessageId; the core reports it as duplicate', async () => {
    const raw = fixture('user-send-text.json');
    const headers = { 'x-zevent-signature': sign(raw, '1699003881354') };
    expect((await post(raw, headers)).status).toBe(200);
    expect((await post(raw, headers)).status).toBe(200);
    expect(received.map((m) => m.channelMessageId)).toEqual(['cb31dff1c39642cc1b83', 'cb31dff1c39642cc1b83']);
    expect(stored).toHaveLength(1);
    expect(logLines.some((line) => line.includes('"duplicate":true'))).toBe(true);
  });

  it.each([
    ['missing signature', {}, 'missing X-ZEvent-Signature'],
    [
      'wrong key',
      { 'x-zevent-signature': sign(fixture('user-send-text.json'), '1699003881354', 'wrong-key') },
      'signature mismatch',
    ],
    ['garbage signature', { 'x-zevent-signature': 'mac=nothex' }, 'signature mismatch'],
  ])('401 for a %s, logged with the reason, nothing stored', async (_name, headers, reason) => {
    const response = await post(fixture('user-send-text.json'), headers);
    expect(response.status).toBe(401);
    expect(received).toHaveLength(0);
    expect(logLines.join('')).toContain(reason);
    expect(logLines.join('')).not.toContain(oaSecretKey);
  });

  it('401 for a tampered body, nothing stored', async () => {
    const raw = fixture('user-send-text.json');
    const tampered = Buffer.from(raw.toString('utf8').replace('Chào A4B', 'Chuyển tiền'));
    const response = await post(tampered, { 'x-zevent-signature': sign(raw, '1699003881354') });
    expect(response.status).toBe(401);
    expect(received).toHaveLength(0);
  });

  it('400 for malformed JSON, nothing stored', async () => {
    const raw = Buffer.from('{"event_name":"user_send_text",');
    const response = await post(raw, { 'x-zevent-signature': sign(raw, '1') });
    expect(response.status).toBe(400);
    expect(received).toHaveLength(0);
    expect(logLines.join('')).toContain('malformed JSON');
  });

  it('200 for a signed event that carries no message, without calling the core', async () => {
    const raw = Buffer.from(
      JSON.stringify({
        event_name: 'user_seen_message',
        app_id: appId,
        sender: { id: '3662729599332560487' },
        timestamp: '1699004000000',
      }),
    );
    expect((await post(raw, { 'x-zevent-signature': sign(raw, '1699004000000') })).status).toBe(200);
    const unfollow = Buffer.from(
      JSON.stringify({ event_name: 'unfollow', app_id: appId, follower: { id: '1' }, timestamp: '1699004000001' }),
    );
    expect((await post(unfollow, { 'x-zevent-signature': sign(unfollow, '1699004000001') })).status).toBe(200);
    expect(received).toHaveLength(0);
  });

  it('500 when the core cannot store the message, so Zalo redelivers', async () => {
    const raw = fixture('user-send-text.json');
    failNext = true;
    expect((await post(raw, { 'x-zevent-signature': sign(raw, '1699003881354') })).status).toBe(500);
    expect(stored).toHaveLength(0);
    expect((await post(raw, { 'x-zevent-signature': sign(raw, '1699003881354') })).status).toBe(200);
    expect(stored).toHaveLength(1);
  });

  it('413 for a body over 1 MB, nothing stored', async () => {
    const big = Buffer.from(
      JSON.stringify({ event_name: 'user_send_text', pad: 'x'.repeat(1_100_000), timestamp: '1' }),
    );
    const response = await post(big, { 'x-zevent-signature': sign(big, '1') });
    expect(response.status).toBe(413);
    expect(received).toHaveLength(0);
  });
});
