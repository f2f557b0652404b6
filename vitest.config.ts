import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/bots/**/*.test.ts',
      'test/cli/**/*.test.ts',
    ],
    globalSetup: ['test/helpers/database-template.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000, // a fresh database and its migrations, slow on a busy 2-core machine
    pool: 'forks',
    // Two test files at once: vitest's default is one fewer than the cores, one on this 2-core
    // machine, which left a core idle while a file waited on its database (CI ran 14-18 minutes).
    maxWorkers: 2,
  },
});
