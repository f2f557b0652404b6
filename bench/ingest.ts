// npm run bench:ingest [-- --json] [-- --duration 10] [-- --rounds 3] [-- --answers 4000]
//   [-- --deliveries 10000] [-- --connections 40] [-- --chats 1000] [-- --gap-ms 0] [-- --log-level info]
//   [-- --only ingest,answers,delivery] [-- --store-only]
// Needs PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test); works in
// scratch databases hoidap_bench_<random>, dropped at the end, also on failure.
//
// Ingest: the Telegram webhook (express → telegraf → the real chat core) on loopback, driven by
// autocannon with real-shaped text updates (5 % resent copies), while the core answers them in
// the background. Ceiling: a bare express endpoint doing one INSERT per update on the same
// database, in the same process. Each round runs the ceiling, then ingest, then waits until every
// stored message is processed (so the next ceiling does not run against leftover work); the
// figures are medians over the rounds. Then lost/duplicated messages are counted. Each side also
// prints the CPU milliseconds a request cost this process and the database server; --store-only
// answers nothing while the load runs (the storing half alone; the backlog is answered after it).
// Answering (the whole path, bench/ingest/measure-answering.ts): --answers updates stored through
// the webhook, then answered by the chat core on a database that counts every statement
// (answered_per_s, statements_per_message, and the CPU milliseconds each message cost this process and
// the database server: process_cpu_ms_per_message, database_cpu_ms_per_message, which a shared
// machine changes far less than the rate); then as many again with webhook and answering at once
// (whole_path_per_s).
// Delivery: --deliveries replies to 1,000 chats through the real outbox worker and Telegram
// sender, against a fake Bot API that answers 429 beyond 30 messages/s or 1/s per chat (the
// sender keeps below: 25/s, 0.8/s per chat).
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { count, eq } from 'drizzle-orm';
import { messages } from '../src/conversations/index.ts';
import { createLogger } from '../src/logger.ts';
import { loadTrackerFixture } from '../test/helpers/tracker-fixture.ts';
import { countStored } from './ingest/count-stored.ts';
import { cpuTime } from './ingest/cpu-time.ts';
import { createScratchDatabase, type ScratchDatabase } from './ingest/create-scratch-database.ts';
import { createUpdateSource } from './ingest/create-update-source.ts';
import { driveEndpoint, type DriveResult } from './ingest/drive-endpoint.ts';
import { measureAnswering, type AnsweringResult } from './ingest/measure-answering.ts';
import { measureDelivery, type DeliveryResult } from './ingest/measure-delivery.ts';
import { CEILING_PATH, startCeilingServer } from './ingest/start-ceiling-server.ts';
import { startIngestServer, WEBHOOK_PATH } from './ingest/start-ingest-server.ts';
import { startLimitedBotApi } from './ingest/start-limited-bot-api.ts';
import { waitUntilProcessed } from './ingest/wait-until-processed.ts';

const { values: options } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    answers: { type: 'string', default: '4000' },
    deliveries: { type: 'string', default: '10000' },
    // Telegram opens up to 40 connections to a webhook unless setWebhook says otherwise.
    connections: { type: 'string', default: '40' },
    chats: { type: 'string', default: '1000' },
    'gap-ms': { type: 'string', default: '0' },
    // Production logs at info; the lines go to /dev/null but are still built and written.
    'log-level': { type: 'string', default: 'info' },
    only: { type: 'string', default: 'ingest,answers,delivery' },
    'store-only': { type: 'boolean', default: false },
  },
});
const PHASES = ['ingest', 'answers', 'delivery'] as const;
const only = new Set(options.only.split(',').map((phase) => phase.trim()));
for (const phase of only) {
  if (!PHASES.some((known) => known === phase)) {
    console.error(`--only expects some of ${PHASES.join(',')}`);
    process.exit(2);
  }
}
const seconds = positive('duration');
const rounds = positive('rounds');
const answers = positive('answers');
const deliveries = positive('deliveries');
const connections = positive('connections');
const chats = positive('chats');
const gapMs = Number(options['gap-ms']);
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TOKEN = '7000000001:BENCH-token-for-the-fake-bot-api';
const SECRET = 'bench-webhook-secret';
const say = (line: string) => {
  if (!options.json) console.log(line);
};

