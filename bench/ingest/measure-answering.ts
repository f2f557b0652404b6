import { and, count, eq, isNotNull, sql } from 'drizzle-orm';
import { messages, type ProcessDeps } from '../../src/conversations/index.ts';
import type { Db } from '../../src/db/client.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { cpuTime } from './cpu-time.ts';
import { createScratchDatabase, type ScratchDatabase } from './create-scratch-database.ts';
import { createUpdateSource } from './create-update-source.ts';
import { driveEndpoint } from './drive-endpoint.ts';
import { startIngestServer, WEBHOOK_PATH } from './start-ingest-server.ts';
import { waitUntilProcessed } from './wait-until-processed.ts';

export type AnsweringOptions = Omit<ProcessDeps, 'db'> & {
  url: string;
  token: string;
  secret: string;
  apiRoot: string;
  /** Messages per phase. */
  messages: number;
  chats: number;
  connections: number;
  /** Registers the scratch database for dropping, also when the run fails. */
  onDatabase(database: ScratchDatabase): void;
  onProgress?: (line: string) => void;
};

export type AnsweringResult = {
  database: string;
  /** Phase 1: messages stored through the webhook, then answered by the instance with nothing else running. */
  answered: number;
  answeredSeconds: number;
  answeredPerSecond: number;
  /** Every statement the pool sent while answering (begin/commit included), per message answered. */
  statements: number;
  statementsPerMessage: number;
  transactionsPerMessage: number;
  outboxPerMessage: number;
  /** CPU milliseconds per message answered in phase 1: this process (one busy thread at most), and the database server. */
  processCpuMsPerMessage: number;
  databaseCpuMsPerMessage: number;
  /** Messages the core set aside as failed (an exception in a handler): must be 0. */
  failed: number;
  /** Phase 2: webhook and answering at once, from the first update posted to the last answer queued. */
  wholePathMessages: number;
  wholePathSeconds: number;
  wholePathPerSecond: number;
  /** How fast the webhook acknowledged meanwhile. */
  wholePathWebhookPerSecond: number;
};

const FIRST_CHAT = 7_100_000_000;
const WARM_UP = 300;

/**
 * The whole path of a message on one instance: Telegram webhook → stored → answered (the request
 * and its events, the transcript row and the answer in the outbox), on a scratch database whose
 * every statement is counted.
 *
 * Phase 1 stores `messages` updates through the real webhook with answering held back, then
 * times the chat core (its workers) answering all of them: what one instance answers per second.
 * Phase 2 posts another `messages` updates to new chats with the core answering in the background
 * as in production, webhook and answers sharing the CPU: messages per second from the first post
 * to the last answer. Both start after a warm-up (JIT, pool, the search index's first queries).
 * BENCH_STATEMENTS=1 prints the statements phase 1 sent most often (where the round trips go).
 */
export async function measureAnswering(options: AnsweringOptions): Promise<AnsweringResult> {
  const counter = { statements: 0, begins: 0 };
  const histogram = new Map<string, number>();
  const database = await createScratchDatabase(options.url, (statement) => {
    counter.statements++;
    if (process.env.BENCH_STATEMENTS) {
      const key = statement.replace(/\s+/g, ' ').slice(0, 70);
      histogram.set(key, (histogram.get(key) ?? 0) + 1);
    }
    if (/^\s*begin\b/i.test(statement)) counter.begins++;
  });
  options.onDatabase(database);
  const { db } = database;
  const deps: ProcessDeps = {
    db,
    answerer: options.answerer,
    tracker: options.tracker,
    logger: options.logger,
    now: options.now,
  };
  const server = { token: options.token, secret: options.secret, apiRoot: options.apiRoot };
  const storing = await startIngestServer({ ...deps, ...server, storeOnly: true });
  const live = await startIngestServer({ ...deps, ...server });
  try {
    let firstChatId = FIRST_CHAT;
    const post = async (origin: string, amount: number) => {
      const source = createUpdateSource({ chats: options.chats, duplicateShare: 0, seed: firstChatId, firstChatId });
      firstChatId += options.chats;
      const run = await driveEndpoint({
        url: `${origin}${WEBHOOK_PATH}`,
        headers: { 'x-telegram-bot-api-secret-token': options.secret },
        source,
        seconds: 600,
        amount,
        connections: options.connections,
      });
      if (run.non2xx + run.errors > 0) throw new Error(`webhook refused ${run.non2xx + run.errors} updates`);
      return run;
    };

    // Warm-up, untimed.
    await post(storing.origin, WARM_UP);
    await storing.settled();
    await drainAll(storing.core);

    // Phase 1: answering alone.
    await post(storing.origin, options.messages);
    await storing.settled();
    const outboxBefore = await rows(db, 'outbox');
    counter.statements = 0;
    counter.begins = 0;
    histogram.clear();
    const cpuBefore = cpuTime();
    const started = performance.now();
    const answered = await drainAll(storing.core);
    const answeredSeconds = (performance.now() - started) / 1000;
    const cpuAfter = cpuTime();
    const statements = counter.statements;
    if (process.env.BENCH_STATEMENTS)
      for (const [key, n] of [...histogram].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(n, key);
    const begins = counter.begins;
    const outboxRows = (await rows(db, 'outbox')) - outboxBefore;
    options.onProgress?.(
      `  answering: ${answered} stored messages answered in ${answeredSeconds.toFixed(1)} s, ${statements} statements`,
    );

    // Phase 2: webhook and answering together.
    const inboundBefore = await rows(db, 'in');
    const wholeStarted = performance.now();
    const run = await post(live.origin, options.messages);
    await live.settled();
    const left = await waitUntilProcessed(db, live.core, 15 * 60_000);
    const wholePathSeconds = (performance.now() - wholeStarted) / 1000;
    const wholePathMessages = (await rows(db, 'in')) - inboundBefore - left;
    options.onProgress?.(
      `  whole path: ${wholePathMessages} updates posted and answered in ${wholePathSeconds.toFixed(1)} s (webhook ${run.okPerSecond.toFixed(0)}/s meanwhile)${left ? `, ${left} left` : ''}`,
    );

    const [failed] = await db
      .select({ rows: count() })
      .from(messages)
      .where(and(eq(messages.direction, 'in'), isNotNull(messages.processedAt), sql`${messages.data} ? 'failed'`));
    return {
      database: database.name,
      answered,
      answeredSeconds,
      answeredPerSecond: answered / answeredSeconds,
      statements,
      statementsPerMessage: statements / answered,
      transactionsPerMessage: begins / answered,
      outboxPerMessage: outboxRows / answered,
      processCpuMsPerMessage: (cpuAfter.processMs - cpuBefore.processMs) / answered,
      databaseCpuMsPerMessage: (cpuAfter.databaseMs - cpuBefore.databaseMs) / answered,
      failed: failed?.rows ?? 0,
      wholePathMessages,
      wholePathSeconds,
      wholePathPerSecond: wholePathMessages / wholePathSeconds,
      wholePathWebhookPerSecond: run.okPerSecond,
    };
  } finally {
    await storing.close();
    await live.close();
  }
}

/** Answers until nothing is left; nothing else writes meanwhile, so an empty drain means done. */
async function drainAll(core: { drain(): Promise<number> }): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await core.drain();
    if (done === 0) return total;
    total += done;
  }
}

async function rows(db: Db, what: 'outbox' | 'in'): Promise<number> {
  const [row] =
    what === 'outbox'
      ? await db.select({ rows: count() }).from(outbox)
      : await db.select({ rows: count() }).from(messages).where(eq(messages.direction, 'in'));
  return row?.rows ?? 0;
}
