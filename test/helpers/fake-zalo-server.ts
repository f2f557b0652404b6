import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { listenOnLoopback } from './listen.ts';

/** The real response bodies in test/fixtures/zalo/api-responses.json, by name. */
export const zaloApiResponses = z
  .record(z.string(), z.unknown())
  .parse(JSON.parse(readFileSync(new URL('../fixtures/zalo/api-responses.json', import.meta.url), 'utf8')));

export function zaloFixture(name: string): unknown {
  if (!(name in zaloApiResponses)) throw new Error(`no Zalo API fixture named ${name}`);
  return zaloApiResponses[name];
}

export type RecordedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
};

/** One answer: JSON (status 200 unless told), raw text, a dropped connection, or an answer after a delay. */
export type FakeReply =
  | { status?: number; json: unknown; delayMs?: number }
  | { status: number; text: string; delayMs?: number }
  /** A file, as Zalo's CDN serves what people send (the URL in a user_send_image event). */
  | { status?: number; bytes: Uint8Array; delayMs?: number }
  | { drop: true };

export type FakeZaloServer = {
  /** Use as both apiBase and oauthBase. */
  url: string;
  requests: RecordedRequest[];
  /** Queue one-shot replies for a path (`/v3.0/oa/message/cs`, `/v4/oa/access_token`, `/v3.0/oa/user/detail`). */
  reply(path: string, ...replies: FakeReply[]): void;
  close(): Promise<void>;
};

const defaults = new Map<string, FakeReply>([
  ['/v3.0/oa/message/cs', { json: zaloFixture('send_cs_ok') }],
  ['/v4/oa/access_token', { json: zaloFixture('oauth_refresh_ok') }],
  [
    '/v3.0/oa/user/detail',
    {
      json: {
        data: {
          user_id: '6142494823123456789',
          display_name: 'Nguyễn Văn A',
          avatars: { '240': 'https://example.invalid/a240.jpg' },
          user_is_follower: true,
        },
        error: 0,
        message: 'Success',
      },
    },
  ],
]);

/** A fake Zalo OpenAPI + OAuth server on 127.0.0.1 (random port) that records every request. */
export async function startFakeZaloServer(): Promise<FakeZaloServer> {
  const requests: RecordedRequest[] = [];
  const queues = new Map<string, FakeReply[]>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const answer = queues.get(url.pathname)?.shift() ??
        defaults.get(url.pathname) ?? { status: 404, json: { error: -201, message: 'Unknown path' } };
      if ('drop' in answer) {
        req.socket.destroy();
        return;
      }
      const send = () => {
        if ('bytes' in answer) {
          res.writeHead(answer.status ?? 200, { 'content-type': 'application/octet-stream' });
          res.end(answer.bytes);
          return;
        }
        const body = 'text' in answer ? answer.text : JSON.stringify(answer.json);
        res.writeHead(answer.status ?? 200, { 'content-type': 'text' in answer ? 'text/html' : 'application/json' });
        res.end(body);
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  const origin = await listenOnLoopback(server);

  return {
    url: origin,
    requests,
    reply(path, ...replies) {
      queues.set(path, [...(queues.get(path) ?? []), ...replies]);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
