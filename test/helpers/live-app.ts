import { createServer, type Server } from 'node:http';
import express from 'express';
import { conversationKey, createWebChat, createWebSender } from '../../bots/web/index.ts';
import { readOutboundFile, readWebChatFile, receiveWithFiles } from '../../src/attachments/index.ts';
import { createChatCore } from '../../src/conversations/index.ts';
import { createTestInbox } from './test-inbox.ts';
import { createStaff } from '../../src/inbox/create-staff.ts';
import { createLiveHub, sendWebChatSignal } from '../../src/live/index.ts';
import { createOutboxWorker } from '../../src/outbox/deliver-outbox.ts';
import { listWebMessages } from '../../src/outbox/list-web-messages.ts';
import { createDatabaseLimitStore } from '../../src/rate-limits/database-limit-store.ts';
import { runBackground } from '../../src/run-background.ts';
import { createTestDatabase } from './database.ts';
import { listenOnLoopback } from './listen.ts';
import { loadTrackerFixture, silentLogger } from './tracker-fixture.ts';

export const LIVE_PASSWORD = 'correct horse battery';
export const LIVE_AGENCY = 'trung-tam-phuc-vu-hcc';

/**
 * The app as main.ts wires it for the inbox and the web chat, on loopback: the tracker with the
 * live listener, one LISTEN hub, the web chat with its reply stream, the inbox with its streams,
 * and the background loops at main's intervals (inbound processing, the web outbox every 300 ms).
 * Staff: Bình and An (agents) and Giang (supervisor) of LIVE_AGENCY, Hà of another agency.
 */
export async function startLiveApp() {
  const database = await createTestDatabase();
  const { db } = database;
  const { answerer, tracker } = await loadTrackerFixture();
  const now = () => new Date();
  const live = await createLiveHub(database, silentLogger);
  const core = createChatCore({ db, answerer, tracker, logger: silentLogger, now });
  const staffIds: Record<string, string> = {};
  for (const [email, name, role, agencyId] of [
    ['binh@hcc.vn', 'Bình', 'agent', LIVE_AGENCY],
    ['an@hcc.vn', 'An', 'agent', LIVE_AGENCY],
    ['giang@hcc.vn', 'Giang', 'supervisor', LIVE_AGENCY],
    ['ha@congthuong.vn', 'Hà', 'agent', 'so-cong-thuong'],
  ] as const) {
    const created = await createStaff(db, { email, name, role, agencyId, password: LIVE_PASSWORD });
    if (created) staffIds[email] = created.id;
  }
  const sender = createWebSender({ afterSent: (address) => sendWebChatSignal(db, conversationKey(address)) });
  const worker = createOutboxWorker({
    db,
    sender,
    logger: silentLogger,
    now,
    onPermanentFailure: async () => {},
    loadAttachment: (id) => readOutboundFile(db, id, (token) => `${base}/files/${token}`),
  });
  const maxBytes = 10 * 1024 * 1024;
  const app = express();
  const server: Server = createServer(app);
  const base = await listenOnLoopback(server);
  app.use(
    createWebChat({
      core: receiveWithFiles(db, core, silentLogger),
      listMessages: (address, after) => listWebMessages(db, address, after, 100),
      baseUrl: base,
      logger: silentLogger,
      live,
      // The latency rounds post more than a person would in a minute.
      postsPerMinute: 200,
      limitStore: (name) => createDatabaseLimitStore(db, name),
      files: { maxBytes, read: (address, id) => readWebChatFile(db, id, address) },
    }),
  );
  app.use(
    '/inbox',
    createTestInbox({
      db,
      answerer,
      tracker,
      now,
      live,
      files: { maxBytes, sending: sender.sendsFiles ? { web: sender.sendsFiles } : {} },
    }),
  );
  const background = runBackground(
    [
      { name: 'inbound', everyMs: 2_000, busyEveryMs: 0, run: () => core.drain() },
      { name: 'outbox:web', everyMs: 300, busyEveryMs: 0, run: worker.runOnce },
    ],
    silentLogger,
  );
  live.onCase((signal) => {
    if (signal === 'closing' || (typeof signal === 'object' && signal.kind === 'presence')) return;
    background.wake('outbox:web');
  });
  return {
    db,
    base,
    tracker,
    core,
    live,
    staffIds,
    async close() {
      await live.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await background.stop();
      await worker.stop();
      await database.destroy();
    },
  };
}
