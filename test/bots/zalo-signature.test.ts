import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { verifySignature } from '../../bots/zalo/index.ts';

const fixtures = new URL('../fixtures/zalo/', import.meta.url).pathname;
const appId = '2553928453557884079';
const oaSecretKey = 'oa-secret-key-for-tests';
const secrets = { appId, oaSecretKey };

/** The documented formula, written out independently of the adapter. */
function sign(rawBody: Buffer, timestamp: string, key = oaSecretKey, app = appId): string {
  return `mac=${createHash('sha256')
    .update(Buffer.concat([Buffer.from(app), rawBody, Buffer.from(timestamp), Buffer.from(key)]))
    .digest('hex')}`;
}

const cases = [
  ['user-send-text.json', '1699003881354'],
  ['user-send-image.json', '1699003990000'],
  ['follow.json', '1699003800000'],
];

describe('verifySignature', () => {
  it.each(cases)('accepts %s signed as documented', (file, timestamp) => {
    const raw = readFileSync(`${fixtures}/${file}`);
    expect(verifySignature(raw, sign(raw, timestamp), secrets)).toBe(true);
    expect(verifySignature(raw.toString('utf8'), sign(raw, timestamp), secrets)).toBe(true);
  });

  it('checks the exact bytes: a reformatted body with the same content is rejected', () => {
    const raw = readFileSync(`${fixtures}/user-send-text.json`);
    const reformatted = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8')), null, 2));
    expect(verifySignature(reformatted, sign(raw, '1699003881354'), secrets)).toBe(false);
  });

  it('rejects a tampered body', () => {
    const raw = readFileSync(`${fixtures}/user-send-text.json`);
    const header = sign(raw, '1699003881354');
    const tampered = Buffer.from(raw.toString('utf8').replace('Chào A4B', 'Chào A4C'));
    expect(verifySignature(tampered, header, secrets)).toBe(false);
  });

  it('rejects a body whose timestamp was changed', () => {
    const raw = readFileSync(`${fixtures}/user-send-text.json`);
    const header = sign(raw, '1699003881354');
    const replayed = Buffer.from(raw.toString('utf8').replace('1699003881354', '1699003881355'));
    expect(verifySignature(replayed, header, secrets)).toBe(false);
  });

  it('rejects a signature made with another key or for another app', () => {
    const raw = readFileSync(`${fixtures}/user-send-image.json`);
    expect(verifySignature(raw, sign(raw, '1699003990000', 'another-key'), secrets)).toBe(false);
    expect(verifySignature(raw, sign(raw, '1699003990000', oaSecretKey, '1111111111111111111'), secrets)).toBe(false);
  });

  it('uses a plain SHA-256, not an HMAC', () => {
    const raw = readFileSync(`${fixtures}/user-send-text.json`);
    const hmacLike = `mac=${createHash('sha256')
      .update(`${appId}${raw.toString('utf8')}1699003881354`)
      .digest('hex')}`;
    expect(verifySignature(raw, hmacLike, secrets)).toBe(false);
  });

  it('rejects a missing, empty or malformed header', () => {
    const raw = readFileSync(`${fixtures}/user-send-text.json`);
    const good = sign(raw, '1699003881354');
    expect(verifySignature(raw, undefined, secrets)).toBe(false);
    expect(verifySignature(raw, '', secrets)).toBe(false);
    expect(verifySignature(raw, 'mac=', secrets)).toBe(false);
    expect(verifySignature(raw, `${good}00`, secrets)).toBe(false);
    expect(verifySignature(raw, good.slice(0, -2), secrets)).toBe(false);
    expect(verifySignature(raw, 'mac=zz' + good.slice(6), secrets)).toBe(false);
  });

  it('accepts the digest in upper case or without the mac= prefix', () => {
    const raw = readFileSync(`${fixtures}/user-send-text.json`);
    const good = sign(raw, '1699003881354');
    expect(verifySignature(raw, `mac=${good.slice(4).toUpperCase()}`, secrets)).toBe(true);
    expect(verifySignature(raw, good.slice(4), secrets)).toBe(true);
  });

  it('rejects a body without a timestamp, malformed JSON, or an empty secret', () => {
    const noTimestamp = Buffer.from('{"event_name":"user_send_text"}');
    expect(verifySignature(noTimestamp, sign(noTimestamp, ''), secrets)).toBe(false);
    const malformed = Buffer.from('{"timestamp":"1"');
    expect(verifySignature(malformed, sign(malformed, '1'), secrets)).toBe(false);
    const raw = readFileSync(`${fixtures}/user-send-text.json`);
    expect(verifySignature(raw, sign(raw, '1699003881354', ''), { appId, oaSecretKey: '' })).toBe(false);
  });
});
