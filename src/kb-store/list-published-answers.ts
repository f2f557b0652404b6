import { desc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { publishedAnswers } from './kb-store-tables.ts';

export type PublishedAnswerRow = typeof publishedAnswers.$inferSelect;

/** Published answers, newest first (the public Q&A page and the bot's index at start-up). */
export async function listPublishedAnswers(db: Db, limit = 2000): Promise<PublishedAnswerRow[]> {
  return db.select().from(publishedAnswers).orderBy(desc(publishedAnswers.publishedAt)).limit(limit);
}
