import express from 'express';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.ts';
import { createInFlight, listenLocally, type LocalServer } from './listen-locally.ts';

export const CEILING_PATH = '/ceiling';

/**
 * The most a webhook on this machine and database can take: the same JSON body parser and
 * connection pool as the app (its statements prepared as the app's are), then one INSERT of the
 * update in autocommit. Resent copies hit the primary key and are skipped, as the app skips
 * them, instead of answering 500.
 */
export async function startCeilingServer(db: Db): Promise<LocalServer> {
  await db.execute(
    sql`create table if not exists bench_ceiling (update_id bigint primary key, body jsonb not null, received_at timestamptz not null default now())`,
  );
  const inFlight = createInFlight();
  const app = express();
  app.post(CEILING_PATH, express.json({ limit: '1mb' }), async (req, res) => {
    const body: unknown = req.body;
    const updateId =
      typeof body === 'object' && body !== null && 'update_id' in body ? Number(body.update_id) : Number.NaN;
    if (!Number.isInteger(updateId)) {
      res.status(400).end();
      return;
    }
    await inFlight.track(
      db.execute(
        sql`insert into bench_ceiling (update_id, body) values (${updateId}, ${JSON.stringify(body)}::jsonb) on conflict do nothing`,
      ),
    );
    res.status(200).end();
  });
  return listenLocally(app, inFlight);
}