const logger = createLogger(options['log-level'], pino.destination('/dev/null'));
const { answerer, tracker } = await loadTrackerFixture();
const api = await startLimitedBotApi();
// What both the ingest and the answering phases run the app with.
const appDeps = {
  answerer,
  tracker,
  logger,
  now: () => new Date(),
  token: TOKEN,
  secret: SECRET,
  apiRoot: api.apiRoot,
};
// Undone in reverse order at the end, also on failure: an open server would keep the process alive.
const cleanup: (() => Promise<void>)[] = [() => api.close()];
const scratchDatabase = async (): Promise<ScratchDatabase> => {
  const database = await createScratchDatabase(url);
  cleanup.push(() =>
    database.drop().catch((error: unknown) => console.error(`could not drop ${database.name}:`, error)),
  );
  return database;
};
try {
  const figures: Record<string, unknown> = {};
  if (only.has('ingest')) Object.assign(figures, await measureIngest());
  if (only.has('answers')) {
    const answering = await measureAnswers();
    Object.assign(figures, {
      answered_per_s: round(answering.answeredPerSecond),
      statements_per_message: round(answering.statementsPerMessage, 2),
      whole_path_per_s: round(answering.wholePathPerSecond),
      answered: answering.answered,
      answered_seconds: round(answering.answeredSeconds, 1),
      answering_statements: answering.statements,
      transactions_per_message: round(answering.transactionsPerMessage, 2),
      outbox_per_message: round(answering.outboxPerMessage, 2),
      process_cpu_ms_per_message: round(answering.processCpuMsPerMessage, 2),
      database_cpu_ms_per_message: round(answering.databaseCpuMsPerMessage, 2),
      answering_failed: answering.failed,
      whole_path_messages: answering.wholePathMessages,
      whole_path_seconds: round(answering.wholePathSeconds, 1),
      whole_path_webhook_per_s: round(answering.wholePathWebhookPerSecond),
    });
  }
  if (only.has('delivery')) {
    const delivery = await measureDeliveryPhase();
    Object.assign(figures, {
      delivery_per_s: round(delivery.perSecond, 1),
      http_429: delivery.http429,
      deliveries,
      delivery_sent: delivery.sent,
      delivery_failed: delivery.failed,
      delivery_seconds: round(delivery.seconds),
      http_429_per_chat: delivery.http429PerChat,
    });
  }
  if (options.json) console.log(JSON.stringify(figures));
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const undo of cleanup.reverse()) await undo();
}

