import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

// drizzle's postgres.js driver asked for an unprepared statement on every query, so PostgreSQL
// parsed and planned each one again (patches/drizzle-orm+0.45.4.patch; upstream drizzle-orm#6096).
// Embedded PGlite keeps no prepared statements to look at.
describe.skipIf(!process.env.DATABASE_URL)('statements on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('are prepared once per connection and then reused', async () => {
    // A transaction keeps to one connection, whose prepared statements the view lists.
    const rows = await database.db.transaction(async (tx) => {
      for (const marker of ['first', 'second']) await tx.execute(sql`select ${marker}::text as prepared_marker`);
      return tx.execute(
        sql`select string_agg(statement, ' | ') as found from pg_prepared_statements where statement like ${'%as prepared_marker'}`,
      );
    });
    // Once, not twice: the second run bound the first one's statement.
    expect(JSON.stringify(rows)).toBe(JSON.stringify([{ found: 'select $1::text as prepared_marker' }]));
  });
});
