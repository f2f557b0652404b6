import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The database handle every query function takes first; the same type for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where it lives, without credentials: for logs and /healthz. */
  location: string;
  /** true when the database answers `select 1` within timeoutMs (default 1 s), on a connection of its own. */
  ping(timeoutMs?: number): Promise<boolean>;
  /**
   * LISTEN on a channel: `onPayload` gets each NOTIFY's payload (sent by any instance, delivered
   * after its transaction commits). `onReconnect` runs when a dropped listening connection is back
   * (notifications sent meanwhile are lost: listeners catch up from the tables). Resolves to unlisten.
   */
  listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations', import.meta.url));

// One advisory lock key for migrations, so several app instances starting together migrate once.
const MIGRATION_LOCK = 72_404_001;

export type DatabaseOptions = {
  url?: string;
  dataDir?: string;
  inMemory?: boolean;
  /**
   * In memory only: start from this dump of a migrated database (see migratedTemplate) rather than
   * from an empty one, which PGlite must first initialise (about 2 s each; a test run opens many).
   */
  template?: Blob;
  /** Told of every statement the app's pool sends to PostgreSQL, transaction control included (benches count them). */
  onQuery?: (statement: string) => void;
};

/**
 * PostgreSQL through postgres.js when a URL is given; otherwise embedded PGlite stored under
 * dataDir (or in memory, for tests). Migrations from migrations/ are applied before it is returned.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const { onQuery } = options;
    const client = postgres(options.url, {
      max: 10,
      // Each connection parses and plans a statement once and then only binds it: that halved
      // what PostgreSQL spends on storing an inbound message (bench:ingest). drizzle asked for
      // unprepared statements until patches/drizzle-orm+0.45.4.patch (upstream issue #6096).
      // Behind a pooler in transaction mode (PgBouncer < 1.21) this must be false.
      prepare: true,
      onnotice: () => {},
      connection: { TimeZone: 'UTC' },
      ...(onQuery ? { debug: (_connection: number, statement: string) => onQuery(statement) } : {}),
    });
    const db = drizzlePostgres(client, { schema });
    // One connection holds the advisory lock for the whole migration.
    const migrator = postgres(options.url, { max: 1, onnotice: () => {} });
    try {
      await migrator`select pg_advisory_lock(${MIGRATION_LOCK})`;
      await migratePostgres(drizzlePostgres(migrator, { schema }), { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await migrator.end({ timeout: 5 });
    }
    // Health checks get their own connection: a pool busy with traffic (or waiting on a dead
    // server) must not keep /healthz from answering.
    const health = postgres(options.url, { max: 1, connect_timeout: 1, idle_timeout: 30, onnotice: () => {} });
    return {
      db,
      kind: 'postgres',
      location: redactUrl(options.url),
      // postgres.js listens on a connection of its own and listens again after reconnecting.
      listen: async (channel, onPayload, onReconnect) => {
        let connected = false;
        const meta = await client.listen(channel, onPayload, () => {
          if (connected) onReconnect?.();
          connected = true;
        });
        return () => meta.unlisten();
      },
      ping: (timeoutMs) =>
        withTimeout(
          health`select 1`.then(() => true),
          timeoutMs,
        ),
      close: async () => {
        await Promise.all([client.end({ timeout: 5 }), health.end({ timeout: 1 })]);
      },
    };
  }
  let dataDir: string | undefined;
  if (!options.inMemory) {
    dataDir = path.resolve(options.dataDir ?? './data', 'pglite');
    await mkdir(dataDir, { recursive: true });
  }
  const client = await PGlite.create({ dataDir, ...(options.template ? { loadDataDir: options.template } : {}) });
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
  return {
    db,
    kind: 'pglite',
    location: dataDir ?? 'memory',
    // One process, one database: nothing to reconnect.
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    // PGlite runs one query at a time in this process: the timeout bounds the wait behind a long one.
    ping: (timeoutMs) =>
      withTimeout(
        db.execute(sql`select 1`).then(() => true),
        timeoutMs,
      ),
    close: () => client.close(),
  };
}

/** A dump of a new in-memory database with every migration applied: the `template` of others. */
export async function migratedTemplate(): Promise<Blob> {
  const client = await PGlite.create();
  try {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_DIR });
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

async function withTimeout(check: Promise<boolean>, timeoutMs = 1000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([check.catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = parsed.password ? '***' : '';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}
