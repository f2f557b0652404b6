import { createHash } from 'node:crypto';
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { z } from 'zod';
import type { IndexedFields } from './index-fields.ts';
import { MINISEARCH_OPTIONS, type EntryInfo, type EntryKind, type SearchIndex } from './search-index.ts';
import { STOP_FINGERPRINT } from './stop-words.ts';
import { loadTermCounts, loadTermSets } from './term-sets.ts';

/**
 * What a snapshot was made by: bump the number whenever what the index holds changes (fields,
 * normalisation, names), so an older snapshot of the same content is rebuilt rather than misread.
 */
const FORMAT = `hoidap-index/8 stop:${STOP_FINGERPRINT}`;

const KINDS: Record<EntryKind, string> = { procedure: 'p', document: 'd', answer: 'a' };

/**
 * The index as three JSON documents, one a line: what the decision keeps beside the index (entries
 * column-wise, term sets and counts as base64, syllable frequencies), the main shard and the
 * documents shard (minisearch toJSON). Loading it is several times faster than rebuilding, and the
 * documents shard, needed only when a question names a legal document, is parsed on first use:
 * at national scale it is most of the loading time.
 */
export function serializeSearchIndex(index: SearchIndex): string {
  const entries = [...index.entries.values()].sort((a, b) => a.position - b.position);
  const documents = JSON.stringify(index.shards.documents.toJSON());
  const meta = {
    format: FORMAT,
    ids: entries.map((entry) => entry.id),
    kinds: entries.map((entry) => KINDS[entry.kind]).join(''),
    names: entries.map((entry) => entry.names),
    examples: entries.map((entry) => entry.examples),
    englishNames: entries.map((entry) => entry.englishNames),
    terms: index.terms.toJSON(),
    df: [...index.df.entries()],
    pairDf: index.pairDf.toJSON(),
    documents: { count: index.shards.documents.documentCount, length: documents.length, sha1: sha1(documents) },
  };
  // JSON.stringify escapes every newline inside strings: a raw newline only ever separates the parts.
  return [JSON.stringify(meta), JSON.stringify(index.shards.main.toJSON()), documents].join('\n');
}

const metaSchema = z.object({
  format: z.literal(FORMAT),
  ids: z.array(z.string()),
  kinds: z.string(),
  names: z.array(z.array(z.string())),
  examples: z.array(z.array(z.string())),
  englishNames: z.array(z.array(z.string())),
  terms: z.object({ offsets: z.string(), hashes: z.string() }),
  df: z.array(z.tuple([z.string(), z.number()])),
  pairDf: z.object({ hashes: z.string(), counts: z.string() }),
  documents: z.object({ count: z.number(), length: z.number(), sha1: z.string() }),
});

/**
 * Reads a snapshot; anything malformed, truncated or from another version throws (the caller
 * rebuilds). The documents part is checked here (length and SHA-1) and parsed on first use.
 */
export function loadSearchIndex(text: string): SearchIndex {
  const first = text.indexOf('\n');
  const second = text.indexOf('\n', first + 1);
  if (first < 0 || second < 0) throw new Error('index snapshot: missing parts');
  const head: unknown = JSON.parse(text.slice(0, first));
  const format = typeof head === 'object' && head !== null && 'format' in head ? String(head.format) : 'unknown';
  if (format !== FORMAT) throw new Error(`index snapshot: made by ${format}, this version reads ${FORMAT}`);
  const parsed = metaSchema.safeParse(head);
  if (!parsed.success)
    throw new Error(`index snapshot: damaged header (${z.prettifyError(parsed.error).split('\n').join(' ')})`);
  const meta = parsed.data;
  const { ids, kinds, names, examples, englishNames } = meta;
  const terms = loadTermSets(meta.terms);
  if (
    kinds.length !== ids.length ||
    names.length !== ids.length ||
    examples.length !== ids.length ||
    englishNames.length !== ids.length ||
    terms.count !== ids.length
  ) {
    throw new Error('index snapshot: entry columns of different lengths');
  }
  const documentsText = text.slice(second + 1);
  if (documentsText.length !== meta.documents.length || sha1(documentsText) !== meta.documents.sha1) {
    throw new Error('index snapshot: the documents part is damaged');
  }
  const main = loadShard(JSON.parse(text.slice(first + 1, second)));
  if (main.documentCount + meta.documents.count !== ids.length)
    throw new Error('index snapshot: shards and entries disagree');
  const entries = new Map<string, EntryInfo>();
  ids.forEach((id, position) =>
    entries.set(id, {
      id,
      kind: kindOf(kinds[position]),
      position,
      names: names[position] ?? [],
      examples: examples[position] ?? [],
      englishNames: englishNames[position] ?? [],
    }),
  );
  const documents = deferredShard(documentsText);
  return {
    shards: {
      main,
      get documents() {
        return documents();
      },
    },
    entries,
    terms,
    df: new Map(meta.df),
    pairDf: loadTermCounts(meta.pairDf),
    size: ids.length,
  };
}

/** A shard parsed on first use; its text (a slice that keeps the whole file alive) is let go then. */
function deferredShard(json: string): () => MiniSearch<IndexedFields> {
  let pending: string | null = json;
  let shard: MiniSearch<IndexedFields> | null = null;
  return () => {
    if (shard === null) {
      shard = loadShard(JSON.parse(pending ?? ''));
      pending = null;
    }
    return shard;
  };
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function loadShard(value: unknown): MiniSearch<IndexedFields> {
  if (!isPlainIndex(value)) throw new Error('index snapshot: not a minisearch index');
  return MiniSearch.loadJS<IndexedFields>(value, MINISEARCH_OPTIONS);
}

// Enough of minisearch's serialised shape to tell a real index from a truncated or foreign one.
function isPlainIndex(value: unknown): value is AsPlainObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    'serializationVersion' in value &&
    'documentCount' in value &&
    typeof value.documentCount === 'number' &&
    'index' in value &&
    Array.isArray(value.index) &&
    'documentIds' in value &&
    typeof value.documentIds === 'object'
  );
}

function kindOf(code: string | undefined): EntryKind {
  const kind = (['procedure', 'document', 'answer'] as const).find((candidate) => KINDS[candidate] === code);
  if (!kind) throw new Error(`index snapshot: unknown entry kind "${code ?? ''}"`);
  return kind;
}
