// Composition root: the only file in src/ that will wire channels (bots/) to the core.
import type { Server } from 'node:http';
import { baseUrlOf, ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { ContentError, openKnowledge } from './kb/index.ts';
import { recordContentVersion } from './kb-store/record-content-version.ts';
import { createLogger } from './logger.ts';
import { guardInbound } from './guard-inbound.ts';
import { setAsideUpdate } from './rejected-updates/set-aside-update.ts';
import { createServer } from './server.ts';
import express from 'express';
import { startChannels } from '../bots/start-channels.ts';
import {
  createChatCore,
  createVoiceListener,
  markUnreachable,
  POSTGRES_WORKERS,
  registerRequest,
} from './conversations/index.ts';
import { createInbox } from './inbox/create-inbox.ts';
import { createLiveHub, createLiveListener } from './live/index.ts';
import { createStaffNotifier } from './inbox/create-staff-notifier.ts';
import { listPublishedAnswers } from './kb-store/list-published-answers.ts';
import { watchStaffKnowledge } from './kb-store/watch-staff-knowledge.ts';
import { createOutboxWorker } from './outbox/deliver-outbox.ts';
import { createPublicPages } from './public/create-public-pages.ts';
import { createDatabaseLimitStore } from './rate-limits/database-limit-store.ts';
import { publicFigures, publicQuestion } from './public-data.ts';
import { ensureMonthlyReport, findFirstMonth } from './reports/index.ts';
import { previousMonth } from './vietnam-time.ts';
import { applyRetention } from './privacy/erase-personal-data.ts';
import {
  createAttachmentFetcher,
  createAttachmentQueue,
  publicFileRoutes,
  PUBLIC_FILE_PATH,
  readOutboundFile,
  receiveWithFiles,
} from './attachments/index.ts';
import { runBackground } from './run-background.ts';
import { listStartupAdvice } from './list-startup-advice.ts';
import { createCalendarStore, runDueEvents, type TrackerContext } from './tracker/index.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const baseUrl = baseUrlOf(config);

  const answerer = await openKnowledge(config.CONTENT_DIR, {
    baseUrl,
    cacheDir: `${config.DATA_DIR}/cache`,
    onProgress: (done, total) => {
      if (total > 2000)
        process.stdout.write(`indexing the knowledge base: ${done}/${total} entries${done === total ? '\n' : '\r'}`);
    },
    onWarning: (message) => logger.warn(message),
  });
  logger.info(
    { content: answerer.kb.hash, procedures: answerer.kb.procedures.length, documents: answerer.kb.documents.length },
    'knowledge base loaded',
  );

  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  logger.info({ kind: database.kind, location: database.location }, 'database ready');
  await recordContentVersion(database.db, answerer.kb);
  const { db } = database;
  const now = () => new Date();
  // Answers published and questions taught on any instance reach this one's bot within seconds (a background task below).
  const lookForStaffKnowledge = watchStaffKnowledge(db, answerer);
  await lookForStaffKnowledge();

  const agencies = new Map(answerer.kb.agencies.map((agency) => [agency.id, agency.name]));
  if (!agencies.has(config.DEFAULT_AGENCY))
    throw new ConfigError([`DEFAULT_AGENCY: no agency "${config.DEFAULT_AGENCY}" in content/agencies.yaml`]);
  const calendar = createCalendarStore(answerer.kb.holidays);
  const today = await calendar.current(db);
  const year = Number(today.localDay(now()).slice(0, 4));
  const agencyName = (id: string, language: 'vi' | 'en') => agencies.get(id)?.[language] ?? id;
  // One LISTEN for this instance: case changes and web chat deliveries from every instance.
  const live = await createLiveHub(database, logger);
  // The tracker records; its listeners act: the one voice speaks to the person, the notifier tells
  // staff, the live listener signals the open inbox pages (on commit), and a file that joins a case
  // is queued to be fetched from its channel.
  const tracker: TrackerContext = {
    calendar,
    agencyName,
    defaultAgencyId: config.DEFAULT_AGENCY,
    listeners: [
      createVoiceListener({ agencyName }),
      createStaffNotifier({ agencyName }),
      createLiveListener(),
      createAttachmentQueue(),
    ],
  };
  const core = createChatCore(
    { db, answerer, tracker, logger, now },
    { workers: database.kind === 'postgres' ? POSTGRES_WORKERS : 1 },
  );
  const maxFileBytes = Math.round(config.ATTACHMENT_MAX_MB * 1024 * 1024);
  // A message may bring its file (the web chat's upload): both are stored in one transaction.
  const gate = guardInbound({
    core: receiveWithFiles(db, core, logger),
    setAside: (update) => setAsideUpdate(db, update, now()),
    now,
  });
  const channels = await startChannels({ config, core: gate, db, logger, baseUrl, now, live });
  const secureCookies = baseUrl.startsWith('https://');

  const inbox = createInbox({
    db,
    answerer,
    tracker,
    logger,
    now,
    secureCookies,
    baseUrl,
    zalo: channels.zalo,
    live,
    publishAnswer: (entry) => answerer.publish(entry),
    files: {
      maxBytes: maxFileBytes,
      sending: Object.fromEntries(
        channels.senders.flatMap((sender) => (sender.sendsFiles ? [[sender.channel, sender.sendsFiles]] : [])),
      ),
    },
  });
  const publicPages = createPublicPages({
    answerer,
    baseUrl,
    publishedAnswers: () => listPublishedAnswers(db),
    monthlyFigures: (month) => publicFigures(db, month),
    firstMonth: () => findFirstMonth(db),
    fileQuestion: async (input) => {
      const request = await registerRequest(db, tracker, publicQuestion(input, config.DEFAULT_AGENCY, agencies), now());
      return { caseNumber: request.caseNumber, deadline: request.dueAt ?? now() };
    },
    chatLinks: channels.links,
    limitStore: (name) => createDatabaseLimitStore(db, name, now),
    secureCookies,
    logger,
    now,
  });
  const app = createServer({
    database,
    answerer,
    logger,
    routers: [...channels.routers, express.Router().use('/inbox', inbox), publicFileRoutes(db), publicPages],
    https: secureCookies,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.PORT, config.HOST, () => resolve(listening));
  });

  const workers = channels.senders.map((sender) =>
    createOutboxWorker({
      db,
      sender,
      logger,
      now,
      onPermanentFailure: (failure) => markUnreachable(db, tracker, failure),
      loadAttachment: (id) => readOutboundFile(db, id, (token) => `${baseUrl}${PUBLIC_FILE_PATH}/${token}`),
    }),
  );
  // Files people send are fetched after their webhook was answered, here, with retries.
  const attachmentFetcher = createAttachmentFetcher({
    db,
    channels: channels.senders,
    logger,
    now,
    maxBytes: maxFileBytes,
  });
  const background = runBackground(
    [
      { name: 'attachments', everyMs: 5_000, busyEveryMs: 0, run: attachmentFetcher.runOnce },
      { name: 'inbound', everyMs: 2_000, busyEveryMs: 0, run: () => core.drain() },
      { name: 'staff-knowledge', everyMs: 3_000, run: lookForStaffKnowledge },
      { name: 'tracker', everyMs: 30_000, run: () => runDueEvents(db, tracker, now()) },
      ...(config.RETENTION_DAYS > 0
        ? [
            {
              name: 'retention',
              everyMs: 60 * 60_000,
              busyEveryMs: 1_000,
              run: async () => {
                const cutoff = new Date(now().getTime() - config.RETENTION_DAYS * 86_400_000);
                const done = await applyRetention(db, cutoff, now());
                if (done.requests + done.contacts + done.rejectedUpdates > 0) logger.info(done, 'retention applied');
                return done.requests;
              },
            },
          ]
        : []),
      { name: 'monthly-report', everyMs: 10 * 60_000, run: () => ensureMonthlyReport(db, previousMonth(now()), now()) },
      ...workers.map((worker, i) => ({
        name: `outbox:${channels.senders[i]?.channel ?? i}`,
        everyMs: 300,
        busyEveryMs: 0,
        run: worker.runOnce,
      })),
      ...channels.tasks,
    ],
    logger,
  );

  // A change on a case may have queued a message to the person (a staff reply, an acknowledgement):
  // the outbox workers look at once instead of at their next tick (the web chat's reply latency).
  live.onCase((signal) => {
    if (signal === 'closing' || (typeof signal === 'object' && signal.kind === 'presence')) return;
    if (typeof signal === 'object' && signal.kind === 'attachment') background.wake('attachments');
    for (const sender of channels.senders) background.wake(`outbox:${sender.channel}`);
  });

  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const local = config.PUBLIC_URL ? baseUrl : `http://localhost:${port}`;
  console.log(
    [
      '',
      `hoidap is running (${database.kind === 'pglite' ? `embedded database in ${database.location}` : 'PostgreSQL'})`,
      `  Procedures:   ${local}/thu-tuc`,
      `  Staff inbox:  ${local}/inbox   (first admin: npm run admin:create -- --email you@example.vn)`,
      ...channels.status.map((line) => line.replace(baseUrl, local)),
      `  Health:       ${local}/healthz`,
      '',
      ...listStartupAdvice({
        publicUrlSet: config.PUBLIC_URL !== undefined,
        local,
        contentDir: config.CONTENT_DIR,
        years: [year, year + 1].map((candidate) => ({
          year: candidate,
          known: today.knowsYear(candidate),
          confirmed: today.isConfirmed(candidate),
        })),
      }).flatMap((line) => [`Note: ${line}`, '']),
    ].join('\n'),
  );

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    setTimeout(() => process.exit(1), 10_000).unref();
    // Open streams end first (their pages reconnect to another instance), or close() would wait for them.
    const closing = live.close();
    server.close(() => {
      void (async () => {
        await channels.stop();
        await background.stop();
        await Promise.allSettled(workers.map((worker) => worker.stop()));
        await closing;
        await database.close();
        process.exit(0);
      })();
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ContentError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
