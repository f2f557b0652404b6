import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { KnowledgeBase } from '../kb/content-schema.ts';
import { contentVersions } from './kb-store-tables.ts';

/** Records that this content version is being served (first and last time seen). */
export async function recordContentVersion(db: Db, kb: KnowledgeBase): Promise<void> {
  await db
    .insert(contentVersions)
    .values({ hash: kb.hash, procedures: kb.procedures.length, documents: kb.documents.length })
    .onConflictDoUpdate({ target: contentVersions.hash, set: { lastLoadedAt: sql`now()` } });
}
