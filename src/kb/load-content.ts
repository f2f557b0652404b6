import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { checkHolidayYear } from './check-holiday-year.ts';
import {
  agencySchema,
  documentSchema,
  holidayYearSchema,
  outOfScopeSchema,
  procedureSchema,
  synonymsSchema,
  type HolidayYear,
  type KnowledgeBase,
} from './content-schema.ts';

export type ContentProblem = { file: string; field: string; message: string };

export type LoadResult = { kb: KnowledgeBase | null; problems: ContentProblem[] };

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Reads and validates everything in content/. Returns every problem found, not just the first. */
export async function loadContent(contentDir: string): Promise<LoadResult> {
  const problems: ContentProblem[] = [];
  const hash = createHash('sha256');
  const read = async (relative: string): Promise<string | null> => {
    try {
      const raw = await readFile(path.join(contentDir, relative), 'utf8');
      hash.update(relative).update('\0').update(raw).update('\0');
      return raw;
    } catch (error) {
      problems.push({ file: relative, field: '(file)', message: `cannot be read: ${errorMessage(error)}` });
      return null;
    }
  };
  const parseWith = <T>(schema: z.ZodType<T>, value: unknown, file: string): T | null => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      problems.push({ file, field: issue.path.join('.') || '(root)', message: issue.message });
    }
    return null;
  };

  const markdown = async <T>(dir: string, schema: z.ZodType<T>): Promise<Array<T & { body: string; file: string }>> => {
    const out: Array<T & { body: string; file: string }> = [];
    for (const name of await listFiles(contentDir, dir, '.md', problems)) {
      const file = `${dir}/${name}`;
      const raw = await read(file);
      if (raw === null) continue;
      const split = splitFrontMatter(raw);
      if (!split) {
        problems.push({
          file,
          field: '(front-matter)',
          message: 'missing (expected the file to start with a --- YAML block ---)',
        });
        continue;
      }
      const data = parseYamlText(split.yaml, file, problems);
      if (data === undefined) continue;
      const value = parseWith(schema, data, file);
      if (value) out.push({ ...value, body: split.body.trim(), file });
    }
    return out;
  };

  const yamlFile = async <T>(file: string, schema: z.ZodType<T>): Promise<T | null> => {
    const raw = await read(file);
    if (raw === null) return null;
    const data = parseYamlText(raw, file, problems);
    return data === undefined ? null : parseWith(schema, data, file);
  };

  const procedures = await markdown('procedures', procedureSchema);
  const documents = await markdown('documents', documentSchema);
  const agencies = (await yamlFile('agencies.yaml', agencySchema.array())) ?? [];
  const synonyms = (await yamlFile('synonyms.yaml', synonymsSchema)) ?? { abbreviations: {}, phrases: [], places: [] };
  const outOfScope = (await yamlFile('out-of-scope.yaml', outOfScopeSchema)) ?? [];
  const holidays: HolidayYear[] = [];
  for (const name of await listFiles(contentDir, 'holidays', '.yaml', problems)) {
    const year = await yamlFile(`holidays/${name}`, holidayYearSchema);
    if (year && name !== `${year.year}.yaml`) {
      problems.push({
        file: `holidays/${name}`,
        field: 'year',
        message: `${year.year} (expected the year of the file name)`,
      });
    } else if (year) {
      holidays.push(year);
    }
  }

  problems.push(...crossCheck({ procedures, documents, agencies, synonyms, outOfScope, holidays }));
  if (problems.length > 0) return { kb: null, problems };
  return {
    kb: { procedures, documents, agencies, synonyms, outOfScope, holidays, hash: hash.digest('hex').slice(0, 16) },
    problems,
  };
}

type Parts = Omit<KnowledgeBase, 'hash'>;

