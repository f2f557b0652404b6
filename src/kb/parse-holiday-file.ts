import { parse as parseYaml } from 'yaml';
import { checkHolidayYear } from './check-holiday-year.ts';
import { holidayYearSchema } from './content-schema.ts';

export type ListedDay = { date: string; kind: 'holiday' | 'working'; name: string };
export type ParsedHolidayFile = { days: ListedDay[]; sources: string[]; problems: string[] };

const DATE_FIRST = /^\s*"?(\d{4}-\d{2}-\d{2}|date|ngày|ngay)\b/i;
const KINDS: Record<string, ListedDay['kind']> = {
  holiday: 'holiday',
  nghỉ: 'holiday',
  nghi: 'holiday',
  working: 'working',
  working_saturday: 'working',
  'làm bù': 'working',
  'lam bu': 'working',
};

/**
 * An official list an admin imports for one year: a YAML file in the shape of content/holidays
 * (kb:check's rules apply), or a CSV of `date,kind,name` lines (kind: holiday or working; a header
 * line and # comments are skipped; the name is the rest of the line, so it may hold commas). Every
 * problem is returned, each saying what is expected; no day is returned with a problem.
 */
export function parseHolidayFile(text: string, year: number): ParsedHolidayFile {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '' && !line.trim().startsWith('#')) ?? '';
  const parsed = DATE_FIRST.test(firstLine) ? parseCsv(text, year) : parseYamlList(text, year);
  return parsed.problems.length > 0 ? { days: [], sources: parsed.sources, problems: parsed.problems } : parsed;
}

function parseYamlList(text: string, year: number): ParsedHolidayFile {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      days: [],
      sources: [],
      problems: [`invalid YAML: ${message} (expected a content/holidays file or CSV lines)`],
    };
  }
  const result = holidayYearSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    return { days: [], sources: [], problems };
  }
  const list = result.data;
  if (list.year !== year) {
    return {
      days: [],
      sources: list.source,
      problems: [`year: ${list.year} (expected ${year}, the year being edited)`],
    };
  }
  const days: ListedDay[] = [
    ...list.holidays.map((entry) => ({ ...entry, kind: 'holiday' as const })),
    ...list.working_saturdays.map((entry) => ({ ...entry, kind: 'working' as const })),
  ];
  const problems = checkHolidayYear(list).map((problem) => `${problem.field}: ${problem.message}`);
  return { days, sources: list.source, problems };
}

function parseCsv(text: string, year: number): ParsedHolidayFile {
  const days: ListedDay[] = [];
  const lines: number[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    const at = `line ${index + 1}`;
    if (line === '' || line.startsWith('#')) return;
    const [first = '', second = '', ...rest] = line.split(',');
    const date = unquote(first);
    const kind = unquote(second);
    if (!/^\d/.test(date) && days.length === 0 && problems.length === 0) return; // the header
    const name = unquote(rest.join(','));
    const known = KINDS[kind.toLowerCase()];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || !sameDate(date)) {
      problems.push(`${at}: "${date}" is not a date (expected YYYY-MM-DD)`);
    } else if (!known) {
      problems.push(`${at}: "${kind}" is not a kind of day (expected holiday or working)`);
    } else if (name === '') {
      problems.push(`${at}: no name (expected date,kind,name)`);
    } else {
      days.push({ date, kind: known, name });
      lines.push(index + 1);
    }
  });
  const holidays = days.filter((day) => day.kind === 'holiday');
  const working = days.filter((day) => day.kind === 'working');
  // checkHolidayYear names list positions; a CSV editor needs line numbers.
  const lineOf = (field: string): string => {
    const [list, position] = field.split('.');
    const pool = list === 'holidays' ? holidays : working;
    const day = pool[Number(position)];
    return day ? `line ${lines[days.indexOf(day)] ?? '?'}` : field;
  };
  for (const problem of checkHolidayYear({ year, holidays, working_saturdays: working })) {
    const message = problem.message.replace(/\b(holidays|working_saturdays)\.\d+\.date\b/g, lineOf);
    problems.push(`${lineOf(problem.field)}: ${message}`);
  }
  return { days, sources: [], problems };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).replaceAll('""', '"')
    : trimmed;
}

/** Refuses dates such as 2027-02-30, which Date.parse would roll over. */
function sameDate(date: string): boolean {
  return new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
}
