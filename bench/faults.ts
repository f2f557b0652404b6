// npm run test:faults [-- --only kill,outage,botapi,two]
// The app under faults, as its own processes on loopback, against a throw-away PostgreSQL cluster
// this script makes with initdb/pg_ctl on a free port (never the machine's shared server) and a
// fake Telegram Bot API: kill -9 in the middle of a burst, PostgreSQL stopped for 10 s under
// traffic, the Bot API answering 429 / 500 / 403, and two instances receiving the same updates and
// running the same scheduled events. Each prints what went in and what came out, and the run fails
// on any loss (and on any duplicate where exactly-once is expected). About 2–3 minutes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Outcome } from './faults/count-outcome.ts';
import {
  botApiFaults,
  databaseOutage,
  killDuringBurst,
  twoInstances,
  type FaultContext,
} from './faults/fault-scenarios.ts';
import { startThrowawayPostgres } from './faults/start-throwaway-postgres.ts';

const SCENARIOS = {
  kill: { run: killDuringBurst, duplicatesAllowed: true },
  outage: { run: databaseOutage, duplicatesAllowed: true },
  botapi: { run: botApiFaults, duplicatesAllowed: false },
  two: { run: twoInstances, duplicatesAllowed: false },
} as const;
type Name = keyof typeof SCENARIOS;

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const chosen = (values.only?.split(',') ?? Object.keys(SCENARIOS)).filter((name): name is Name => name in SCENARIOS);
const started = Date.now();
const work = mkdtempSync(path.join(tmpdir(), 'hoidap-faults-'));
const context: FaultContext = {
  cluster: await startThrowawayPostgres(),
  dataDir: path.join(work, 'data'),
  logDir: work,
};
console.log(`throw-away PostgreSQL at ${context.cluster.url}; app logs in ${work}`);
const results: Array<Outcome & { failed: boolean }> = [];
try {
  for (const name of chosen) {
    const scenario = SCENARIOS[name];
    const begun = Date.now();
    const outcome = await scenario.run(context);
    const failed = outcome.lost > 0 || (!scenario.duplicatesAllowed && outcome.duplicated > 0);
    results.push({ ...outcome, failed });
    console.log(
      `${failed ? 'FAIL' : 'ok  '} ${outcome.scenario.padEnd(38)} sent ${outcome.sent}  acknowledged ${outcome.acknowledged}  stored ${outcome.stored}  answered ${outcome.answered}  lost ${outcome.lost}  duplicated ${outcome.duplicated}  (${Math.round((Date.now() - begun) / 1000)} s)`,
    );
    for (const note of outcome.notes) console.log(`     ${note}`);
  }
} finally {
  context.cluster.destroy();
}
const failed = results.filter((result) => result.failed).length;
console.log(`${results.length - failed} passed, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`);
if (failed === 0) rmSync(work, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
