import { createServer, type Server } from 'node:http';
import { eq } from 'drizzle-orm';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramSender } from '../../bots/telegram/index.ts';
import { createWebSender } from '../../bots/web/index.ts';
import { createZaloSender } from '../../bots/zalo/index.ts';
import { attachments, publicFileRoutes, readOutboundFile } from '../../src/attachments/index.ts';
import type { ChannelSender, InboundMessage } from '../../src/channels.ts';
import { contacts, createChatCore, messages } from '../../src/conversations/index.ts';
import { createOutboxWorker } from '../../src/outbox/deliver-outbox.ts';
import { listWebMessages } from '../../src/outbox/list-web-messages.ts';
import { requests } from '../../src/tracker/index.ts';
import { deliverAll } from '../helpers/deliver-all.ts';
import { startFakeBotApi, type FakeBotApi, type FakeUpload } from '../helpers/fake-bot-api.ts';
import { csrfFrom } from '../helpers/http-session.ts';
import { startInboxApp } from '../helpers/inbox-app.ts';
import { listenOnLoopback } from '../helpers/listen.ts';
import { hostileSvg, samplePdf, samplePng } from '../helpers/sample-files.ts';
import { loadTrackerFixture, silentLogger } from '../helpers/tracker-fixture.ts';

// Staff send a file with a reply: the case page's form (multipart, CSRF-checked like every form),
// the tracker's staff answer, the outbox, and each channel's way of carrying it — Telegram's
// sendPhoto/sendDocument (multipart, to a fake Bot API on loopback), Zalo's picture by public
// address, the web chat's own file route.

const TOKEN = '123456:TEST-token-for-the-fake-bot-api';
let app: Awaited<ReturnType<typeof startInboxApp>>;
let api: FakeBotApi;
let publicServer: Server;
let publicBase: string;
const zaloImages: string[] = [];
let senders: Record<'telegram' | 'zalo' | 'web', ChannelSender>;

beforeAll(async () => {
  api = await startFakeBotApi();
  senders = {
    telegram: createTelegramSender(TOKEN, { logger: silentLogger, apiRoot: api.apiRoot }),
    zalo: createZaloSender({
      client: {
        sendText: () => Promise.resolve({ messageId: 'zt', userId: 'u' }),
        sendImage: (_token, _user, url) => {
          zaloImages.push(url);
          return Promise.resolve({ messageId: 'zi', userId: 'u' });
        },
      },
      getAccessToken: () => Promise.resolve('oa-token'),
    }),
    web: createWebSender(),
  };
  const sending = Object.fromEntries(Object.values(senders).map((sender) => [sender.channel, sender.sendsFiles]));
  app = await startInboxApp({ files: { maxBytes: 64 * 1024, sending } });
  publicServer = createServer(express().use(publicFileRoutes(app.db)));
  publicBase = await listenOnLoopback(publicServer);
});
afterAll(async () => {
  publicServer.closeAllConnections();
  await new Promise((resolve) => publicServer.close(resolve));
  await api.close();
  await app.close();
});

const openCase = async (channel: 'telegram' | 'zalo' | 'web', address: string) => {
  const { answerer, tracker } = await loadTrackerFixture();
  const core = createChatCore({ db: app.db, answerer, tracker, logger: silentLogger, now: () => new Date() });
  const person: InboundMessage = {
    channel,
    channelMessageId: `person:${address}`,
    address,
    sentAt: new Date(),
    content: { type: 'action', action: { type: 'person' } },
  };
  await core.receive(person);
  await core.drain();
  const [contact] = await app.db.select().from(contacts).where(eq(contacts.address, address));
  const [request] = await app.db
    .select()
    .from(requests)
    .where(eq(requests.contactId, contact?.id ?? ''));
  if (!request) throw new Error('no case');
  return request;
};

/** Posts the case page's reply form as the browser does, with a file. */
const replyWithFile = async (caseId: number, text: string, file: { name: string; type: string; bytes: Uint8Array }) => {
  const agent = await app.signIn('agent@hcc.vn');
  const page = await agent.get(`/inbox/cases/${caseId}`);
  const turn = /name="turn" value="(\d+)"/.exec(page.text)?.[1] ?? '0';
  const form = new FormData();
  form.set('_csrf', csrfFrom(page.text));
  form.set('turn', turn);
  form.set('text', text);
  form.set('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  const cookie = [...agent.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  const response = await fetch(`${app.base}/inbox/cases/${caseId}/reply`, {
    method: 'POST',
    headers: { cookie },
    body: form,
    redirect: 'manual',
  });
  return { status: response.status, text: await response.text(), page: page.text };
};

/** Every channel's outbox worker, as main runs them, until nothing is waiting. */
const deliver = async () => {
  const workers = Object.values(senders).map((sender) =>
    createOutboxWorker({
      db: app.db,
      sender,
      logger: silentLogger,
      now: () => new Date(),
      onPermanentFailure: async () => {},
      loadAttachment: (id) => readOutboundFile(app.db, id, (token) => `${publicBase}/files/${token}`),
    }),
  );
  await deliverAll(app.db, async () => {
    let sent = 0;
    for (const worker of workers) sent += await worker.runOnce();
    return sent;
  });
  await Promise.all(workers.map((worker) => worker.stop()));
};

