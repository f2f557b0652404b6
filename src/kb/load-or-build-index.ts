import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildKnowledgeIndex } from './index-entries.ts';
import type { KnowledgeBase } from './content-schema.ts';
import { loadSearchIndex, serializeSearchIndex } from './index-snapshot.ts';
import type { Lexicon } from './lexicon.ts';
import type { BuildOptions, SearchIndex } from './search-index.ts';

export type SnapshotOptions = BuildOptions & {
  /** Where index snapshots are kept; without it the index is built every time. */
  cacheDir?: string;
  /** A snapshot that could not be read or written: start-up goes on, but should say so. */
  onWarning?: (message: string) => void;
};

export type LoadedIndex = { index: SearchIndex; source: 'snapshot' | 'built' };

/**
 * The index for this content version: `<cacheDir>/index-<hash>.json` when it is there and sound;
 * otherwise built, then written for the next start (temp file + rename, so a crash mid-write
 * never leaves a half snapshot under the real name) and snapshots of other versions removed.
 */
export async function loadOrBuildIndex(
  kb: KnowledgeBase,
  lexicon: Lexicon,
  options: SnapshotOptions = {},
): Promise<LoadedIndex> {
  const { cacheDir, onWarning } = options;
  if (!cacheDir) return { index: buildKnowledgeIndex(kb, lexicon, options), source: 'built' };
  const file = path.join(cacheDir, snapshotName(kb.hash));
  const snapshot = await readSnapshot(file, onWarning);
  if (snapshot) {
    // The documents shard of a snapshot is parsed on first use: right after start-up rather than
    // in the middle of the first question that names a legal document.
    setImmediate(() => {
      try {
        void snapshot.shards.documents;
      } catch (error) {
        onWarning?.(`index snapshot ${file}: documents shard unusable (${messageOf(error)})`);
      }
    }).unref();
    return { index: snapshot, source: 'snapshot' };
  }

  const index = buildKnowledgeIndex(kb, lexicon, options);
  try {
    await mkdir(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, serializeSearchIndex(index));
    await rename(temporary, file);
    await removeStale(cacheDir, kb.hash);
  } catch (error) {
    onWarning?.(`index snapshot ${file} not written (${messageOf(error)}): the next start will index again`);
  }
  return { index, source: 'built' };
}

export function snapshotName(hash: string): string {
  return `index-${hash}.json`;
}

async function readSnapshot(file: string, onWarning: SnapshotOptions['onWarning']): Promise<SearchIndex | null> {
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch {
    return null; // not written yet
  }
  try {
    return loadSearchIndex(json);
  } catch (error) {
    onWarning?.(`index snapshot ${file} unusable (${messageOf(error)}): indexing again`);
    return null;
  }
}

/** Snapshots (and leftover temp files) of other content versions. */
async function removeStale(cacheDir: string, hash: string): Promise<void> {
  const current = snapshotName(hash);
  for (const name of await readdir(cacheDir)) {
    if (/^index-[0-9a-f]+\.json/.test(name) && !name.startsWith(current))
      await rm(path.join(cacheDir, name), { force: true });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
