import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/db/client.ts';

export type ScratchDatabase = Database & { name: string; drop(): Promise<void> };

/**
 * A new database `hoidap_bench_<random>` on the server in `url`, migrated by openDatabase.
 * `drop` closes the pool and drops it with FORCE, so a run that failed halfway leaves nothing
 * behind; it is safe to call twice. `onQuery` is told of every statement the app's pool sends.
 */
export async function createScratchDatabase(
  url: string,
  onQuery?: (statement: string) => void,
): Promise<ScratchDatabase> {
  const name = `hoidap_bench_${randomBytes(5).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  let dropped = false;
  const dropDatabase = async () => {
    if (dropped) return;
    dropped = true;
    try {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
    } finally {
      await admin.end({ timeout: 5 });
    }
  };
  const target = new URL(url);
  target.pathname = `/${name}`;
  let database: Database;
  try {
    database = await openDatabase({ url: target.toString(), onQuery });
  } catch (error) {
    await dropDatabase();
    throw error;
  }
  return {
    ...database,
    name,
    drop: async () => {
      await database.close().catch(() => {});
      await dropDatabase();
    },
  };
}