function crossCheck(parts: Parts): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const agencyIds = new Set(parts.agencies.map((agency) => agency.id));
  const documentIds = new Set(parts.documents.map((doc) => doc.id));
  const seenIds = new Map<string, string>();
  const seenRefs = new Map<string, string>();

  for (const procedure of parts.procedures) {
    const { file } = procedure;
    const previousId = seenIds.get(procedure.id);
    if (previousId)
      problems.push({
        file,
        field: 'id',
        message: `"${procedure.id}" is already used by ${previousId} (expected a unique id)`,
      });
    seenIds.set(procedure.id, file);
    const previousRef = seenRefs.get(procedure.ref);
    if (previousRef)
      problems.push({
        file,
        field: 'ref',
        message: `${procedure.ref} is already used by ${previousRef} (expected one file per procedure)`,
      });
    seenRefs.set(procedure.ref, file);
    if (!path.basename(file).startsWith(`${procedure.ref}-`)) {
      problems.push({
        file,
        field: 'ref',
        message: `${procedure.ref} does not match the file name (expected the name to start with ${procedure.ref}-)`,
      });
    }
    if (!agencyIds.has(procedure.agency)) {
      problems.push({
        file,
        field: 'agency',
        message: `unknown agency "${procedure.agency}" (expected an id from agencies.yaml)`,
      });
    }
    if (procedure.en) {
      // The English card translates the Vietnamese item by item: a missing or extra item is a translation gone stale.
      for (const block of ['conditions', 'documents', 'steps'] as const) {
        const vi = procedure[block].items.length;
        const en = procedure.en[block].length;
        if (vi !== en)
          problems.push({
            file,
            field: `en.${block}`,
            message: `${en} item(s) for ${vi} in Vietnamese (expected one translation per item)`,
          });
      }
    }
    procedure.legal_basis.forEach((id, index) => {
      if (!documentIds.has(id)) {
        problems.push({
          file,
          field: `legal_basis.${index}`,
          message: `unknown document "${id}" (expected a file documents/${id}.md)`,
        });
      }
    });
    if (procedure.time_limit.unit !== 'none' && procedure.time_limit.value === null && procedure.time_limit.verified) {
      problems.push({
        file,
        field: 'time_limit.verified',
        message: 'true without a value (expected verified: false when the time limit is unknown)',
      });
    }
  }

  for (const doc of parts.documents) {
    const { file } = doc;
    if (path.basename(file) !== `${doc.id}.md`) {
      problems.push({
        file,
        field: 'id',
        message: `"${doc.id}" does not match the file name (expected documents/${doc.id}.md)`,
      });
    }
    const links: Array<[string, string[]]> = [
      ['amended_by', doc.amended_by],
      ['replaced_by', doc.replaced_by ? [doc.replaced_by] : []],
      ['replaces', doc.replaces],
    ];
    for (const [field, ids] of links) {
      for (const id of ids) {
        if (!documentIds.has(id))
          problems.push({ file, field, message: `unknown document "${id}" (expected a file documents/${id}.md)` });
      }
    }
    if (doc.status === 'replaced' && !doc.replaced_by) {
      problems.push({
        file,
        field: 'replaced_by',
        message: 'missing (expected the id of the replacing document when status is replaced)',
      });
    }
    if (doc.status === 'amended' && doc.amended_by.length === 0) {
      problems.push({
        file,
        field: 'amended_by',
        message: 'empty (expected the ids of the amending documents when status is amended)',
      });
    }
  }

  for (const [key] of Object.entries(parts.synonyms.abbreviations)) {
    if (key !== key.toLowerCase()) {
      problems.push({
        file: 'synonyms.yaml',
        field: `abbreviations.${key}`,
        message: 'not lower case (expected keys written in lower case)',
      });
    }
  }

  for (const year of parts.holidays) {
    const file = `holidays/${year.year}.yaml`;
    problems.push(...checkHolidayYear(year).map((problem) => ({ file, ...problem })));
  }
  return problems;
}

function splitFrontMatter(raw: string): { yaml: string; body: string } | null {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  return match ? { yaml: match[1] ?? '', body: match[2] ?? '' } : null;
}

function parseYamlText(raw: string, file: string, problems: ContentProblem[]): unknown {
  try {
    return parseYaml(raw);
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : '(yaml)';
    problems.push({
      file,
      field: where,
      message: `invalid YAML: ${errorMessage(error).split('\n')[0]} (expected valid YAML)`,
    });
    return undefined;
  }
}

async function listFiles(root: string, dir: string, extension: string, problems: ContentProblem[]): Promise<string[]> {
  try {
    const names = await readdir(path.join(root, dir));
    return names.filter((name) => name.endsWith(extension) && !name.startsWith('.')).sort();
  } catch (error) {
    problems.push({ file: dir, field: '(folder)', message: `cannot be read: ${errorMessage(error)}` });
    return [];
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
