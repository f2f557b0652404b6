import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migratedTemplate } from '../../src/db/client.ts';

declare module 'vitest' {
  // Declaration merging, as vitest's `provide` documents it, needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    /** A file holding a dump of a migrated PGlite database, or '' on PostgreSQL. */
    databaseTemplate: string;
  }
}

/**
 * Global setup: one migrated PGlite database, dumped to a file that each test file's in-memory
 * databases start from (createTestDatabase), instead of initialising and migrating their own.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    project.provide('databaseTemplate', '');
    return async () => {};
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'hoidap-test-db-'));
  const file = path.join(folder, 'migrated.tar');
  await writeFile(file, Buffer.from(await (await migratedTemplate()).arrayBuffer()));
  project.provide('databaseTemplate', file);
  return () => rm(folder, { recursive: true, force: true });
}
