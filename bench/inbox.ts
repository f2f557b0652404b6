// npm run bench:inbox [-- --json] [-- --requests N] [-- --keep]
// Creates a scratch database hoidap_bench_<random> on the server in DATABASE_URL, migrates it,
// seeds N requests (default 1,000,000) over 12 months and 20 agencies with set-based INSERT …
// SELECT generate_series, VACUUM ANALYZEs, then times (a) the inbox queue page — countQueues and
// listQueue together, as the page runs them — for a random agency, queue and staff member, and
// (b) the monthly report — computeFigures for a random one of the 12 months. Prints p50/p95 and
// drops the database. Targets on PostgreSQL: queue ≤ 50 ms p95, monthly report ≤ 500 ms p95.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase } from '../src/db/client.ts';
import { countQueues } from '../src/inbox/queries/count-queues.ts';
import { listQueue } from '../src/inbox/queries/list-queue.ts';
import { QUEUE_NAMES } from '../src/inbox/queries/queue-conditions.ts';
import { computeFigures, parsePeriod } from '../src/reports/index.ts';
import { seededRandom } from './seeded-random.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
// Keeps the seeded database for EXPLAIN sessions instead of dropping it.
const keep = args.includes('--keep');
const requestsArg = args[args.indexOf('--requests') + 1];
const REQUESTS = args.includes('--requests') ? Number(requestsArg) : 1_000_000;
const QUEUE_RUNS = 400;
const REPORT_RUNS = 40;
const AGENCIES = 20;
const STAFF_PER_AGENCY = 5;
// The bench's "now": the last of the 12 seeded months is November 2026, still running.
const NOW = new Date('2026-11-25T10:00:00+07:00');
const SEARCHES = ['nguyen van', 'tran thi mai', 'giay phep', 'tro cap that nghiep', 'le hoang'];

const url = process.env.DATABASE_URL;
if (!url || !Number.isInteger(REQUESTS) || REQUESTS < 1) {
  console.error(
    !url
      ? 'bench:inbox needs DATABASE_URL (a PostgreSQL server where it may create a scratch database)'
      : '--requests expects a positive integer',
  );
  process.exit(2);
}
const log = (line: string) => {
  if (!json) console.error(line);
};

