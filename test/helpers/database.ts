import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.ts';

/** `url`: the test database's address on PostgreSQL (a second instance opens it too); null on PGlite. */
export type TestDatabase = Database & { url: string | null; destroy(): Promise<void> };

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default (started from the dump
 * the global setup made, test/helpers/database-template.ts), or — when
 * DATABASE_URL is set (CI's second run) — a new database on that PostgreSQL server, dropped after.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const template = inject('databaseTemplate');
    const database = await openDatabase({
      inMemory: true,
      ...(template ? { template: new Blob([await readFile(template)]) } : {}),
    });
    return { ...database, url: null, destroy: () => database.close() };
  }
  const name = `hoidap_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ url: target.toString() });
  return {
    ...database,
    url: target.toString(),
    destroy: async () => {
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
