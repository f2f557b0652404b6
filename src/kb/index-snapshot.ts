import MiniSearch, { type AsPlainObject } from 'minisearch';
import { z } from 'zod';
import type { IndexedFields } from './index-fields.ts';
import { MINISEARCH_OPTIONS, type EntryInfo, type EntryKind, type SearchIndex } from './search-index.ts';
import { STOP_FINGERPRINT } from './stop-words.ts';
import { loadTermCounts, loadTermSets } from './term-sets.ts';

/**
 * What a snapshot was made by: bump the number whenever what the index holds changes (fields,
 * normalisation), so an older snapshot of the same content is rebuilt rather than misread.
 */
const FORMAT = `hoidap-index/1 stop:${STOP_FINGERPRINT}`;

const KINDS: Record<EntryKind, string> = { procedure: 'p', document: 'd', answer: 'a' };

/**
 * The index as one JSON string: both minisearch shards (toJSON), and beside them the entries
 * column-wise, the term sets as base64 and the syllable frequencies. Loading it is several
 * times faster than rebuilding (no text processing, no tokenising).
 */
export function serializeSearchIndex(index: SearchIndex): string {
  const entries = [...index.entries.values()].sort((a, b) => a.position - b.position);
  return JSON.stringify({
    format: FORMAT,
    shards: { main: index.shards.main.toJSON(), documents: index.shards.documents.toJSON() },
    ids: entries.map((entry) => entry.id),
    kinds: entries.map((entry) => KINDS[entry.kind]).join(''),
    names: entries.map((entry) => entry.names),
    terms: index.terms.toJSON(),
    df: [...index.df.entries()],
    pairDf: index.pairDf.toJSON(),
  });
}

const snapshotSchema = z.object({
  format: z.literal(FORMAT),
  shards: z.object({ main: z.unknown(), documents: z.unknown() }),
  ids: z.array(z.string()),
  kinds: z.string(),
  names: z.array(z.array(z.string())),
  terms: z.object({ offsets: z.string(), hashes: z.string() }),
  df: z.array(z.tuple([z.string(), z.number()])),
  pairDf: z.object({ hashes: z.string(), counts: z.string() }),
});

/** Reads a snapshot; anything malformed or from another version throws (the caller rebuilds). */
export function loadSearchIndex(json: string): SearchIndex {
  const snapshot = snapshotSchema.parse(JSON.parse(json));
  const { ids, kinds, names } = snapshot;
  const terms = loadTermSets(snapshot.terms);
  if (kinds.length !== ids.length || names.length !== ids.length || terms.count !== ids.length) {
    throw new Error('index snapshot: entry columns of different lengths');
  }
  const entries = new Map<string, EntryInfo>();
  ids.forEach((id, position) => entries.set(id, { id, kind: kindOf(kinds[position]), position, names: names[position] ?? [] }));
  const shards = { main: loadShard(snapshot.shards.main), documents: loadShard(snapshot.shards.documents) };
  if (shards.main.documentCount + shards.documents.documentCount !== ids.length) {
    throw new Error('index snapshot: shards and entries disagree');
  }
  return { shards, entries, terms, df: new Map(snapshot.df), pairDf: loadTermCounts(snapshot.pairDf), size: ids.length };
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
