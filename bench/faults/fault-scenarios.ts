import postgres from 'postgres';
import { countOutcome, type Outcome } from './count-outcome.ts';
import { deliverUpdates, type TextUpdate } from './deliver-updates.ts';
import { startAppProcess, type AppProcess } from './start-app-process.ts';
import { blocked, serverError, startRecordingBotApi, tooManyRequests } from './start-recording-bot-api.ts';
import type { ThrowawayPostgres } from './start-throwaway-postgres.ts';

export type FaultContext = { cluster: ThrowawayPostgres; dataDir: string; logDir: string };

const QUESTION = 'xin giấy phép bán lẻ rượu cần hồ sơ gì';
const COMPLAINT = 'tôi muốn khiếu nại về việc hàng xóm xây nhà lấn sang đất nhà tôi';
let nextUpdateId = 1;

/** `count` updates, one chat each, from chats numbered from `firstChat`. */
function updatesFor(count: number, firstChat: number, text = QUESTION): TextUpdate[] {
  return Array.from({ length: count }, (_, i) => ({ update_id: nextUpdateId++, chatId: firstChat + i, text }));
}

/** A fresh database on the throw-away cluster, one per scenario. */
async function freshDatabase(context: FaultContext, name: string): Promise<string> {
  const admin = postgres(context.cluster.url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end({ timeout: 5 });
  return context.cluster.url.replace(/\/postgres$/, `/${name}`);
}

async function setUp(context: FaultContext, name: string, instances = 1) {
  const databaseUrl = await freshDatabase(context, name);
  const api = await startRecordingBotApi();
  const apps: AppProcess[] = [];
  const start = async (index: number, port?: number) =>
    startAppProcess({
      name: `${name}-${index}`,
      databaseUrl,
      apiRoot: api.apiRoot,
      dataDir: context.dataDir,
      logDir: context.logDir,
      ...(port ? { port } : {}),
    });
  for (let i = 0; i < instances; i++) apps.push(await start(i));
  const tearDown = async () => {
    await Promise.all(apps.map((app) => app.kill('SIGTERM')));
    await api.close();
  };
  return { databaseUrl, api, apps, start, tearDown };
}

/** kill -9 of the app in the middle of a burst, restart on the same port, redeliver what was refused. */
export async function killDuringBurst(context: FaultContext): Promise<Outcome> {
  const { databaseUrl, api, apps, start, tearDown } = await setUp(context, 'faults_kill');
  const updates = updatesFor(200, 1_000_000);
  const port = Number(new URL(apps[0]?.base ?? '').port);
  let restarted: Promise<void> | null = null;
  const delivery = await deliverUpdates(updates, () => [`http://127.0.0.1:${port}`], {
    concurrency: 10,
    deadline: Date.now() + 90_000,
    onAcknowledged: (count) => {
      if (count !== 60 || restarted) return;
      restarted = (async () => {
        await apps[0]?.kill('SIGKILL');
        apps[0] = await start(0, port);
      })();
    },
  });
  await restarted;
  const outcome = await countOutcome({
    scenario: 'kill -9 mid-burst',
    databaseUrl,
    api,
    updates,
    acknowledged: delivery.acknowledged,
    waitMs: 60_000,
    notes: [`refused while down: ${delivery.refusals}`],
  });
  await tearDown();
  return outcome;
}

/** PostgreSQL stopped for 10 s under traffic, then started again. */
export async function databaseOutage(context: FaultContext): Promise<Outcome> {
  const { databaseUrl, api, apps, tearDown } = await setUp(context, 'faults_outage');
  const base = apps[0]?.base ?? '';
  const updates = updatesFor(400, 2_000_000);
  const notes: string[] = [];
  const outage = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    context.cluster.stop();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const started = Date.now();
    const health = await fetch(`${base}/healthz`).catch(() => null);
    notes.push(`/healthz during the outage: ${health?.status ?? 'no answer'} in ${Date.now() - started} ms`);
    await new Promise((resolve) => setTimeout(resolve, 7_000));
    context.cluster.start();
  })();
  const delivery = await deliverUpdates(updates, () => [base], {
    concurrency: 5,
    gapMs: 100,
    deadline: Date.now() + 120_000,
  });
  await outage;
  notes.push(`refused during the outage: ${delivery.refusals}`);
  const outcome = await countOutcome({
    scenario: 'PostgreSQL stopped 10 s',
    databaseUrl,
    api,
    updates,
    acknowledged: delivery.acknowledged,
    waitMs: 60_000,
    notes,
  });
  await tearDown();
  return outcome;
}

