import { z } from 'zod';
import { parseRawJson } from './parse-raw-json.ts';
import { ZaloApiError } from './zalo-api-error.ts';

export type ZaloClientOptions = {
  appId: string;
  /** The app secret, sent as the `secret_key` header of the OAuth calls only. */
  appSecret: string;
  apiBase?: string;
  oauthBase?: string;
  timeoutMs?: number;
};

export type ZaloSent = { messageId: string; userId: string };
export type ZaloProfile = { userId: string; displayName: string; avatarUrl?: string; isFollower?: boolean };
export type ZaloTokens = { accessToken: string; refreshToken: string; expiresInSeconds: number };
export type AuthorizationRequest = { redirectUri: string; codeChallenge: string; state: string };

export type ZaloClient = {
  sendText(accessToken: string, userId: string, text: string): Promise<ZaloSent>;
  sendImage(accessToken: string, userId: string, imageUrl: string): Promise<ZaloSent>;
  getProfile(accessToken: string, userId: string): Promise<ZaloProfile>;
  exchangeCode(code: string, codeVerifier: string): Promise<ZaloTokens>;
  refresh(refreshToken: string): Promise<ZaloTokens>;
  authorizationUrl(request: AuthorizationRequest): string;
};

export const ZALO_API_BASE = 'https://openapi.zalo.me';
export const ZALO_OAUTH_BASE = 'https://oauth.zaloapp.com';

/**
 * The few OA API v3 and OAuth v4 calls the channel needs, over global fetch. Every failure throws a
 * ZaloApiError: `error !== 0` is a failure even with HTTP 200, and an OAuth error body is never
 * mistaken for tokens. Each call is cut off after `timeoutMs` (10 s by default).
 */
export function createZaloClient({
  appId,
  appSecret,
  apiBase = ZALO_API_BASE,
  oauthBase = ZALO_OAUTH_BASE,
  timeoutMs = 10_000,
}: ZaloClientOptions): ZaloClient {
  const request = (url: string, init: RequestInit) => callZalo(url, init, timeoutMs);

  async function sendCs(accessToken: string, userId: string, message: object): Promise<ZaloSent> {
    const answer = await request(`${apiBase}/v3.0/oa/message/cs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', access_token: accessToken },
      body: JSON.stringify({ recipient: { user_id: userId }, message }),
    });
    const data = openApiData(answer, sentData);
    return { messageId: data.message_id, userId: data.user_id ?? userId };
  }

  async function oauthTokens(form: Record<string, string>): Promise<ZaloTokens> {
    const answer = await request(`${oauthBase}/v4/oa/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: appSecret },
      body: new URLSearchParams({ app_id: appId, ...form }).toString(),
    });
    return tokensFrom(answer);
  }

  return {
    sendText: (accessToken, userId, text) => sendCs(accessToken, userId, { text }),
    sendImage: (accessToken, userId, imageUrl) =>
      sendCs(accessToken, userId, {
        attachment: {
          type: 'template',
          payload: { template_type: 'media', elements: [{ media_type: 'image', url: imageUrl }] },
        },
      }),
    async getProfile(accessToken, userId) {
      // /v3.0/oa/user/detail is what community code calls; the reference does not document it.
      const query = new URLSearchParams({ data: JSON.stringify({ user_id: userId }) });
      const answer = await request(`${apiBase}/v3.0/oa/user/detail?${query}`, {
        method: 'GET',
        headers: { access_token: accessToken },
      });
      const data = openApiData(answer, profileData);
      const avatarUrl = data.avatars?.['240'] ?? data.avatar;
      return {
        userId: data.user_id ?? userId,
        displayName: data.display_name,
        ...(avatarUrl ? { avatarUrl } : {}),
        ...(data.user_is_follower === undefined ? {} : { isFollower: data.user_is_follower }),
      };
    },
    exchangeCode: (code, codeVerifier) =>
      oauthTokens({ grant_type: 'authorization_code', code, code_verifier: codeVerifier }),
    refresh: (refreshToken) => oauthTokens({ grant_type: 'refresh_token', refresh_token: refreshToken }),
    authorizationUrl({ redirectUri, codeChallenge, state }) {
      const query = new URLSearchParams({
        app_id: appId,
        redirect_uri: redirectUri,
        code_challenge: codeChallenge,
        state,
      });
      return `${oauthBase}/v4/oa/permission?${query}`;
    },
  };
}

type Answer = { status: number; body: unknown };

async function callZalo(url: string, init: RequestInit, timeoutMs: number): Promise<Answer> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    return { status: response.status, body: parseOrUndefined(text) };
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : describe(error);
    throw new ZaloApiError({ kind: 'network', message: `Zalo unreachable: ${reason}`, cause: error });
  }
}

const errorCode = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+$/)
    .transform(Number),
]);
const apiEnvelope = z.object({ error: errorCode, message: z.string().optional(), data: z.unknown().optional() });
const idString = z.union([z.string().min(1), z.int().transform(String)]);
const sentData = z.object({ message_id: idString, user_id: idString.optional() });
const profileData = z.object({
  user_id: idString.optional(),
  display_name: z.string(),
  avatar: z.string().optional(),
  avatars: z.record(z.string(), z.string()).optional(),
  user_is_follower: z.boolean().optional(),
});

function openApiData<T>({ status, body }: Answer, schema: z.ZodType<T>): T {
  const envelope = apiEnvelope.safeParse(body);
  if (envelope.success && envelope.data.error !== 0) {
    const { error: code, message } = envelope.data;
    throw new ZaloApiError({ kind: 'api', code, message: message ?? `Zalo error ${code}`, httpStatus: status });
  }
  if (status < 200 || status >= 300)
    throw new ZaloApiError({ kind: 'http', message: `HTTP ${status} from Zalo`, httpStatus: status });
  const data = envelope.success ? schema.safeParse(envelope.data.data) : undefined;
  if (!data?.success)
    throw new ZaloApiError({ kind: 'unexpected', message: 'unexpected answer from Zalo OpenAPI', httpStatus: status });
  return data.data;
}

const oauthError = z.object({
  error: errorCode.optional(),
  error_name: z.string().optional(),
  error_reason: z.string().optional(),
  error_description: z.string().optional(),
  message: z.string().optional(),
});
const oauthSuccess = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  expires_in: z.union([z.string().regex(/^\d+$/).transform(Number), z.int()]).pipe(z.int().positive()),
});

function tokensFrom({ status, body }: Answer): ZaloTokens {
  const failure = oauthError.safeParse(body);
  if (failure.success) {
    const { error: code, error_name, error_reason, error_description, message } = failure.data;
    if ((code !== undefined && code !== 0) || error_name || error_reason || error_description) {
      const text =
        [error_name, error_reason, error_description].filter(Boolean).join(': ') || message || `OAuth error ${code}`;
      throw new ZaloApiError({ kind: 'api', code: code ?? null, message: text, httpStatus: status });
    }
  }
  if (status < 200 || status >= 300)
    throw new ZaloApiError({ kind: 'http', message: `HTTP ${status} from Zalo OAuth`, httpStatus: status });
  const tokens = oauthSuccess.safeParse(body);
  if (!tokens.success)
    throw new ZaloApiError({
      kind: 'unexpected',
      message: 'Zalo OAuth answered without a token pair',
      httpStatus: status,
    });
  return {
    accessToken: tokens.data.access_token,
    refreshToken: tokens.data.refresh_token,
    expiresInSeconds: tokens.data.expires_in,
  };
}

function parseOrUndefined(text: string): unknown {
  try {
    return parseRawJson(text);
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
