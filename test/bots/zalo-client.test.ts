import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createPkcePair,
  createZaloClient,
  pkceChallenge,
  ZaloApiError,
  type ZaloClient,
} from '../../bots/zalo/index.ts';
import { startFakeZaloServer, zaloFixture, type FakeZaloServer } from '../helpers/fake-zalo-server.ts';

let fake: FakeZaloServer;
let client: ZaloClient;

beforeAll(async () => {
  fake = await startFakeZaloServer();
  client = createZaloClient({
    appId: 'app-1',
    appSecret: 'app-secret-1',
    apiBase: fake.url,
    oauthBase: fake.url,
    timeoutMs: 300,
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
});

async function failure(promise: Promise<unknown>): Promise<ZaloApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ZaloApiError)) throw new Error(`expected a ZaloApiError, got ${String(error)}`);
  return error;
}

describe('sendText', () => {
  it('posts a CS message with the token in the access_token header and returns the message id', async () => {
    const sent = await client.sendText('token-1', '6142494823123456789', 'Xin chào');
    expect(sent).toEqual({ messageId: '63ecf43f0df7dba892e6', userId: '2512523625412515' });
    const [request] = fake.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v3.0/oa/message/cs' });
    expect(request?.headers['access_token']).toBe('token-1');
    expect(request?.query.get('access_token')).toBeNull();
    expect(JSON.parse(request?.body ?? '')).toEqual({
      recipient: { user_id: '6142494823123456789' },
      message: { text: 'Xin chào' },
    });
  });

  it.each([
    ['not_interacted_7_days', -230],
    ['user_banned_or_inactive', -227],
    ['token_invalid', -216],
    ['rate_limited', -32],
  ])('treats %s with HTTP 200 as a failure (%i)', async (name, code) => {
    fake.reply('/v3.0/oa/message/cs', { json: zaloFixture(name) });
    const error = await failure(client.sendText('t', 'u', 'x'));
    expect(error).toMatchObject({ kind: 'api', code, httpStatus: 200 });
    expect(error.message).toBe(z.object({ message: z.string() }).parse(zaloFixture(name)).message);
  });

  it('a 5xx without a Zalo body is an http failure', async () => {
    fake.reply('/v3.0/oa/message/cs', { status: 502, text: '<html>Bad Gateway</html>' });
    expect(await failure(client.sendText('t', 'u', 'x'))).toMatchObject({ kind: 'http', code: null, httpStatus: 502 });
  });

  it('a dropped connection or no answer within the timeout is a network failure', async () => {
    fake.reply('/v3.0/oa/message/cs', { drop: true });
    expect(await failure(client.sendText('t', 'u', 'x'))).toMatchObject({ kind: 'network', httpStatus: null });
    fake.reply('/v3.0/oa/message/cs', { json: zaloFixture('send_cs_ok'), delayMs: 1500 });
    const slow = await failure(client.sendText('t', 'u', 'x'));
    expect(slow).toMatchObject({ kind: 'network' });
    expect(slow.message).toContain('no answer within 300 ms');
  });

  it('a 200 without the documented data is unexpected, not success', async () => {
    fake.reply('/v3.0/oa/message/cs', { json: { error: 0, message: 'Success' } });
    expect(await failure(client.sendText('t', 'u', 'x'))).toMatchObject({ kind: 'unexpected' });
  });
});

describe('sendImage and getProfile', () => {
  it('sends an image as a media template', async () => {
    await client.sendImage('t', 'u1', 'https://example.invalid/qr.png');
    expect(JSON.parse(fake.requests[0]?.body ?? '').message).toEqual({
      attachment: {
        type: 'template',
        payload: { template_type: 'media', elements: [{ media_type: 'image', url: 'https://example.invalid/qr.png' }] },
      },
    });
  });

  it('reads a profile through /v3.0/oa/user/detail', async () => {
    const profile = await client.getProfile('t', '6142494823123456789');
    expect(profile).toEqual({
      userId: '6142494823123456789',
      displayName: 'Nguyễn Văn A',
      avatarUrl: 'https://example.invalid/a240.jpg',
      isFollower: true,
    });
    expect(fake.requests[0]?.method).toBe('GET');
    expect(JSON.parse(fake.requests[0]?.query.get('data') ?? '')).toEqual({ user_id: '6142494823123456789' });
  });
});

describe('OAuth v4', () => {
  it('exchanges a code with the PKCE verifier, form-encoded, app secret in the secret_key header', async () => {
    const tokens = await client.exchangeCode('code-1', 'verifier-1');
    expect(tokens).toEqual({
      accessToken: 'new-access-token',
      refreshToken: 'new-refresh-token',
      expiresInSeconds: 90000,
    });
    const [request] = fake.requests;
    expect(request?.path).toBe('/v4/oa/access_token');
    expect(request?.headers['secret_key']).toBe('app-secret-1');
    expect(request?.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      app_id: 'app-1',
      grant_type: 'authorization_code',
      code: 'code-1',
      code_verifier: 'verifier-1',
    });
  });

  it('refreshes with grant_type=refresh_token', async () => {
    await client.refresh('old-refresh');
    expect(Object.fromEntries(new URLSearchParams(fake.requests[0]?.body))).toEqual({
      app_id: 'app-1',
      grant_type: 'refresh_token',
      refresh_token: 'old-refresh',
    });
  });

  it('an OAuth error with HTTP 200 is a failure, never tokens', async () => {
    fake.reply('/v4/oa/access_token', { json: zaloFixture('oauth_error_with_http_200') });
    const error = await failure(client.refresh('old-refresh'));
    expect(error).toMatchObject({ kind: 'api', code: -14014, httpStatus: 200 });
    expect(error.message).toContain('Invalid refresh token');
    fake.reply('/v4/oa/access_token', { json: { access_token: 'a', expires_in: '90000' } });
    expect(await failure(client.refresh('r'))).toMatchObject({ kind: 'unexpected' });
  });

  it('builds the consent URL with the S256 challenge', () => {
    const link = new URL(
      client.authorizationUrl({
        redirectUri: 'https://hoidap.example/admin/zalo/callback',
        codeChallenge: 'challenge-1',
        state: 'state-1',
      }),
    );
    expect(`${link.origin}${link.pathname}`).toBe(`${fake.url}/v4/oa/permission`);
    expect(Object.fromEntries(link.searchParams)).toEqual({
      app_id: 'app-1',
      redirect_uri: 'https://hoidap.example/admin/zalo/callback',
      code_challenge: 'challenge-1',
      state: 'state-1',
    });
  });

  it('PKCE: a 43-character verifier and its base64url SHA-256 challenge (RFC 7636 appendix B)', () => {
    expect(pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
    const pair = createPkcePair();
    expect(pair.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pair.challenge).toBe(pkceChallenge(pair.verifier));
    expect(createPkcePair().verifier).not.toBe(pair.verifier);
  });

  it('uses the real Zalo hosts by default', () => {
    const real = createZaloClient({ appId: 'a', appSecret: 's' });
    expect(real.authorizationUrl({ redirectUri: 'https://x.example/cb', codeChallenge: 'c', state: 's' })).toMatch(
      /^https:\/\/oauth\.zaloapp\.com\/v4\/oa\/permission\?/,
    );
  });
});
