import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/**
 * Inserts many rows in one statement whose text does not depend on how many there are: the rows
 * travel as one jsonb parameter, read back by jsonb_to_recordset in the order given (ids follow
 * that order). drizzle's multi-row insert builds every cell of every row in JavaScript, a
 * parameter and a type check each, and its text changes with the row count: for the batches a
 * worker writes (the outbox, the transcript, the tracker's events) that was about a tenth of the
 * CPU an answered message cost (bench:ingest). This is for those batches; single rows and
 * anything returning ids go through drizzle.
 *
 * A column left out of a row takes its default, as with drizzle: each run of rows giving the same
 * columns is one statement (in practice there is one run). Dates become ISO timestamps; a jsonb
 * column takes the value as it is (objects, arrays, strings; null is SQL NULL).
 */
export async function insertRows<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  const columns: Record<string, PgColumn> = getTableColumns(table);
  // Runs of rows giving the same columns, in the order given: rows of another shape in between
  // start a new statement rather than join an earlier one, so ids keep the order of the rows.
  const groups: { signature: string; records: Record<string, unknown>[] }[] = [];
  for (const row of rows) {
    const given = Object.keys(columns).filter((key) => (row as Record<string, unknown>)[key] !== undefined);
    const signature = given.join(',');
    const record: Record<string, unknown> = {};
    for (const key of given) {
      const column = columns[key];
      const value = (row as Record<string, unknown>)[key];
      if (column) record[column.name] = column.getSQLType() === 'jsonb' ? value : scalar(column, value);
    }
    const last = groups.at(-1);
    if (last?.signature === signature) last.records.push(record);
    else groups.push({ signature, records: [record] });
  }
  for (const { signature, records } of groups) {
    const given = signature.split(',').flatMap((key) => (columns[key] ? [columns[key]] : []));
    if (given.length === 0) {
      for (const _ of records) await db.execute(sql`insert into ${table} default values`);
    } else await db.execute(statementFor(table, given, records));
  }
}

/** A value JSON carries as PostgreSQL reads it back: anything else (an SQL expression) is refused, not mangled. */
function scalar(column: PgColumn, value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`insertRows: ${column.name} takes a string, number, boolean, date or null`);
}

function statementFor(table: PgTable, given: PgColumn[], records: Record<string, unknown>[]): SQL {
  const names = sql.raw(given.map((column) => quote(column.name)).join(', '));
  const definitions = sql.raw(given.map((column) => `${quote(column.name)} ${column.getSQLType()}`).join(', '));
  return sql`insert into ${sql.raw(quote(getTableName(table)))} (${names})
    select ${names} from rows from (jsonb_to_recordset(${JSON.stringify(records)}::jsonb) as (${definitions}))
    with ordinality as given (${names}, position)
    order by position`;
}

function quote(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
