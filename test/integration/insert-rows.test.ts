import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from '../../src/db/insert-rows.ts';
import { outbox } from '../../src/outbox/outbox-tables.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

describe(`insertRows (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('writes every row in the order given, each column as drizzle would, defaults where a row leaves one out', async () => {
    const later = new Date('2026-12-07T01:02:03.456Z');
    const texts = ['first', 'Xin chào "anh" \\ ơi\n😀', "it's", 'last'];
    await insertRows(
      database.db,
      outbox,
      texts.map((text, position) => ({
        channel: 'web',
        address: `row-${position}`,
        contactId: null,
        requestId: position === 1 ? 9_007_199_254 : null,
        kind: 'text',
        payload: position === 2 ? ['a', { nested: null }] : { text, buttons: [] },
        ...(position === 3 ? { nextAttemptAt: later, status: 'sent' } : {}),
      })),
    );
    const rows = await database.db.select().from(outbox).where(eq(outbox.channel, 'web')).orderBy(asc(outbox.id));
    expect(rows.map((row) => row.address)).toEqual(['row-0', 'row-1', 'row-2', 'row-3']);
    expect(rows.map((row) => row.payload)).toEqual([
      { text: 'first', buttons: [] },
      { text: texts[1], buttons: [] },
      ['a', { nested: null }],
      { text: 'last', buttons: [] },
    ]);
    expect(rows.map((row) => row.requestId)).toEqual([null, 9_007_199_254, null, null]);
    expect(rows.map((row) => row.status)).toEqual(['pending', 'pending', 'pending', 'sent']);
    expect(rows[3]?.nextAttemptAt.toISOString()).toBe(later.toISOString());
    // The default (now) for the rows that gave none.
    expect(Math.abs((rows[0]?.nextAttemptAt.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(rows.map((row) => row.attempts)).toEqual([0, 0, 0, 0]);
  });

  it('stores a jsonb null as SQL NULL and refuses a value it cannot carry', async () => {
    await insertRows(database.db, outbox, [
      { channel: 'zalo', address: 'x', kind: 'text', payload: { ok: true }, lastError: null },
    ]);
    const [row] = await database.db.select().from(outbox).where(eq(outbox.channel, 'zalo'));
    expect(row?.lastError).toBeNull();
    await expect(
      insertRows(database.db, outbox, [
        { channel: 'zalo', address: 'y', kind: 'text', payload: {}, lastError: { not: 'text' } as unknown as string },
      ]),
    ).rejects.toThrow(/last_error takes a string/);
  });
});
