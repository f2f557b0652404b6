import { gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { PublishedEntry } from '../kb/index.ts';
import { publishedAnswers } from './kb-store-tables.ts';

// A row's published_at is the publishing instance's clock, and its transaction may commit a
// little after that moment: each look goes back this far, and ids already indexed are skipped.
const OVERLAP_MS = 60_000;

/**
 * Keeps this instance's index in step with answers staff published on any instance: a background
 * task (every few seconds) reads what was published since it last looked and indexes what it has
 * not seen. Polling the table rather than LISTEN/NOTIFY: nothing is missed across a lost
 * connection or a restart of the database, and PGlite and PostgreSQL work alike. Returns how many
 * answers were new.
 */
export function watchPublishedAnswers(db: Db, publish: (...entries: PublishedEntry[]) => void) {
  const seen = new Set<string>();
  let since = new Date(0);
  return async function lookForPublishedAnswers(): Promise<number> {
    const rows = await db
      .select()
      .from(publishedAnswers)
      .where(gt(publishedAnswers.publishedAt, new Date(since.getTime() - OVERLAP_MS)));
    const fresh = rows.filter((row) => !seen.has(row.id));
    for (const row of rows) {
      seen.add(row.id);
      if (row.publishedAt > since) since = row.publishedAt;
    }
    publish(
      ...fresh.map((row) => ({
        id: row.id,
        question: row.question,
        answer: row.answer,
        agencyId: row.agencyId,
        procedureRef: row.procedureRef,
      })),
    );
    return fresh.length;
  };
}
