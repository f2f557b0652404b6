import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramBot, createTelegramSender } from '../../bots/telegram/index.ts';
import { createZaloSender, parseEvent } from '../../bots/zalo/index.ts';
import { attachments, createAttachmentFetcher, MAX_FETCH_ATTEMPTS } from '../../src/attachments/index.ts';
import type { InboundMessage } from '../../src/channels.ts';
import { contacts, createChatCore, messages } from '../../src/conversations/index.ts';
import { guardInbound } from '../../src/guard-inbound.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { applyRetention, erasePersonalData } from '../../src/privacy/erase-personal-data.ts';
import { findPerson } from '../../src/privacy/find-person.ts';
import { setAsideUpdate } from '../../src/rejected-updates/set-aside-update.ts';
import { requests } from '../../src/tracker/index.ts';
import { botInfoFixture, startFakeBotApi, toUpdate, updateFixture, type FakeBotApi } from '../helpers/fake-bot-api.ts';
import { startFakeZaloServer, type FakeZaloServer } from '../helpers/fake-zalo-server.ts';
import { httpSession } from '../helpers/http-session.ts';
import { startInboxApp } from '../helpers/inbox-app.ts';
import { hostileSvg, samplePdf, samplePng } from '../helpers/sample-files.ts';
import { silentLogger } from '../helpers/tracker-fixture.ts';

// Files people send on Telegram and Zalo: queued when they join a case, fetched in the background
// from fake Bot API / Zalo servers on loopback, checked, stored, shown on the case page and served
// only to staff who may see the case; refused politely when too large or of another type.

const TOKEN = '123456:TEST-token-for-the-fake-bot-api';
const MAX_BYTES = 64 * 1024;
let app: Awaited<ReturnType<typeof startInboxApp>>;
let api: FakeBotApi;
let zalo: FakeZaloServer;

beforeAll(async () => {
  app = await startInboxApp();
  api = await startFakeBotApi();
  zalo = await startFakeZaloServer();
});
afterAll(async () => {
  await zalo.close();
  await api.close();
  await app.close();
});

const setUp = async () => {
  const { loadTrackerFixture } = await import('../helpers/tracker-fixture.ts');
  const { answerer, tracker } = await loadTrackerFixture();
  const now = () => new Date();
  const core = createChatCore({ db: app.db, answerer, tracker, logger: silentLogger, now });
  const gate = guardInbound({ core, setAside: (update) => setAsideUpdate(app.db, update, now()), now });
  const bot = createTelegramBot(TOKEN, {
    core: gate,
    logger: silentLogger,
    apiRoot: api.apiRoot,
    botInfo: botInfoFixture,
  });
  const telegram = createTelegramSender(TOKEN, { logger: silentLogger, apiRoot: api.apiRoot });
  const zaloSender = createZaloSender({
    client: {
      sendText: () => Promise.resolve({ messageId: 'x', userId: 'x' }),
      sendImage: () => Promise.resolve({ messageId: 'x', userId: 'x' }),
    },
    getAccessToken: () => Promise.resolve('token'),
  });
  const fetcher = createAttachmentFetcher({
    db: app.db,
    channels: [telegram, zaloSender],
    logger: silentLogger,
    now,
    maxBytes: MAX_BYTES,
  });
  return { core, gate, bot, fetcher };
};

/** The person's case with staff: they ask for a person first, so what they send next joins it. */
const openCase = async (
  core: { receive(m: InboundMessage): Promise<unknown>; drain(): Promise<number> },
  channel: 'telegram' | 'zalo',
  address: string,
) => {
  await core.receive({
    channel,
    channelMessageId: `person:${address}:${Math.random()}`,
    address,
    sentAt: new Date(),
    content: { type: 'action', action: { type: 'person' } },
  });
  await core.drain();
  const [contact] = await app.db.select().from(contacts).where(eq(contacts.address, address));
  const [request] = await app.db
    .select()
    .from(requests)
    .where(eq(requests.contactId, contact?.id ?? ''));
  if (!request) throw new Error('no case opened');
  return request;
};

const photoUpdate = (chatId: number, fileId: string, updateId: number) => {
  const update = structuredClone(updateFixture('photo-message'));
  if (!('message' in update) || !update.message || !('photo' in update.message)) throw new Error('fixture');
  const photo = update.message.photo.at(-1);
  if (!photo) throw new Error('fixture');
  photo.file_id = fileId;
  update.update_id = updateId;
  update.message.message_id = updateId;
  update.message.chat.id = chatId;
  update.message.from.id = chatId;
  update.message.date = Math.floor(Date.now() / 1000);
  return toUpdate(update);
};

