import { createServer, type IncomingMessage } from 'node:http';
import { apiResponse } from '../../test/helpers/fake-bot-api.ts';

export type LimitedBotApi = {
  apiRoot: string;
  stats(): { accepted: number; tooManyTotal: number; tooManyPerChat: number };
  close(): Promise<void>;
};

export type BotApiLimits = { perSecond: number; perChatPerSecond: number };

/**
 * A Bot API on loopback that enforces Telegram's broadcast limits strictly, over sliding
 * one-second windows measured when a request arrives: more than `perSecond` accepted messages
 * in any second, or more than `perChatPerSecond` to one chat, gets 429 with
 * `parameters.retry_after` (seconds until the window frees, at least 1), as Telegram answers.
 * Refused messages do not count toward the window: they were not sent.
 */
export async function startLimitedBotApi(
  limits: BotApiLimits = { perSecond: 30, perChatPerSecond: 1 },
): Promise<LimitedBotApi> {
  const sentOk = apiResponse('sendMessage_ok');
  const accepted: number[] = [];
  const perChat = new Map<string, number[]>();
  const counts = { accepted: 0, tooManyTotal: 0, tooManyPerChat: 0 };
  let messageId = 1208;

  const server = createServer((req, res) => {
    const arrived = performance.now();
    void readJson(req).then((payload) => {
      const answer = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (!req.url?.endsWith('/sendMessage'))
        return answer(404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
      const chat = String(payload.chat_id);
      const windowStart = arrived - 1000;
      while (accepted.length > 0 && (accepted[0] ?? 0) <= windowStart) accepted.shift();
      const chatTimes = (perChat.get(chat) ?? []).filter((time) => time > windowStart);
      const overTotal = accepted.length >= limits.perSecond;
      const overChat = chatTimes.length >= limits.perChatPerSecond;
      if (overTotal || overChat) {
        const frees =
          Math.max(overTotal ? (accepted[0] ?? arrived) : 0, overChat ? (chatTimes[0] ?? arrived) : 0) + 1000;
        const retryAfter = Math.max(1, Math.ceil((frees - arrived) / 1000));
        if (overTotal) counts.tooManyTotal++;
        else counts.tooManyPerChat++;
        return answer(429, {
          ok: false,
          error_code: 429,
          description: `Too Many Requests: retry after ${retryAfter}`,
          parameters: { retry_after: retryAfter },
        });
      }
      accepted.push(arrived);
      chatTimes.push(arrived);
      perChat.set(chat, chatTimes);
      counts.accepted++;
      const result = typeof sentOk.result === 'object' && sentOk.result !== null ? sentOk.result : {};
      answer(200, {
        ok: true,
        result: {
          ...result,
          message_id: messageId++,
          chat: { id: Number(payload.chat_id), type: 'private', first_name: 'Lan' },
          text: payload.text,
        },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake Bot API: not listening on TCP');
  return {
    apiRoot: `http://127.0.0.1:${address.port}`,
    stats: () => ({ ...counts }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  const text = Buffer.concat(chunks).toString('utf8');
  const parsed: unknown = text ? JSON.parse(text) : {};
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? Object.fromEntries(Object.entries(parsed))
    : {};
}
