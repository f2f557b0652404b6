import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { messages } from '../../src/conversations/index.ts';

export type StoredCount = {
  /** Acknowledged (2xx) but no inbound row: the message Telegram will never send again. */
  lost: number;
  /** Rows beyond the first for one Telegram message. */
  duplicated: number;
  /** Rows for updates re-sent on purpose beyond their one row (part of `duplicated`). */
  resentExtraRows: number;
  acknowledged: number;
  inboundRows: number;
  /** Stored but never acknowledged (the answer timed out): Telegram would resend, harmless. */
  storedUnacknowledged: number;
  unprocessed: number;
};

/** Compares what the endpoint acknowledged with the inbound rows of the telegram channel. */
export async function countStored(
  db: Db,
  acknowledged: ReadonlySet<string>,
  resent: ReadonlySet<string>,
): Promise<StoredCount> {
  const rows = await db
    .select({ key: messages.channelMessageId, rows: count() })
    .from(messages)
    .where(and(eq(messages.channel, 'telegram'), eq(messages.direction, 'in')))
    .groupBy(messages.channelMessageId);
  const stored = new Map(rows.map((row) => [row.key ?? '', row.rows]));
  let lost = 0;
  for (const key of acknowledged) if (!stored.has(key)) lost++;
  let resentExtraRows = 0;
  for (const key of resent) resentExtraRows += Math.max(0, (stored.get(key) ?? 0) - 1);
  const [left] = await db
    .select({ rows: count() })
    .from(messages)
    .where(and(eq(messages.direction, 'in'), isNull(messages.processedAt)));
  return {
    lost,
    duplicated: rows.reduce((extra, row) => extra + Math.max(0, row.rows - 1), 0),
    resentExtraRows,
    acknowledged: acknowledged.size,
    inboundRows: rows.reduce((total, row) => total + row.rows, 0),
    storedUnacknowledged: rows.filter((row) => !acknowledged.has(row.key ?? '')).length,
    unprocessed: left?.rows ?? 0,
  };
}