const zaloImage = (sender: string, msgId: string, url: string): InboundMessage => {
  const event = JSON.parse(
    JSON.stringify({
      event_name: 'user_send_image',
      app_id: '2553928453557884079',
      sender: { id: sender },
      recipient: { id: '3662729599332560487' },
      message: {
        msg_id: msgId,
        text: 'hồ sơ của tôi',
        attachments: [{ type: 'image', payload: { thumbnail: url, url } }],
      },
      timestamp: String(Date.now()),
      user_id_by_app: '979122185046046317',
    }),
  );
  const parsed = parseEvent(event);
  if ('ignored' in parsed) throw new Error(parsed.ignored);
  return parsed;
};

const fileOf = async (messageId: number | undefined) => {
  const [row] = await app.db
    .select()
    .from(attachments)
    .where(eq(attachments.messageId, messageId ?? -1));
  return row;
};

const lastInbound = async (address: string) => {
  const [contact] = await app.db.select().from(contacts).where(eq(contacts.address, address));
  const rows = await app.db
    .select()
    .from(messages)
    .where(eq(messages.contactId, contact?.id ?? ''));
  return rows.filter((row) => row.direction === 'in').at(-1);
};

const download = async (session: ReturnType<typeof httpSession>, path: string) => {
  const cookie = [...session.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  return fetch(`${app.base}${path}`, { headers: { cookie }, redirect: 'manual' });
};

describe('attachments from the channels', () => {
  it('fetches a Telegram photo after the update was answered, stores it once and shows it on the case', async () => {
    const { core, bot, fetcher } = await setUp();
    const request = await openCase(core, 'telegram', '5120034001');
    const png = samplePng();
    api.addFile('photo-file-1', png, { path: 'photos/file_1.jpg' });
    await bot.handleUpdate(photoUpdate(5120034001, 'photo-file-1', 910001));
    await bot.handleUpdate(photoUpdate(5120034001, 'photo-file-1', 910001)); // redelivered
    await core.drain();
    const message = await lastInbound('5120034001');
    expect((await fileOf(message?.id))?.status).toBe('pending'); // nothing fetched on the webhook's path

    expect(await fetcher.runOnce()).toBe(1);
    const stored = await fileOf(message?.id);
    expect(stored).toMatchObject({ status: 'stored', mimeType: 'image/png', kind: 'photo', size: png.byteLength });
    expect(stored?.requestId).toBe(request.id);
    expect(stored?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Buffer.from(stored?.bytes ?? new Uint8Array()).equals(Buffer.from(png))).toBe(true);
    expect(api.downloads.get('photos/file_1.jpg')).toBe(1);
    expect(await fetcher.runOnce()).toBe(0);

    const agent = await app.signIn('agent@hcc.vn');
    const page = await agent.get(`/inbox/cases/${request.id}`);
    const url = `/inbox/cases/${request.id}/attachments/${stored?.id}`;
    expect(page.text).toContain(`<img src="${url}"`);
    const served = await download(agent, url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-disposition')).toMatch(/^inline; filename="file_1\.jpg"/);
    expect(served.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(png))).toBe(true);

    // Another agency's staff and someone signed out get nothing; an admin sees it.
    const other = await app.signIn('spare@congthuong.vn');
    expect((await download(other, url)).status).toBe(403);
    expect((await download(httpSession(app.base), url)).status).toBe(303);
    expect((await download(await app.signIn('admin@tinh.vn'), url)).status).toBe(200);
    // A file of another person through this case's address: not found.
    expect((await download(agent, `/inbox/cases/${app.cases.own}/attachments/${stored?.id}`)).status).toBe(404);
  });

  it('fetches a Zalo image from the URL in the event', async () => {
    const { core, gate, fetcher } = await setUp();
    await openCase(core, 'zalo', '6142494823000000001');
    const png = samplePng(12);
    zalo.reply('/cdn/full-1.jpg', { bytes: png });
    await gate.receive(zaloImage('6142494823000000001', 'zalo-image-1', `${zalo.url}/cdn/full-1.jpg`));
    await core.drain();
    expect(await fetcher.runOnce()).toBe(1);
    const stored = await fileOf((await lastInbound('6142494823000000001'))?.id);
    expect(stored).toMatchObject({ status: 'stored', mimeType: 'image/png', channel: 'zalo', size: png.byteLength });
  });

  it('refuses a file over the limit and one that is not a photo or PDF, keeps none of it and tells the person', async () => {
    const { core, gate, bot, fetcher } = await setUp();
    await openCase(core, 'telegram', '5120034002');
    api.addFile('huge', samplePng(), { path: 'documents/huge.pdf', declaredSize: 25 * 1024 * 1024 });
    await bot.handleUpdate(photoUpdate(5120034002, 'huge', 910002));
    await core.drain();
    await fetcher.runOnce();
    const huge = await fileOf((await lastInbound('5120034002'))?.id);
    expect(huge).toMatchObject({ status: 'refused', lastError: 'too_large', bytes: null });
    expect(api.downloads.get('documents/huge.pdf')).toBeUndefined(); // refused from getFile's size

    await openCase(core, 'zalo', '6142494823000000002');
    zalo.reply('/cdn/page.svg', { bytes: hostileSvg() });
    await gate.receive(zaloImage('6142494823000000002', 'zalo-svg-1', `${zalo.url}/cdn/page.svg`));
    zalo.reply('/cdn/big.jpg', { bytes: new Uint8Array(MAX_BYTES + 1).fill(0xff) });
    await core.drain();
    await fetcher.runOnce();
    const svg = await fileOf((await lastInbound('6142494823000000002'))?.id);
    expect(svg).toMatchObject({ status: 'refused', lastError: 'type', bytes: null, size: null });
    await gate.receive(zaloImage('6142494823000000002', 'zalo-big-1', `${zalo.url}/cdn/big.jpg`));
    await core.drain();
    await fetcher.runOnce();
    expect(await fileOf((await lastInbound('6142494823000000002'))?.id)).toMatchObject({
      status: 'refused',
      lastError: 'too_large',
      bytes: null,
    });

    const told = await app.db.select().from(outbox).where(eq(outbox.kind, 'attachment_refused'));
    const texts = told.map((row) => JSON.stringify(row.payload));
    expect(texts.filter((text) => text.includes('quá lớn'))).toHaveLength(2);
    expect(texts.filter((text) => text.includes('PDF') && text.includes('chỉ nhận ảnh'))).toHaveLength(1);
    expect(told.map((row) => row.address).sort()).toEqual(['5120034002', '6142494823000000002', '6142494823000000002']);
  });

  it('keeps trying a file the channel cannot give yet, then shows staff it could not be fetched', async () => {
    const { core, gate, fetcher } = await setUp();
    const request = await openCase(core, 'zalo', '6142494823000000003');
    const fails = Array.from({ length: MAX_FETCH_ATTEMPTS }, () => ({ status: 503, text: 'busy' }));
    zalo.reply('/cdn/flaky.jpg', ...fails);
    await gate.receive(zaloImage('6142494823000000003', 'zalo-flaky-1', `${zalo.url}/cdn/flaky.jpg`));
    await core.drain();
    const id = (await lastInbound('6142494823000000003'))?.id;
    for (let attempt = 1; attempt <= MAX_FETCH_ATTEMPTS; attempt++) {
      await app.db
        .update(attachments)
        .set({ nextAttemptAt: new Date(0) })
        .where(eq(attachments.messageId, id ?? -1));
      await fetcher.runOnce();
      expect((await fileOf(id))?.status).toBe(attempt < MAX_FETCH_ATTEMPTS ? 'pending' : 'failed');
    }
    const page = await (await app.signIn('agent@hcc.vn')).get(`/inbox/cases/${request.id}`);
    expect(page.text).toContain('data-file-status="failed"');
    expect(page.text).toContain('không tải được từ kênh');
    const [message] = await app.db
      .select()
      .from(messages)
      .where(eq(messages.id, id ?? -1));
    expect(message?.kind).toBe('attachment'); // the message itself stays on the case
  });

  it('erases a person’s stored files with the rest of their data', async () => {
    const { core, bot, fetcher } = await setUp();
    await openCase(core, 'telegram', '5120034003');
    api.addFile('erase-me', samplePdf(), { path: 'documents/don.pdf' });
    await bot.handleUpdate(photoUpdate(5120034003, 'erase-me', 910003));
    await core.drain();
    await fetcher.runOnce();
    const id = (await lastInbound('5120034003'))?.id;
    expect((await fileOf(id))?.status).toBe('stored');
    const person = await findPerson(app.db, '5120034003', 'telegram');
    // The export lists the file by what it is, never its bytes.
    expect(person.attachments).toEqual([
      expect.objectContaining({ mimeType: 'application/pdf', name: 'don.pdf', status: 'stored', direction: 'in' }),
    ]);
    expect(JSON.stringify(person.attachments)).not.toContain('bytes');
    const erased = await erasePersonalData(app.db, person, new Date(), 'erasure requested by the person');
    expect(erased.attachments).toBe(1);
    expect(await fileOf(id)).toBeUndefined();
  });

  it('retention deletes the files of the cases it anonymises', async () => {
    const { core, bot, fetcher } = await setUp();
    const request = await openCase(core, 'telegram', '5120034004');
    api.addFile('old-photo', samplePng(), { path: 'photos/old.jpg' });
    await bot.handleUpdate(photoUpdate(5120034004, 'old-photo', 910004));
    await core.drain();
    await fetcher.runOnce();
    const id = (await lastInbound('5120034004'))?.id;
    expect((await fileOf(id))?.status).toBe('stored');
    const closedAt = new Date('2024-01-01T00:00:00Z');
    await app.db.update(requests).set({ status: 'closed', closedAt }).where(eq(requests.id, request.id));
    const done = await applyRetention(app.db, new Date('2024-06-01T00:00:00Z'), new Date());
    expect(done.attachments).toBeGreaterThanOrEqual(1);
    expect(await fileOf(id)).toBeUndefined();
  });
});
