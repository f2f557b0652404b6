import { defineConfig } from 'vitest/config';

// Browser tests (playwright-core driving Debian's chromium): `npm run test:browser`, run by .ci/run
// after installing chromium. Kept out of `npm test` so the README's command works without a browser.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    passWithNoTests: true,
    // A page's first message arrives over the network (stream or poll): a busy 2-core machine
    // needs more than expect.poll's default second.
    expect: { poll: { timeout: 10_000 } },
  },
});
