// A fake Telegram Bot API on 127.0.0.1 for tests: point a bot's or sender's `apiRoot` at it,
// read what was called, and program the answers (rate limit, blocked, server error).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Update, UserFromGetMe } from 'telegraf/types';
import { listenOnLoopback } from './listen.ts';

const fixtures = new URL('../fixtures/telegram/', import.meta.url);

/** The fixtures' bot account, as getMe returns it (production asks getMe at start-up). */
export const botInfoFixture: UserFromGetMe = {
  id: 7000000001,
  is_bot: true,
  first_name: 'Hỏi đáp TTHC',
  username: 'hoidap_demo_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

export type FakeCall = { token: string; method: string; payload: Record<string, unknown> };
/** A file part of a multipart call (sendPhoto, sendDocument), in the call's payload under its field name. */
export type FakeUpload = { filename: string; type: string; bytes: Uint8Array };
export type FakeAnswer = { status: number; body: unknown };

/** Error answers by name: the bodies are the fixtures' real shapes (api-responses.json). */
export type NamedAnswer =
  'too_many_requests' | 'blocked_by_user' | 'chat_not_found' | 'message_too_long' | 'server_error';

export type FakeBotApi = {
  apiRoot: string;
  calls: FakeCall[];
  callsTo(method: string): FakeCall[];
  /** The next call to `method` gets this answer instead of the normal one (first in, first out). */
  answerNext(method: string, answer: FakeAnswer | NamedAnswer): void;
  /** Updates the next getUpdates returns. */
  queueUpdates(...updates: Update[]): void;
  /** A file getFile knows by `fileId`, downloadable at /file/bot<token>/<path>; `declaredSize` overrides file_size. */
  addFile(fileId: string, bytes: Uint8Array, options?: { path?: string; declaredSize?: number }): void;
  /** How many times each file path was downloaded. */
  downloads: Map<string, number>;
  close(): Promise<void>;
};

/** A response body from api-responses.json, e.g. `apiResponse('blocked_by_user')`. */
export function apiResponse(name: string): Record<string, unknown> {
  const responses = readJson(new URL('api-responses.json', fixtures));
  const response = isRecord(responses) ? responses[name] : undefined;
  if (!isRecord(response)) throw new Error(`api-responses.json has no ${name}`);
  return response;
}

/** An update fixture by file name, e.g. `updateFixture('text-message')`. */
export function updateFixture(name: string): Update {
  const update = readJson(new URL(`${name}.json`, fixtures));
  if (!isUpdate(update)) throw new Error(`${name}.json is not an update`);
  return update;
}

export async function startFakeBotApi(): Promise<FakeBotApi> {
  const calls: FakeCall[] = [];
  const programmed = new Map<string, FakeAnswer[]>();
  let pendingUpdates: Update[] = [];
  let nextMessageId = 1208;
  let closing = false;
  const files = new Map<string, { path: string; bytes: Uint8Array; declaredSize?: number }>();
  const downloads = new Map<string, number>();

  const normalAnswer = (method: string, payload: Record<string, unknown>): FakeAnswer => {
    switch (method) {
      case 'getMe':
        return { status: 200, body: apiResponse('getMe_ok') };
      case 'sendMessage': {
        const sent = apiResponse('sendMessage_ok');
        const result = isRecord(sent.result) ? sent.result : {};
        const chat = isRecord(result.chat) ? result.chat : {};
        const chatId = Number(payload.chat_id);
        return {
          status: 200,
          body: {
            ...sent,
            result: { ...result, message_id: nextMessageId++, chat: { ...chat, id: chatId }, text: payload.text },
          },
        };
      }
      case 'getFile': {
        const file = files.get(String(payload.file_id));
        if (!file)
          return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' } };
        const size = file.declaredSize ?? file.bytes.byteLength;
        if (size > 20 * 1024 * 1024) return { status: 400, body: apiResponse('file_too_big') };
        const found = apiResponse('getFile_ok');
        const result = isRecord(found.result) ? found.result : {};
        return {
          status: 200,
          body: { ...found, result: { ...result, file_id: payload.file_id, file_size: size, file_path: file.path } },
        };
      }
      case 'sendPhoto':
      case 'sendDocument': {
        const sent = apiResponse(`${method}_ok`);
        const result = isRecord(sent.result) ? sent.result : {};
        const chat = isRecord(result.chat) ? result.chat : {};
        return {
          status: 200,
          body: {
            ...sent,
            result: {
              ...result,
              message_id: nextMessageId++,
              chat: { ...chat, id: Number(payload.chat_id) },
              caption: payload.caption,
            },
          },
        };
      }
      case 'answerCallbackQuery':
      case 'setWebhook':
      case 'deleteWebhook':
        return { status: 200, body: { ok: true, result: true } };
      default:
        return { status: 404, body: { ok: false, error_code: 404, description: 'Not Found: method not found' } };
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const download = /^\/file\/bot[^/]+\/(.+)$/.exec(req.url ?? '');
    if (download?.[1] !== undefined) {
      const path = download[1];
      const file = [...files.values()].find((candidate) => candidate.path === path);
      downloads.set(path, (downloads.get(path) ?? 0) + 1);
      const queuedDownload = programmed.get(`file:${path}`)?.shift();
      if (queuedDownload) return reply(res, queuedDownload);
      if (!file) return reply(res, { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file.bytes);
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    const raw = await readBytes(req);
    if (!match || match[1] === undefined || match[2] === undefined)
      return reply(res, { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
    const [, token, method] = match;
    const payload = await parsePayload(raw, String(req.headers['content-type'] ?? ''));
    calls.push({ token, method, payload });
    const queued = programmed.get(method)?.shift();
    if (queued) return reply(res, queued);
    if (method === 'getUpdates') {
      // Long polling: hold briefly like the real server does for `timeout`, then nothing new.
      if (pendingUpdates.length === 0 && !closing && Number(payload.timeout ?? 0) > 0)
        await new Promise((resolve) => setTimeout(resolve, 50));
      const result = pendingUpdates;
      pendingUpdates = [];
      return reply(res, { status: 200, body: { ok: true, result } });
    }
    reply(res, normalAnswer(method, payload));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      reply(res, { status: 500, body: { ok: false, error_code: 500, description: String(error) } }),
    );
  });
  const origin = await listenOnLoopback(server);

  return {
    apiRoot: origin,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    answerNext(method, answer) {
      const list = programmed.get(method) ?? [];
      list.push(typeof answer === 'string' ? namedAnswer(answer) : answer);
      programmed.set(method, list);
    },
    queueUpdates(...updates) {
      pendingUpdates.push(...updates);
    },
    addFile(fileId, bytes, options = {}) {
      files.set(fileId, {
        path: options.path ?? `documents/file_${files.size + 1}`,
        bytes,
        ...(options.declaredSize !== undefined ? { declaredSize: options.declaredSize } : {}),
      });
    },
    downloads,
    close() {
      closing = true;
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function namedAnswer(name: NamedAnswer): FakeAnswer {
  if (name === 'server_error')
    return { status: 500, body: { ok: false, error_code: 500, description: 'Internal Server Error' } };
  const body = apiResponse(name);
  return { status: typeof body.error_code === 'number' ? body.error_code : 400, body };
}

function reply(res: ServerResponse, { status, body }: FakeAnswer): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** A JSON body, or a multipart one (telegraf sends files so): fields as strings, files as FakeUpload. */
async function parsePayload(raw: Buffer, contentType: string): Promise<Record<string, unknown>> {
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    const payload: Record<string, unknown> = {};
    for (const [key, value] of form.entries()) {
      payload[key] =
        typeof value === 'string'
          ? value
          : { filename: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
    }
    return payload;
  }
  const parsed: unknown = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {};
  return isRecord(parsed) ? parsed : {};
}

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isUpdate(value: unknown): value is Update {
  return isRecord(value) && typeof value.update_id === 'number';
}

/** An update built in a test, checked to carry an update_id (the bot reads it as Telegram's). */
export function toUpdate(value: unknown): Update {
  if (!isUpdate(value)) throw new Error('not an update: no update_id');
  return value;
}