async function measureIngest() {
  const ingestDb = await scratchDatabase();
  const { db } = ingestDb;
  say(
    `ingest: ${rounds} round(s) of ${seconds} s, ${connections} connections, ${chats} chats, database ${ingestDb.name}`,
  );
  const ingest = await startIngestServer({ db, ...appDeps, storeOnly: options['store-only'] });
  cleanup.push(() => ingest.close());
  const ceiling = await startCeilingServer(db);
  cleanup.push(() => ceiling.close());
  const acknowledged = new Set<string>();
  const resent = new Set<string>();
  let resentAcknowledged = 0;
  const ingestSource = createUpdateSource({ chats, duplicateShare: 0.05, seed: 1, firstChatId: 5_100_000_000 });
  const ceilingSource = createUpdateSource({ chats, duplicateShare: 0.05, seed: 2, firstChatId: 5_200_000_000 });
  const ingestCpu = { requests: 0, processMs: 0, databaseMs: 0 };
  const ceilingCpu = { requests: 0, processMs: 0, databaseMs: 0 };
  const driveIngest = async (duration: number) => {
    const cpuBefore = cpuTime();
    const run = await driveEndpoint({
      url: `${ingest.origin}${WEBHOOK_PATH}`,
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      source: ingestSource,
      seconds: duration,
      connections,
      onAcknowledged: (update) => {
        acknowledged.add(update.key);
        if (update.resent) {
          resent.add(update.key);
          resentAcknowledged++;
        }
      },
    });
    await ingest.settled();
    countCpu(ingestCpu, cpuBefore, run.ok);
    return run;
  };
  const driveCeiling = async (duration: number) => {
    const cpuBefore = cpuTime();
    const run = await driveEndpoint({
      url: `${ceiling.origin}${CEILING_PATH}`,
      headers: {},
      source: ceilingSource,
      seconds: duration,
      connections,
    });
    await ceiling.settled();
    countCpu(ceilingCpu, cpuBefore, run.ok);
    return run;
  };
  const inboundRows = async () =>
    (await db.select({ rows: count() }).from(messages).where(eq(messages.direction, 'in')))[0]?.rows ?? 0;

  // Warm-up: JIT, the pool's connections and the search index's first queries are not the steady state.
  await driveCeiling(2);
  await driveIngest(2);
  await waitUntilProcessed(db, ingest.core, 15 * 60_000);
  for (const cpu of [ingestCpu, ceilingCpu]) Object.assign(cpu, { requests: 0, processMs: 0, databaseMs: 0 });

  const ceilingRuns: DriveResult[] = [];
  const ingestRuns: DriveResult[] = [];
  let processed = 0;
  let processingSeconds = 0;
  for (let round = 1; round <= rounds; round++) {
    const top = await driveCeiling(seconds);
    ceilingRuns.push(top);
    say(
      `  round ${round} ceiling: ${top.okPerSecond.toFixed(0)}/s, p99 ${top.p99Ms} ms, non-2xx ${top.non2xx}, errors ${top.errors}`,
    );
    const before = await inboundRows();
    const started = performance.now();
    const run = await driveIngest(seconds);
    ingestRuns.push(run);
    const backlog = await waitUntilProcessed(db, ingest.core, 15 * 60_000);
    const took = (performance.now() - started) / 1000;
    processed += (await inboundRows()) - before - backlog;
    processingSeconds += took;
    say(
      `  round ${round} ingest:  ${run.okPerSecond.toFixed(0)}/s, p99 ${run.p99Ms} ms, non-2xx ${run.non2xx}, errors ${run.errors}; all processed ${(took - run.seconds).toFixed(1)} s after the load${backlog ? ` (${backlog} left)` : ''}`,
    );
  }
  const stored = await countStored(db, acknowledged, resent);

  const ingestPerSecond = median(ingestRuns.map((run) => run.okPerSecond));
  const ceilingPerSecond = median(ceilingRuns.map((run) => run.okPerSecond));
  const p99 = median(ingestRuns.map((run) => run.p99Ms));
  say(
    `ingest  ${ingestPerSecond.toFixed(0)} updates/s (median), p99 ${p99} ms, p50 ${median(ingestRuns.map((run) => run.p50Ms))} ms`,
  );
  say(
    `ceiling ${ceilingPerSecond.toFixed(0)} inserts/s (median), p99 ${median(ceilingRuns.map((run) => run.p99Ms))} ms`,
  );
  say(
    `ratio   ${(ingestPerSecond / ceilingPerSecond).toFixed(2)} (target ≥ 0.75)${options['store-only'] ? ', nothing answering during the load' : ''}`,
  );
  say(
    `cpu     per request: ingest ${perRequest(ingestCpu.processMs, ingestCpu)} ms here + ${perRequest(ingestCpu.databaseMs, ingestCpu)} ms database${options['store-only'] ? '' : ' (answering included)'}; ceiling ${perRequest(ceilingCpu.processMs, ceilingCpu)} + ${perRequest(ceilingCpu.databaseMs, ceilingCpu)} ms`,
  );
  say(
    `stored  ${stored.acknowledged} acknowledged, ${stored.inboundRows} inbound rows: lost ${stored.lost}, duplicated ${stored.duplicated}; ${resentAcknowledged} resent copies acknowledged, ${stored.resentExtraRows} extra rows from them; ${stored.unprocessed} unprocessed`,
  );
  say(`process ${(processed / processingSeconds).toFixed(0)} messages/s answered in the background (load + catch-up)`);

  return {
    ingest_per_s: round(ingestPerSecond),
    ceiling_per_s: round(ceilingPerSecond),
    ratio_to_ceiling: round(ingestPerSecond / ceilingPerSecond, 2),
    p99_ms: p99,
    lost: stored.lost,
    duplicated: stored.duplicated,
    rounds,
    seconds_per_round: seconds,
    connections,
    ingest_rounds_per_s: ingestRuns.map((run) => round(run.okPerSecond)),
    ceiling_rounds_per_s: ceilingRuns.map((run) => round(run.okPerSecond)),
    round_ratios: ingestRuns.map((run, i) => round(run.okPerSecond / (ceilingRuns[i]?.okPerSecond ?? Number.NaN), 2)),
    ceiling_p99_ms: median(ceilingRuns.map((run) => run.p99Ms)),
    ingest_non2xx: ingestRuns.reduce((total, run) => total + run.non2xx + run.errors, 0),
    acknowledged: stored.acknowledged,
    inbound_rows: stored.inboundRows,
    resent_acknowledged: resentAcknowledged,
    resent_extra_rows: stored.resentExtraRows,
    stored_unacknowledged: stored.storedUnacknowledged,
    unprocessed: stored.unprocessed,
    processed_per_s: round(processed / processingSeconds),
    store_only: options['store-only'],
    ingest_process_cpu_ms_per_request: round(ingestCpu.processMs / ingestCpu.requests, 3),
    ingest_database_cpu_ms_per_request: round(ingestCpu.databaseMs / ingestCpu.requests, 3),
    ceiling_process_cpu_ms_per_request: round(ceilingCpu.processMs / ceilingCpu.requests, 3),
    ceiling_database_cpu_ms_per_request: round(ceilingCpu.databaseMs / ceilingCpu.requests, 3),
  };
}

