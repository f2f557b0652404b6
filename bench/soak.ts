// npm run bench:soak [-- --minutes 10] [-- --rate 200] [-- --drain-minutes 5] [-- --json]
// Two app instances (src/main.ts as processes) on one throw-away PostgreSQL cluster, fed Telegram
// webhook updates at a fixed rate (open loop: the rate does not slow down when the app does),
// alternating between the instances, one chat per update. Prints the acknowledgement latency
// (p50/p99/max), errors, lost (acknowledged but not stored) and duplicated (a chat answered more
// often than the others), how far processing and delivery kept up, and each instance's memory
// (RSS) after warm-up and at the end.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { textUpdate } from './faults/deliver-updates.ts';
import { SECRET, startAppProcess } from './faults/start-app-process.ts';
import { startRecordingBotApi } from './faults/start-recording-bot-api.ts';
import { startThrowawayPostgres } from './faults/start-throwaway-postgres.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    rate: { type: 'string', default: '200' },
    'drain-minutes': { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});
const minutes = Number(values.minutes);
const rate = Number(values.rate);
const say = (line: string) => {
  if (!values.json) console.log(line);
};

const work = mkdtempSync(path.join(tmpdir(), 'hoidap-soak-'));
const cluster = await startThrowawayPostgres();
const api = await startRecordingBotApi();
const options = { databaseUrl: cluster.url, apiRoot: api.apiRoot, dataDir: path.join(work, 'data'), logDir: work };
const apps: Array<Awaited<ReturnType<typeof startAppProcess>>> = [];
// Whatever happens (an error, Ctrl-C), the instances and the cluster go with the bench.
let cleaned = false;
const cleanUp = async () => {
  if (cleaned) return;
  cleaned = true;
  await Promise.all(apps.map((app) => app.kill('SIGKILL')));
  await api.close();
  cluster.destroy();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
process.once('uncaughtException', (error) => {
  console.error(error);
  void cleanUp().finally(() => process.exit(1));
});
apps.push(await startAppProcess({ name: 'soak-a', ...options }), await startAppProcess({ name: 'soak-b', ...options }));
const rss = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
say(`two instances up (${apps.map((app) => app.base).join(', ')}); ${rate} updates/s for ${minutes} min`);

const latencies: number[] = [];
let errors = 0;
let sent = 0;
const acknowledged = new Set<number>();
const inFlight = new Set<Promise<void>>();
const post = async (id: number) => {
  const base = apps[id % apps.length]?.base ?? '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const started = performance.now();
    const response = await fetch(`${base}/webhooks/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: textUpdate(id, 10_000_000 + id, 'xin giấy phép bán lẻ rượu cần hồ sơ gì'),
      signal: AbortSignal.timeout(10_000),
    }).catch(() => null);
    latencies.push(performance.now() - started);
    await response?.arrayBuffer().catch(() => null);
    if (response?.status === 200) {
      acknowledged.add(id);
      return;
    }
    errors++;
    await new Promise((resolve) => setTimeout(resolve, 1000)); // as Telegram: resend later
  }
};

// Warm-up (10 s at the rate) before memory is first read.
const run = async (seconds: number) => {
  const start = performance.now();
  const total = Math.round(seconds * rate);
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const id = ++sent;
    const request = post(id).finally(() => inFlight.delete(request));
    inFlight.add(request);
  }
  await Promise.all(inFlight);
};
await run(Math.min(10, minutes * 60));
const memoryStart = apps.map((app) => rss(app.pid));
latencies.length = 0;
const measuredFrom = sent;
const began = performance.now();
await run(Math.max(0, minutes * 60 - 10));
const seconds = (performance.now() - began) / 1000;
const memoryEnd = apps.map((app) => rss(app.pid));

const sql = postgres(cluster.url, { max: 1, onnotice: () => {} });
const count = async () => {
  const [row] = await sql<Array<{ stored: number; processed: number }>>`
    select count(*)::int as stored, count(processed_at)::int as processed from messages where direction = 'in'`;
  return { stored: row?.stored ?? 0, processed: row?.processed ?? 0 };
};
const atEnd = await count();
const drainDeadline = Date.now() + Number(values['drain-minutes']) * 60_000;
let drained = atEnd;
while (drained.processed < drained.stored && Date.now() < drainDeadline) {
  await new Promise((resolve) => setTimeout(resolve, 2000));
  drained = await count();
}
const perChat = await sql<Array<{ replies: number; chats: number }>>`
  select replies, count(*)::int as chats from (select address, count(*)::int as replies from outbox group by address) t
  group by replies order by chats desc`;
const usual = perChat[0]?.replies ?? 0;
const duplicated = perChat.reduce((sum, row) => sum + Math.max(0, row.replies - usual) * row.chats, 0);
await sql.end({ timeout: 5 });
await cleanUp();

latencies.sort((a, b) => a - b);
const at = (q: number) =>
  Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
const result = {
  minutes,
  rate,
  measuredUpdates: sent - measuredFrom,
  achievedRate: Math.round(((sent - measuredFrom) / seconds) * 10) / 10,
  latencyMs: { p50: at(0.5), p99: at(0.99), max: at(1) },
  errors,
  acknowledged: acknowledged.size,
  stored: drained.stored,
  lost: acknowledged.size - drained.stored,
  duplicated,
  processedAtEnd: atEnd.processed,
  storedAtEnd: atEnd.stored,
  processedAfterDrain: drained.processed,
  delivered: api.sent.length,
  memoryMb: apps.map((app, i) => ({
    instance: app.name,
    start: Math.round(memoryStart[i] ?? 0),
    end: Math.round(memoryEnd[i] ?? 0),
  })),
};
if (values.json) console.log(JSON.stringify(result));
else {
  say(`measured ${result.measuredUpdates} updates in ${seconds.toFixed(0)} s (${result.achievedRate}/s)`);
  say(
    `ack latency p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, max ${result.latencyMs.max} ms; errors ${errors}`,
  );
  say(`acknowledged ${result.acknowledged}, stored ${result.stored}, lost ${result.lost}, duplicated ${duplicated}`);
  say(
    `processed when the traffic stopped ${atEnd.processed}/${atEnd.stored}; after draining ${drained.processed}; delivered ${result.delivered} (Telegram's 30/s)`,
  );
  for (const memory of result.memoryMb)
    say(`${memory.instance}: RSS ${memory.start} MB after warm-up, ${memory.end} MB at the end`);
}
rmSync(work, { recursive: true, force: true });
process.exit(result.lost === 0 && duplicated === 0 ? 0 : 1);