const upload = (call: { payload: Record<string, unknown> } | undefined, field: string): FakeUpload | null => {
  const value = call?.payload[field];
  return typeof value === 'object' && value !== null && 'bytes' in value ? (value as FakeUpload) : null;
};

describe('staff send a file back', () => {
  it('Telegram: a picture goes out by sendPhoto and a PDF by sendDocument, each with the reply as its caption', async () => {
    const request = await openCase('telegram', '5120035001');
    const png = samplePng();
    const page = (await (await app.signIn('agent@hcc.vn')).get(`/inbox/cases/${request.id}`)).text;
    expect(page).toContain('enctype="multipart/form-data"');
    expect(page).toContain('id="reply-file"');

    const sent = await replyWithFile(request.id, 'Kết quả của bạn', {
      name: 'ket-qua.png',
      type: 'image/png',
      bytes: png,
    });
    expect(sent.status).toBe(303);
    await deliver();
    const photo = api.callsTo('sendPhoto').at(-1);
    expect(String(photo?.payload.chat_id)).toBe('5120035001');
    expect(String(photo?.payload.caption)).toContain('Kết quả của bạn');
    expect(Buffer.from(upload(photo, 'photo')?.bytes ?? []).equals(Buffer.from(png))).toBe(true);

    await replyWithFile(request.id, 'Mẫu đơn', { name: 'mau-don.pdf', type: 'application/pdf', bytes: samplePdf() });
    await deliver();
    const document = api.callsTo('sendDocument').at(-1);
    expect(upload(document, 'document')?.filename).toBe('mau-don.pdf');
    expect(String(document?.payload.caption)).toContain('Mẫu đơn');

    // The case page shows what staff sent, linked like what the person sent.
    const after = (await (await app.signIn('agent@hcc.vn')).get(`/inbox/cases/${request.id}`)).text;
    expect(after).toMatch(
      /<div class="msg staff[^"]*">[\s\S]*?<a class="file" href="\/inbox\/cases\/\d+\/attachments\/\d+" target="_blank"/,
    );
    expect(after).toContain('mau-don.pdf');
  });

  it('refuses a file the channel cannot carry or that is not a picture or PDF, and keeps nothing', async () => {
    const before = (await app.db.select().from(attachments)).length;
    const zalo = await openCase('zalo', '6142494823000000011');
    const pdf = await replyWithFile(zalo.id, 'Mẫu đơn', {
      name: 'mau.pdf',
      type: 'application/pdf',
      bytes: samplePdf(),
    });
    expect(pdf.status).toBe(400);
    expect(pdf.text).toContain('Kênh này không gửi được loại tệp này');
    expect(pdf.page).toContain('Zalo không gửi được tệp PDF');
    const telegram = await openCase('telegram', '5120035002');
    const svg = await replyWithFile(telegram.id, 'xem', { name: 'a.png', type: 'image/png', bytes: hostileSvg() });
    expect(svg.status).toBe(400);
    expect(svg.text).toContain('Chỉ gửi được ảnh');
    const big = await replyWithFile(telegram.id, 'xem', {
      name: 'big.png',
      type: 'image/png',
      bytes: new Uint8Array(70 * 1024).fill(0x89),
    });
    expect(big.status).toBe(400);
    expect(big.text).toContain('Tệp quá lớn: tối đa 0.1 MB');
    // Far over the limit: refused while reading, before the form is even parsed.
    const huge = await replyWithFile(telegram.id, 'xem', {
      name: 'huge.png',
      type: 'image/png',
      bytes: new Uint8Array(400 * 1024).fill(0x89),
    });
    expect(huge.status).toBe(413);
    expect((await app.db.select().from(attachments)).length).toBe(before);
    const [untouched] = await app.db.select().from(requests).where(eq(requests.id, telegram.id));
    expect(untouched?.firstHumanReplyAt).toBeNull();
  });

  it('Zalo: a picture is sent by its public address, which serves that picture only', async () => {
    const request = await openCase('zalo', '6142494823000000012');
    const png = samplePng(10);
    expect(
      (await replyWithFile(request.id, 'Ảnh kết quả', { name: 'kq.png', type: 'image/png', bytes: png })).status,
    ).toBe(303);
    await deliver();
    const url = zaloImages.at(-1) ?? '';
    expect(url).toMatch(new RegExp(`^${publicBase}/files/[A-Za-z0-9_-]{32}$`));
    const served = await fetch(url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(png))).toBe(true);
    expect((await fetch(`${publicBase}/files/${'x'.repeat(32)}`)).status).toBe(404);
  });

  it('web chat: the reply carries the file, listed for the person with its id', async () => {
    const request = await openCase('web', 'webPersonAddress000001');
    expect(
      (await replyWithFile(request.id, 'Đây là mẫu', { name: 'mau.pdf', type: 'application/pdf', bytes: samplePdf() }))
        .status,
    ).toBe(303);
    await deliver();
    const listed = await listWebMessages(app.db, 'webPersonAddress000001', 0, 100);
    const reply = listed.find((message) => message.kind === 'staff_reply');
    expect(reply?.attachment).toMatchObject({ kind: 'file', mimeType: 'application/pdf', name: 'mau.pdf' });
    const [transcript] = await app.db
      .select()
      .from(messages)
      .where(eq(messages.requestId, request.id))
      .orderBy(messages.id)
      .then((rows) => rows.filter((row) => row.author === 'staff'));
    expect(transcript?.data).toMatchObject({ attachmentId: reply?.attachment?.id });
  });
});
