import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { apiResponse } from '../../test/helpers/fake-bot-api.ts';
import { listenOnLoopback } from '../../test/helpers/listen.ts';

export type Answer = { status: number; body: unknown };
/** Decides an answer for a sendMessage to a chat; null: deliver normally. */
export type FaultPolicy = (chatId: string) => Answer | null;
export type SentMessage = { chatId: string; text: string; at: number };

export type RecordingBotApi = {
  apiRoot: string;
  /** Messages accepted (answered 200), in order. */
  sent: SentMessage[];
  /** Every sendMessage attempt per chat, accepted or not. */
  attempts: Map<string, number>;
  setPolicy(policy: FaultPolicy | null): void;
  close(): Promise<void>;
};

/**
 * A Telegram Bot API on loopback that records what the app sends and answers as a policy says:
 * 429 with retry_after, 500s, 403 for a chat that blocked the bot. getMe and setWebhook succeed
 * so the app starts in webhook mode.
 */
export async function startRecordingBotApi(): Promise<RecordingBotApi> {
  const sent: SentMessage[] = [];
  const attempts = new Map<string, number>();
  let policy: FaultPolicy | null = null;
  let messageId = 1;
  const sentOk = apiResponse('sendMessage_ok');
  const server = createServer((req, res) => {
    void handle(req, res).catch(() => reply(res, { status: 500, body: { ok: false, error_code: 500 } }));
  });
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
    const payload = await readJson(req);
    if (method === 'getMe') return reply(res, { status: 200, body: apiResponse('getMe_ok') });
    if (method !== 'sendMessage') return reply(res, { status: 200, body: { ok: true, result: true } });
    const chatId = String(payload.chat_id);
    attempts.set(chatId, (attempts.get(chatId) ?? 0) + 1);
    const fault = policy?.(chatId);
    if (fault) return reply(res, fault);
    sent.push({ chatId, text: String(payload.text ?? ''), at: Date.now() });
    const result = typeof sentOk.result === 'object' && sentOk.result !== null ? sentOk.result : {};
    reply(res, {
      status: 200,
      body: { ok: true, result: { ...result, message_id: messageId++, chat: { id: Number(chatId), type: 'private' } } },
    });
  }
  const apiRoot = await listenOnLoopback(server);
  return {
    apiRoot,
    sent,
    attempts,
    setPolicy(next) {
      policy = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const tooManyRequests = (retryAfter: number): Answer => ({
  status: 429,
  body: {
    ok: false,
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfter}`,
    parameters: { retry_after: retryAfter },
  },
});
export const serverError: Answer = {
  status: 500,
  body: { ok: false, error_code: 500, description: 'Internal Server Error' },
};
export const blocked: Answer = {
  status: 403,
  body: { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
};

function reply(res: ServerResponse, { status, body }: Answer): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? Object.fromEntries(Object.entries(parsed)) : {};
}