/** The Bot API answers 429 with retry_after, then 500s, and 403 for one chat that blocked the bot. */
export async function botApiFaults(context: FaultContext): Promise<Outcome> {
  const { databaseUrl, api, apps, tearDown } = await setUp(context, 'faults_botapi');
  const base = apps[0]?.base ?? '';
  const blockedChat = 3_999_999;
  // The first 429 pauses delivery for a second, long enough for the blocked chat's three replies
  // to be queued: after its first 403, the other two must not be tried.
  let faults = 0;
  let refusedForBlocked = 0;
  api.setPolicy((chat) => {
    faults++;
    if (faults <= 3) return tooManyRequests(1);
    if (chat === String(blockedChat)) {
      refusedForBlocked++;
      return blocked;
    }
    if (faults <= 8) return serverError;
    return null;
  });
  const fromBlocked = [0, 1, 2].map(() => ({ update_id: nextUpdateId++, chatId: blockedChat, text: QUESTION }));
  const updates = [...fromBlocked, ...updatesFor(100, 3_000_000)];
  const delivery = await deliverUpdates(updates, () => [base], { concurrency: 1, deadline: Date.now() + 60_000 });
  const outcome = await countOutcome({
    scenario: 'Bot API 429, 500s, 403',
    databaseUrl,
    api,
    updates,
    acknowledged: delivery.acknowledged,
    unreachable: new Set([String(blockedChat)]),
    waitMs: 60_000,
  });
  outcome.notes.push(`403s for the blocked chat's 3 replies: ${refusedForBlocked} (the other replies not tried)`);
  // After the first 403, the chat's other queued replies must not be tried: counted as duplicates.
  outcome.duplicated += Math.max(0, refusedForBlocked - 1);
  await tearDown();
  return outcome;
}

/** Two instances on one database: every update sent to both, then scheduled events due on both. */
export async function twoInstances(context: FaultContext): Promise<Outcome> {
  const { databaseUrl, api, apps, start, tearDown } = await setUp(context, 'faults_two', 2);
  const bases = apps.map((app) => app.base);
  const questions = updatesFor(150, 4_000_000);
  const complaints = updatesFor(30, 4_100_000, COMPLAINT);
  const updates = [...questions, ...complaints];
  const delivery = await deliverUpdates(updates, () => bases, { concurrency: 10, deadline: Date.now() + 60_000 });
  const outcome = await countOutcome({
    scenario: 'two instances, same updates to both',
    databaseUrl,
    api,
    updates,
    acknowledged: delivery.acknowledged,
    waitMs: 60_000,
  });

  // The hand-offs' progress replies made due, then both instances start together: each runs the
  // tracker at once, and every progress reply must go out exactly once.
  const ports = apps.map((app) => Number(new URL(app.base).port));
  await Promise.all(apps.map((app) => app.kill('SIGTERM')));
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const due =
    await sql`update requests set progress_at = now() - interval '1 minute', next_event_at = now() - interval '1 minute'
    where status = 'open' and progress_sent_at is null and handed_off_at is not null returning id`;
  const before = api.sent.length;
  const restarted = await Promise.all(ports.map((port, i) => start(i, port)));
  apps.splice(0, apps.length, ...restarted);
  const deadline = Date.now() + 45_000;
  while (api.sent.length - before < due.length && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 250));
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const [progress] = await sql<Array<{ sent: number; rows: number }>>`
    select count(*) filter (where status = 'sent')::int as sent, count(*)::int as rows from outbox where kind = 'progress'`;
  await sql.end({ timeout: 5 });
  const progressSends = api.sent.length - before;
  outcome.notes.push(
    `progress replies due: ${due.length}, queued: ${progress?.rows ?? 0}, delivered: ${progressSends}`,
  );
  outcome.lost += Math.max(0, due.length - progressSends);
  outcome.duplicated += Math.max(0, progressSends - due.length) + Math.max(0, (progress?.rows ?? 0) - due.length);
  await tearDown();
  return outcome;
}
