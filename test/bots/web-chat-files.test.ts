import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { eq } from 'drizzle-orm';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebChat } from '../../bots/web/index.ts';
import { attachments, readWebChatFile, receiveWithFiles } from '../../src/attachments/index.ts';
import { createChatCore, messages } from '../../src/conversations/index.ts';
import { listWebMessages } from '../../src/outbox/list-web-messages.ts';
import { createDatabaseLimitStore } from '../../src/rate-limits/database-limit-store.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { listenOnLoopback } from '../helpers/listen.ts';
import { hostileSvg, samplePdf, samplePng } from '../helpers/sample-files.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';

// The web chat's file upload (POST /chat/api/files) and its file route: the same origin check and
// post limits as a message, the size capped while reading, the type decided by the bytes, and a
// file shown only to the person it belongs to.

const MAX_BYTES = 32 * 1024;
let database: TestDatabase;
let server: Server;
let base: string;
let drain: () => Promise<number>;

beforeAll(async () => {
  database = await createTestDatabase();
  const { answerer, tracker } = await loadTrackerFixture();
  const db = database.db;
  const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now: () => new Date() });
  drain = core.drain;
  const app = express();
  server = createServer(app);
  base = await listenOnLoopback(server);
  app.use(
    createWebChat({
      core: receiveWithFiles(db, core, silentLogger),
      listMessages: (to, after) => listWebMessages(db, to, after, 100),
      baseUrl: base,
      logger: silentLogger,
      postsPerMinute: 5,
      limitStore: (name) => createDatabaseLimitStore(db, `files:${name}`),
      files: { maxBytes: MAX_BYTES, read: (address, id) => readWebChatFile(db, id, address) },
    }),
  );
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await database.destroy();
});

/** A person of the web chat: their cookie, kept across requests. */
function person() {
  let cookie = '';
  const remember = (response: Response) => {
    const set = response.headers.getSetCookie().find((line) => line.startsWith('hoidap_chat='));
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
  return {
    post: async (path: string, body: BodyInit, headers: Record<string, string>) =>
      remember(await fetch(`${base}${path}`, { method: 'POST', body, headers: { cookie, origin: base, ...headers } })),
    get: async (path: string) => remember(await fetch(`${base}${path}`, { headers: { cookie } })),
    upload: async (bytes: Uint8Array, type: string, name: string, clientId = randomUUID()) =>
      remember(
        await fetch(`${base}/chat/api/files?clientId=${clientId}&lang=vi`, {
          method: 'POST',
          body: new Uint8Array(bytes),
          headers: { cookie, origin: base, 'content-type': type, 'x-file-name': encodeURIComponent(name) },
        }),
      ),
  };
}

describe('web chat files', () => {
  it('stores a picture with its message once, shows it to the person, and adds it to their case', async () => {
    const lan = person();
    const asked = await lan.post(
      '/chat/api/messages',
      JSON.stringify({ clientId: randomUUID(), action: { type: 'person' } }),
      {
        'content-type': 'application/json',
      },
    );
    expect(asked.status).toBe(202);
    await drain();
    const png = samplePng();
    const clientId = randomUUID();
    const sent = await lan.upload(png, 'image/png', 'giấy tờ.png', clientId);
    expect(sent.status).toBe(202);
    const body = await sent.json();
    expect(body.file).toMatchObject({ kind: 'photo', name: 'giấy tờ.png' });
    expect((await lan.upload(png, 'image/png', 'giấy tờ.png', clientId)).status).toBe(202); // a retry: stored once
    await drain();

    const [file] = await database.db.select().from(attachments).where(eq(attachments.id, body.file.id));
    expect(file).toMatchObject({ status: 'stored', mimeType: 'image/png', direction: 'in', channel: 'web' });
    expect(file?.requestId).not.toBeNull(); // it joined the person's open case
    const [message] = await database.db
      .select()
      .from(messages)
      .where(eq(messages.id, file?.messageId ?? -1));
    expect(message?.kind).toBe('attachment');
    expect(await database.db.select().from(attachments)).toHaveLength(1);

    const shown = await lan.get(`/chat/api/files/${body.file.id}`);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/png');
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
    expect(shown.headers.get('content-disposition')).toContain("filename*=UTF-8''gi%E1%BA%A5y%20t%E1%BB%9D.png");
    expect(Buffer.from(await shown.arrayBuffer()).equals(Buffer.from(png))).toBe(true);

    // Someone else, and someone with no chat cookie, get nothing.
    const other = person();
    await other.upload(samplePdf(), 'application/pdf', 'x.pdf');
    expect((await other.get(`/chat/api/files/${body.file.id}`)).status).toBe(404);
    expect((await fetch(`${base}/chat/api/files/${body.file.id}`)).status).toBe(404);
  });

  it('refuses a file by its bytes, not its name or type, and one over the limit, politely and storing nothing', async () => {
    const before = (await database.db.select().from(attachments)).length;
    const lan = person();
    const svg = await lan.upload(hostileSvg(), 'image/png', 'anh.png');
    expect(svg.status).toBe(415);
    expect((await svg.json()).message).toContain('Chỉ gửi được ảnh');
    const html = await lan.upload(new TextEncoder().encode('<html>'), 'text/html', 'a.html');
    expect(html.status).toBe(415);
    const big = await lan.upload(new Uint8Array(MAX_BYTES + 1).fill(0xff), 'image/jpeg', 'big.jpg');
    expect(big.status).toBe(413);
    expect((await big.json()).message).toContain('Tệp quá lớn: tối đa');
    expect((await database.db.select().from(attachments)).length).toBe(before);
  });

  it('refuses an upload from another site and counts uploads against the post limit', async () => {
    const crossSite = await fetch(`${base}/chat/api/files?clientId=${randomUUID()}`, {
      method: 'POST',
      body: new Uint8Array(samplePng()),
      headers: { origin: 'https://evil.example', 'content-type': 'image/png' },
    });
    expect(crossSite.status).toBe(403);
    const lan = person();
    const statuses: number[] = [];
    // The first upload has no cookie yet (counted by network address), the next five by the person's.
    for (let i = 0; i < 7; i++) statuses.push((await lan.upload(samplePng(), 'image/png', `p${i}.png`)).status);
    expect(statuses.slice(0, 6)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(statuses[6]).toBe(429);
  });
});
