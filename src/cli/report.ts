// npm run report -- --month 2026-10 [--csv] [--lang en]
//                   --quarter 2026-Q3 | --half 2026-H1 | --year 2026
// Prints the figures of a period per agency and in total (R9, R10, R12), the same as the inbox's
// report page, from DATABASE_URL or the embedded PGlite under DATA_DIR (stop the app first:
// an embedded database is one process's). Bad arguments: one line on stderr and exit code 2.
import { loadConfigOrExit } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { loadContent } from '../kb/load-content.ts';
import { computeFigures, figuresToCsv, parsePeriod, type Period, type PeriodKind } from '../reports/index.ts';
import { formatFiguresTable } from '../reports/format-figures-table.ts';

const USAGE =
  'usage: npm run report -- --month 2026-10 | --quarter 2026-Q3 | --half 2026-H1 | --year 2026 [--csv] [--lang vi|en]';
const FLAGS: Record<string, PeriodKind> = {
  '--month': 'month',
  '--quarter': 'quarter',
  '--half': 'half',
  '--year': 'year',
};

type Options = { period: Period; csv: boolean; language: 'vi' | 'en' };

const options = orExit(
  () => parseArgs(process.argv.slice(2)),
  (message) => `report: ${message} (${USAGE})`,
);
const config = loadConfigOrExit();

const { kb, problems } = await loadContent(config.CONTENT_DIR);
if (!kb)
  console.error(
    `report: ${problems.length} problem(s) in ${config.CONTENT_DIR}, agencies shown by id (npm run kb:check)`,
  );
const names = new Map((kb?.agencies ?? []).map((agency) => [agency.id, agency.name[options.language]]));

const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  const figures = await computeFigures(database.db, options.period);
  const agencyName = (id: string) => names.get(id) ?? id;
  process.stdout.write(
    options.csv
      ? figuresToCsv(figures, agencyName, options.language === 'vi' ? 'Tổng cộng' : 'Total')
      : `${formatFiguresTable(figures, options.period, agencyName)}\n`,
  );
} finally {
  await database.close();
}

function parseArgs(args: string[]): Options {
  let period: Period | null = null;
  let csv = false;
  let language: 'vi' | 'en' = 'vi';
  for (let i = 0; i < args.length; i++) {
    const [flag = '', inline] = (args[i] ?? '').split('=', 2);
    const value = () => {
      const next = inline ?? args[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
      return next;
    };
    const kind = FLAGS[flag];
    if (kind) {
      if (period) throw new Error('give one period only');
      const text = value();
      const parsed = parsePeriod(text);
      if (parsed.kind !== kind) throw new Error(`${flag} expects ${example(kind)}, got "${text}"`);
      period = parsed;
    } else if (flag === '--csv' && inline === undefined) {
      csv = true;
    } else if (flag === '--lang') {
      const text = value();
      if (text !== 'vi' && text !== 'en') throw new Error(`--lang expects vi or en, got "${text}"`);
      language = text;
    } else {
      throw new Error(`unknown argument "${args[i]}"`);
    }
  }
  if (!period) throw new Error('missing the period');
  return { period, csv, language };
}

function orExit<T>(make: () => T, describe: (message: string) => string): T {
  try {
    return make();
  } catch (error) {
    console.error(describe(error instanceof Error ? error.message : String(error)));
    process.exit(2);
  }
}

function example(kind: PeriodKind): string {
  return { month: 'YYYY-MM (2026-10)', quarter: 'YYYY-Qn (2026-Q3)', half: 'YYYY-Hn (2026-H1)', year: 'YYYY (2026)' }[
    kind
  ];
}
