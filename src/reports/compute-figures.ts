import { and, eq, gte, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { requestEvents, requests } from '../tracker/tracker-tables.ts';
import { DEFAULT_WORKING_HOURS } from '../tracker/working-calendar.ts';
import type { Period } from './parse-period.ts';

/** The PCI/SIPAS figures of one agency (or of all, agencyId null) over a period (R9, R10, R12). */
export type Figures = {
  agencyId: string | null;
  requests: number;
  businesses: number;
  citizens: number;
  answered: number;
  answeredShare: number | null;
  answeredWithin48h: number;
  answeredWithin48hShare: number | null;
  medianHours: number | null;
  p90Hours: number | null;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  answeredByBot: number;
  answeredByStaff: number;
  handoffs: number;
  /**
   * Hand-offs staff later answered with a procedure the bot had: after the hand-off, a staff reply
   * written from a procedure's card, or the case's procedure set by staff (the inbox offers only
   * the knowledge base's). Questions the bot could have answered: what teaching it is for.
   */
  handoffsWithKnownProcedure: number;
  progressReplies: number;
  late: number;
  apologies: number;
  ratings: number;
  satisfied: number;
  /** SIPAS: the share of 4–5 among ratings. */
  satisfactionShare: number | null;
};

// The PCI figure (R9, R1) is "received the information within 48 hours", counted by anyone, the bot included.
const WITHIN_HOURS = 48;
const WORKING_HOURS_PER_DAY = hoursPerDay(DEFAULT_WORKING_HOURS.morning) + hoursPerDay(DEFAULT_WORKING_HOURS.afternoon);

const count = (condition: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${condition}))::int`;
const percentile = (fraction: number, column: ReturnType<typeof sql>) =>
  sql<number | null>`percentile_cont(${sql.raw(String(fraction))}) within group (order by ${column})`;

/**
 * One row per agency with requests opened in the period, then the total row. Requests are counted
 * by when the person first wrote (opened_at), so a case answered next month still belongs to this
 * one. Medians come from the stored per-case durations; unanswered cases have none and are left out
 * of them (the answered share tells how many that is). One scan with grouping sets. `only` narrows to
 * businesses — the PCI indicators (R9) are about businesses that asked for information.
 */
export async function computeFigures(
  db: Db,
  period: Period,
  only: { requesterType?: 'business' | 'citizen' } = {},
): Promise<Figures[]> {
  const r = requests;
  const rows = await db
    .select({
      agencyId: r.agencyId,
      isTotal: sql<number>`grouping(${r.agencyId})::int`,
      requests: sql<number>`count(*)::int`,
      businesses: count(sql`${r.requesterType} = 'business'`),
      citizens: count(sql`${r.requesterType} = 'citizen'`),
      answered: count(sql`${r.firstAnswerAt} is not null`),
      answeredWithin48h: count(sql`${r.answerHours} <= ${WITHIN_HOURS}`),
      medianHours: percentile(0.5, sql`${r.answerHours}`),
      p90Hours: percentile(0.9, sql`${r.answerHours}`),
      medianWorkingHours: percentile(0.5, sql`${r.answerWorkingHours}`),
      p90WorkingHours: percentile(0.9, sql`${r.answerWorkingHours}`),
      answeredByBot: count(sql`${r.firstAnswerBy} = 'bot'`),
      answeredByStaff: count(sql`${r.firstAnswerBy} = 'staff'`),
      handoffs: count(sql`${r.handedOffAt} is not null`),
      handoffsWithKnownProcedure: count(sql`${r.handedOffAt} is not null and ${answeredWithProcedure}`),
      progressReplies: count(sql`${r.progressSentAt} is not null`),
      late: count(sql`${r.late}`),
      apologies: count(sql`${r.apologizedAt} is not null`),
      ratings: count(sql`${r.satisfaction} is not null`),
      satisfied: count(sql`${r.satisfaction} >= 4`),
    })
    .from(r)
    .where(
      and(
        gte(r.openedAt, period.start),
        lt(r.openedAt, period.end),
        only.requesterType ? eq(r.requesterType, only.requesterType) : undefined,
      ),
    )
    .groupBy(sql`grouping sets ((${r.agencyId}), ())`)
    .orderBy(sql`grouping(${r.agencyId})`, r.agencyId);
  return rows.map(({ isTotal, medianWorkingHours, p90WorkingHours, ...row }) => ({
    ...row,
    agencyId: isTotal ? null : row.agencyId,
    answeredShare: share(row.answered, row.requests),
    answeredWithin48hShare: share(row.answeredWithin48h, row.requests),
    medianWorkingDays: medianWorkingHours === null ? null : medianWorkingHours / WORKING_HOURS_PER_DAY,
    p90WorkingDays: p90WorkingHours === null ? null : p90WorkingHours / WORKING_HOURS_PER_DAY,
    satisfactionShare: share(row.satisfied, row.ratings),
  }));
}

const e = requestEvents;
const answeredWithProcedure = sql`exists (select 1 from ${e} where ${e.requestId} = ${requests.id}
  and ${e.actor} = 'staff' and ${e.at} >= ${requests.handedOffAt}
  and ((${e.type} = 'staff_reply' and ${e.data}->>'card' is not null) or ${e.type} = 'procedure'))`;

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function hoursPerDay([from, to]: [string, string]): number {
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return (minutes(to) - minutes(from)) / 60;
}
