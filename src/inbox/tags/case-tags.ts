import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { requests } from '../../tracker/index.ts';
import { scopeCondition } from '../queries/queue-conditions.ts';
import { caseTags } from './tag-tables.ts';

export const MAX_TAGS_PER_CASE = 10;
const MAX_TAG_LENGTH = 40;

/**
 * A tag as stored: lower case, single spaces, letters (any script), digits, space, "-" and "_"
 * only, at most 40 characters. null when nothing is left.
 */
export function normalizeTag(text: string): string | null {
  const tag = text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{M}\p{N} _-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_TAG_LENGTH)
    .trim();
  return tag === '' ? null : tag;
}

/** Several tags typed at once, separated by commas. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map(normalizeTag)
        .filter((tag): tag is string => tag !== null),
    ),
  ];
}

/** Adds tags to a case, up to MAX_TAGS_PER_CASE in all; returns how many were added. */
export async function addTags(
  db: Db,
  input: { requestId: number; tags: string[]; by: string; at: Date },
): Promise<number> {
  const present = await tagsOf(db, [input.requestId]);
  const have = present.get(input.requestId) ?? [];
  const room = Math.max(0, MAX_TAGS_PER_CASE - have.length);
  const fresh = input.tags.filter((tag) => !have.includes(tag)).slice(0, room);
  if (fresh.length === 0) return 0;
  const added = await db
    .insert(caseTags)
    .values(fresh.map((tag) => ({ requestId: input.requestId, tag, addedBy: input.by, addedAt: input.at })))
    .onConflictDoNothing()
    .returning({ tag: caseTags.tag });
  return added.length;
}

export async function removeTag(db: Db, requestId: number, tag: string): Promise<void> {
  await db.delete(caseTags).where(and(eq(caseTags.requestId, requestId), eq(caseTags.tag, tag)));
}

/** The tags of each case, alphabetical. */
export async function tagsOf(db: Db, requestIds: number[]): Promise<Map<number, string[]>> {
  const byCase = new Map<number, string[]>();
  if (requestIds.length === 0) return byCase;
  const rows = await db
    .select({ requestId: caseTags.requestId, tag: caseTags.tag })
    .from(caseTags)
    .where(inArray(caseTags.requestId, requestIds))
    .orderBy(asc(caseTags.tag));
  for (const row of rows) byCase.set(row.requestId, [...(byCase.get(row.requestId) ?? []), row.tag]);
  return byCase;
}

/** The tags in use on the cases of these agencies (null: all), most used first: the choices offered. */
export async function tagsInUse(db: Db, agencyIds: string[] | null, limit = 100): Promise<string[]> {
  const rows = await db
    .select({ tag: caseTags.tag, uses: count() })
    .from(caseTags)
    .innerJoin(requests, eq(requests.id, caseTags.requestId))
    .where(scopeCondition(agencyIds))
    .groupBy(caseTags.tag)
    .orderBy(desc(count()), asc(caseTags.tag))
    .limit(limit);
  return rows.map((row) => row.tag);
}

/** The condition listQueue adds for a tag filter. */
export function taggedWith(tag: string) {
  return sql`exists (select 1 from ${caseTags} where ${caseTags.requestId} = ${requests.id} and ${caseTags.tag} = ${tag})`;
}