async function measureAnswers(): Promise<AnsweringResult> {
  say(`answering: ${answers} updates to ${chats} chats stored, then answered; as many again with both at once`);
  const answering = await measureAnswering({
    url,
    ...appDeps,
    messages: answers,
    chats,
    connections,
    onDatabase: (database) =>
      cleanup.push(() =>
        database.drop().catch((error: unknown) => console.error(`could not drop ${database.name}:`, error)),
      ),
    onProgress: say,
  });
  say(
    `answered ${answering.answeredPerSecond.toFixed(0)} messages/s (webhook → answer in the outbox, target ≥ 300), ${answering.statementsPerMessage.toFixed(2)} statements per message (${answering.transactionsPerMessage.toFixed(2)} transactions), ${answering.outboxPerMessage.toFixed(2)} outbox rows per message, ${answering.failed} failed; CPU per message ${answering.processCpuMsPerMessage.toFixed(2)} ms here and ${answering.databaseCpuMsPerMessage.toFixed(2)} ms in the database`,
  );
  say(
    `whole    ${answering.wholePathPerSecond.toFixed(0)} messages/s with the webhook taking them at once (${answering.wholePathMessages} in ${answering.wholePathSeconds.toFixed(1)} s)`,
  );
  return answering;
}

async function measureDeliveryPhase(): Promise<DeliveryResult> {
  const deliveryDb = await scratchDatabase();
  say(
    `delivery: ${deliveries} replies to ${Math.min(chats, deliveries)} chats (~${Math.ceil(deliveries / 25)} s at 25/s), database ${deliveryDb.name}`,
  );
  const delivery = await measureDelivery({
    db: deliveryDb.db,
    api,
    token: TOKEN,
    logger,
    deliveries,
    chats: Math.min(chats, deliveries),
    gapMs,
    onProgress: say,
  });
  say(
    `delivery ${delivery.perSecond.toFixed(1)} messages/s, ${delivery.sent} sent, ${delivery.failed} failed, ${delivery.http429} × 429 (${delivery.http429PerChat} per chat) in ${delivery.seconds.toFixed(0)} s (target: close to 25/s, zero 429)`,
  );

  return delivery;
}

function positive(name: 'duration' | 'rounds' | 'answers' | 'deliveries' | 'connections' | 'chats'): number {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} expects a positive integer`);
    process.exit(2);
  }
  return value;
}

type CpuCount = { requests: number; processMs: number; databaseMs: number };

function countCpu(into: CpuCount, before: ReturnType<typeof cpuTime>, requests: number): void {
  const after = cpuTime();
  into.requests += requests;
  into.processMs += after.processMs - before.processMs;
  into.databaseMs += after.databaseMs - before.databaseMs;
}

function perRequest(ms: number, count: CpuCount): string {
  return (ms / count.requests).toFixed(3);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function round(value: number, digits = 0): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