const name = `hoidap_bench_${randomBytes(5).toString('hex')}`;
const admin = postgres(url, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database ${name}`);
const target = new URL(url);
target.pathname = `/${name}`;
try {
  const database = await openDatabase({ url: target.toString() });
  const raw = postgres(target.toString(), { max: 1, onnotice: () => {} });
  try {
    let started = performance.now();
    await seed(raw);
    log(`seeded ${REQUESTS} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    await raw.unsafe('vacuum analyze');
    log(`vacuum analyze in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const staffRows = await raw<{ id: string; agency_id: string }[]>`select id, agency_id from staff`;
    const agencies = [...new Set(staffRows.map((row) => row.agency_id))];
    const random = seededRandom(20261125);
    const pick = <T>(items: readonly T[]): T => {
      const item = items[Math.floor(random() * items.length)];
      if (item === undefined) throw new Error('nothing to pick from');
      return item;
    };

    const queuePage = async (search?: string) => {
      const agencyId = pick(agencies);
      const staffId = pick(staffRows.filter((row) => row.agency_id === agencyId)).id;
      const scope = { agencyIds: [agencyId], staffId, now: NOW };
      await Promise.all([
        countQueues(database.db, scope),
        listQueue(database.db, { ...scope, queue: pick(QUEUE_NAMES), search, limit: 50 }),
      ]);
    };
    const months = Array.from({ length: 12 }, (_, i) =>
      parsePeriod(`${i < 2 ? 2025 : 2026}-${String(((i + 10) % 12) + 1).padStart(2, '0')}`),
    );
    const queue = await time(QUEUE_RUNS, () => queuePage());
    const search = await time(QUEUE_RUNS / 4, () => queuePage(pick(SEARCHES)));
    const report = await time(REPORT_RUNS, () => computeFigures(database.db, pick(months)).then(() => undefined));

    const result = {
      requests: REQUESTS,
      queue_p50_ms: round(percentile(queue, 0.5)),
      queue_p95_ms: round(percentile(queue, 0.95)),
      report_p50_ms: round(percentile(report, 0.5)),
      report_p95_ms: round(percentile(report, 0.95)),
    };
    if (json) {
      console.log(JSON.stringify(result));
    } else {
      console.log(
        `queue page (counts + list, ${queue.length} runs): p50 ${result.queue_p50_ms} ms · p95 ${result.queue_p95_ms} ms (target ≤ 50 ms)`,
      );
      console.log(
        `queue page with a text search (${search.length} runs): p50 ${round(percentile(search, 0.5))} ms · p95 ${round(percentile(search, 0.95))} ms`,
      );
      console.log(
        `monthly report (${report.length} runs): p50 ${result.report_p50_ms} ms · p95 ${result.report_p95_ms} ms (target ≤ 500 ms)`,
      );
    }
  } finally {
    await raw.end({ timeout: 5 });
    await database.close();
  }
} finally {
  if (keep) console.error(`kept database ${name}`);
  else await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end({ timeout: 5 });
}

/** Times `runs` calls after a few warm-up calls (cold caches are not what the page sees). */
async function time(runs: number, call: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await call();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    durations.push(performance.now() - started);
  }
  return durations;
}

/**
 * One INSERT … SELECT over generate_series, in opened_at order as production inserts them. Shares:
 * 75 % answered by the bot within seconds, 4 % left with the bot unanswered, 21 % handed off and
 * answered by staff after 0.5–60 h (median ≈ 11 h, ≈ 9 % of them past 48 h: late, apologised),
 * the recent part of those still open (some overdue); 15 % of answers rated. Agencies are skewed:
 * the largest has ≈ 15 % of requests, the smallest ≈ 3 %.
 */
async function seed(sql: postgres.Sql): Promise<void> {
  // Loading first and indexing after is several times faster than maintaining 9 indexes row by row;
  // the definitions are read back from the migrated database, so the indexes timed are the real ones.
  const indexes = await sql<{ indexdef: string; indexname: string }[]>`select indexname, indexdef from pg_indexes
    where tablename = 'requests' and indexname not in (select conname from pg_constraint where conrelid = 'requests'::regclass)`;
  for (const index of indexes) await sql.unsafe(`drop index "${index.indexname}"`);
  await sql`insert into staff (email, name, role, agency_id, password_hash)
    select 'agent' || a || '-' || s || '@bench.example', 'Cán bộ ' || a || '.' || s, 'agent', 'agency-' || lpad(a::text, 2, '0'), 'x'
    from generate_series(1, ${AGENCIES}) a, generate_series(1, ${STAFF_PER_AGENCY}) s`;
  await sql`create temporary table staff_slots as
    select (row_number() over (partition by agency_id order by email) - 1)::int as slot, agency_id, id from staff`;
  const start = new Date(NOW.getTime() - 365 * 86_400_000);
  await sql`
    insert into requests (id, case_number, contact_id, channel, requester_type, requester_name, agency_id, procedure_ref, subject, status,
      opened_at, handed_off_at, due_at, first_answer_at, first_answer_by, first_human_reply_at, answer_hours, answer_working_hours,
      human_reply_hours, human_reply_working_hours, assignee_id, progress_sent_at, breached_at, late, apologized_at, closed_at, satisfaction, next_event_at, updated_at)
    with base as (
      select g, ${start}::timestamptz + (g - 1) * (365 * 86400.0 / ${REQUESTS}) * interval '1 second' as opened_at,
        random() as r_agency, random() as r_kind, random() as r_time, random() as r_rate, random() as r_open,
        random() as r_channel, random() as r_type, random() as r_proc, random() as r_subject, random() as r_staff,
        random() as r_family, random() as r_middle, random() as r_given
      from generate_series(1, ${REQUESTS}) g
    ), shaped as (
      select *, 'agency-' || lpad((1 + least(${AGENCIES - 1}, floor(${AGENCIES} * power(r_agency, 1.6))))::text, 2, '0') as agency_id,
        case when r_kind < 0.75 then 'bot' when r_kind < 0.79 then 'none' else 'staff' end as kind,
        case when r_kind < 0.75 then 0.001 + r_time * 0.01 else 0.5 + 60 * power(r_time, 2.5) end as hours
      from base
    ), timed as (
      select *, kind = 'staff' and (opened_at > ${NOW}::timestamptz - interval '3 days' and r_open < 0.5
          or opened_at > ${NOW}::timestamptz - interval '12 days' and r_open < 0.04) as still_open,
        opened_at + hours * interval '1 hour' as answered_at
      from shaped
    ), outcome as (
      select *, not still_open and kind <> 'none' and answered_at <= ${NOW}::timestamptz as answered from timed
    )
    select g, 'HD-' || to_char(opened_at at time zone 'Asia/Ho_Chi_Minh', 'YYMM') || '-' || g, gen_random_uuid(),
      (array['zalo','zalo','zalo','telegram','telegram','web','web','phone'])[1 + floor(r_channel * 8)::int],
      case when r_type < 0.25 then 'business' else 'citizen' end,
      (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ'])[1 + floor(r_family * 12)::int] || ' ' ||
        (array['Văn','Thị','Hoàng','Minh','Thu','Quốc','Ngọc'])[1 + floor(r_middle * 7)::int] || ' ' ||
        (array['An','Bình','Cường','Dũng','Hà','Hạnh','Lan','Mai','Nam','Phúc','Quân','Tâm','Thảo','Vy'])[1 + floor(r_given * 14)::int],
      outcome.agency_id, case when r_proc < 0.8 then 'P' || lpad((1 + floor(r_proc / 0.8 * 47))::text, 2, '0') end,
      (array['Hỏi về giấy phép lao động cho người nước ngoài','Thủ tục đăng ký hộ kinh doanh','Hồ sơ hưởng trợ cấp thất nghiệp',
        'Cấp lại giấy chứng nhận đăng ký doanh nghiệp','Đăng ký khai sinh cho con','Xác nhận tình trạng hôn nhân',
        'Thời hạn giải quyết hồ sơ đất đai','Lệ phí cấp phép xây dựng','Chứng thực bản sao','Đổi giấy phép lái xe'])[1 + floor(r_subject * 10)::int]
        || ' (' || g || ')',
      case when kind = 'none' then 'bot' when still_open or not answered then 'open'
        when answered_at < ${NOW}::timestamptz - interval '7 days' then 'closed' else 'answered' end,
      opened_at,
      case when kind = 'staff' then opened_at + interval '5 minutes' end,
      case when kind = 'staff' then opened_at + interval '48 hours' end,
      case when answered then answered_at end, case when answered then kind end,
      case when answered and kind = 'staff' then answered_at end,
      case when answered then hours end, case when answered then hours * 0.3 end,
      case when answered and kind = 'staff' then hours - 1.0 / 12 end, case when answered and kind = 'staff' then (hours - 1.0 / 12) * 0.3 end,
      case when kind = 'staff' and r_staff < 0.8 then ss.id end,
      case when kind = 'staff' and (hours > 24 or still_open) and opened_at + interval '24 hours' < ${NOW}::timestamptz then opened_at + interval '24 hours' end,
      case when kind = 'staff' and (hours > 48 or still_open) and opened_at + interval '48 hours' < ${NOW}::timestamptz then opened_at + interval '48 hours' end,
      kind = 'staff' and (hours > 48 or still_open) and opened_at + interval '48 hours' < ${NOW}::timestamptz,
      case when answered and kind = 'staff' and hours > 48 then answered_at end,
      case when answered and answered_at < ${NOW}::timestamptz - interval '7 days' then answered_at + interval '7 days' end,
      case when answered and r_rate < 0.15 then (array[1,2,3,4,4,4,5,5,5,5])[1 + floor(r_rate / 0.015)::int] end,
      case when kind = 'staff' and not answered and opened_at + interval '48 hours' > ${NOW}::timestamptz then opened_at + interval '48 hours' end,
      case when answered and answered_at < ${NOW}::timestamptz - interval '7 days' then answered_at + interval '7 days'
        when answered then answered_at else opened_at end
    from outcome left join staff_slots ss on ss.agency_id = outcome.agency_id and ss.slot = floor(r_staff / 0.8 * ${STAFF_PER_AGENCY})::int
    order by g`;
  await sql`select setval(pg_get_serial_sequence('requests', 'id'), ${REQUESTS})`;
  await sql`set maintenance_work_mem = '256MB'`;
  for (const index of indexes) await sql.unsafe(index.indexdef);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
