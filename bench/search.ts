// npm run bench:search [-- --json] [-- --quick]
// Builds the index over the real content and over a generated national-scale corpus (6,000
// procedures, 50,000 legal-document records) drawn from the real content's words with their real
// frequencies and word-to-word transitions, then prints build time, ready time (loading the
// serialised index, as start-up does; the legal documents' shard, parsed on first use, is timed
// apart), retained heap and p50/p95 latency of the bot's hot path
// (query analysis + candidate search + decision) over 2–12 syllable questions, half without
// accents, timed after warming up on other questions of the same kind (a running bot's figures), and how often the entry a question was drawn from is among the candidates. A
// default-configured minisearch over the same texts runs in the same process as the baseline.
// Targets on the synthetic corpus: p95 ≤ 10 ms, ready ≤ 3 s, heap ≤ 300 MB.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { analyzeQuery } from '../src/kb/analyze-query.ts';
import { decide } from '../src/kb/decide.ts';
import { indexEntriesOf, loadContent } from '../src/kb/index.ts';
import { createLexicon } from '../src/kb/lexicon.ts';
import { fold, words } from '../src/kb/normalize.ts';
import { loadSearchIndex, serializeSearchIndex } from '../src/kb/index-snapshot.ts';
import { buildSearchIndex, findCandidates, shardOf, type IndexEntry } from '../src/kb/search-index.ts';
import { seededRandom } from './seeded-random.ts';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const QUERIES = quick ? 300 : 2000;
const WARM_UP = quick ? 100 : 300;
const gc = () => globalThis.gc?.();
const heapMb = () => process.memoryUsage().heapUsed / 1024 / 1024;

const { kb } = await loadContent('content');
if (!kb) throw new Error('content has problems: run npm run kb:check');
const lexicon = createLexicon(kb.synonyms, kb.outOfScope);
const real = indexEntriesOf(kb);
const random = seededRandom(20261125);
const chain = markovChain(real.map((entry) => `${entry.name}. ${entry.aliases.join('. ')}. ${entry.body}`));

await run('content', real);
await run('synthetic', [
  ...Array.from({ length: quick ? 600 : 6000 }, (_, i) => synthetic(`p${i}`, 'procedure', 12, 400)),
  ...Array.from({ length: quick ? 5000 : 50000 }, (_, i) => synthetic(`d${i}`, 'document', 14, 40)),
]);

async function run(corpus: string, entries: IndexEntry[]): Promise<void> {
  const sources: Array<IndexEntry | undefined> = [];
  const queries = Array.from({ length: QUERIES }, () => {
    const source = entries[Math.floor(random() * entries.length)];
    sources.push(source);
    return questionFrom(source);
  });
  // Questions of their own to warm up on: the figures are a running bot's, not its first minutes'.
  const warmUp = Array.from({ length: WARM_UP }, () => questionFrom(entries[Math.floor(random() * entries.length)]));
  const dir = await mkdtemp(path.join(tmpdir(), 'hoidap-bench-'));
  const file = path.join(dir, 'index.json');
  const { buildMs, heap } = await buildAndSave(corpus, entries, file);
  // A start-up loads the snapshot in a process that never built the index: let the built one go first.
  gc();
  let started = performance.now();
  const loaded = loadSearchIndex(await readFile(file, 'utf8'));
  const readyMs = performance.now() - started;
  // The documents shard is parsed on first use (start-up does it right after): timed on its own.
  started = performance.now();
  const documentCount = loaded.shards.documents.documentCount;
  const documentsMs = performance.now() - started;
  await rm(dir, { recursive: true, force: true });

  const latencies = time(queries, warmUp, (q) => {
    decide([loaded], analyzeQuery(q, lexicon), lexicon.outOfScope(fold(q), q));
  });
  // Retrieval, not timed: is the entry a question was drawn from among the 20 candidates of its shard?
  const found = share(queries, (q, i) => {
    const source = sources[i];
    return findCandidates(loaded, analyzeQuery(q, lexicon), 20, [shardOf(source?.kind ?? 'procedure')]).some(
      (hit) => hit.id === source?.id,
    );
  });

  const baseline = new MiniSearch({ fields: ['name', 'body'], storeFields: [] });
  started = performance.now();
  baseline.addAll(entries.map((entry) => ({ id: entry.id, name: entry.name, body: entry.body })));
  const baselineBuildMs = performance.now() - started;
  const baselineFound = queries.map(() => false);
  const baselineLatencies = time(queries, warmUp, (q, i) => {
    const hit = baseline
      .search(q)
      .slice(0, 20)
      .some((result) => result.id === sources[i]?.id);
    if (i >= 0) baselineFound[i] = hit;
  });

  const figures = {
    corpus,
    docs: entries.length,
    documents: documentCount,
    build_ms: round(buildMs),
    ready_ms: round(readyMs),
    documents_ready_ms: round(documentsMs),
    heap_mb: round(heap),
    p50_ms: round(percentile(latencies, 0.5), 3),
    p95_ms: round(percentile(latencies, 0.95), 3),
    baseline_p50_ms: round(percentile(baselineLatencies, 0.5), 3),
    baseline_p95_ms: round(percentile(baselineLatencies, 0.95), 3),
    baseline_build_ms: round(baselineBuildMs),
    found_pct: round(found * 100),
    baseline_found_pct: round(share(queries, (_, i) => baselineFound[i] === true) * 100),
  };
  if (json) {
    console.log(JSON.stringify(figures));
  } else {
    console.log(
      `${corpus}: ${figures.docs} docs · build ${figures.build_ms} ms · ready ${figures.ready_ms} ms (+ ${figures.documents_ready_ms} ms ` +
        `for the ${documentCount} legal documents) · heap ${figures.heap_mb} MB · ` +
        `p50 ${figures.p50_ms} ms · p95 ${figures.p95_ms} ms  |  default minisearch: build ${figures.baseline_build_ms} ms · ` +
        `p50 ${figures.baseline_p50_ms} ms · p95 ${figures.baseline_p95_ms} ms  (${QUERIES} questions; source in the top 20: ` +
        `${figures.found_pct} % vs ${figures.baseline_found_pct} %)`,
    );
  }
}

async function buildAndSave(
  corpus: string,
  entries: IndexEntry[],
  file: string,
): Promise<{ buildMs: number; heap: number }> {
  gc();
  const before = heapMb();
  const started = performance.now();
  const index = buildSearchIndex(entries, lexicon, {
    onProgress: (done, total) => {
      if (!json && total > 5000 && done % 10000 < 2000)
        process.stderr.write(`  indexing ${corpus}: ${done}/${total}\r`);
    },
  });
  const buildMs = performance.now() - started;
  gc();
  const heap = heapMb() - before;
  await writeFile(file, serializeSearchIndex(index));
  return { buildMs, heap };
}

function time(queries: string[], warmUp: string[], fn: (q: string, i: number) => void): number[] {
  warmUp.forEach((q) => fn(q, -1));
  gc();
  return queries.map((q, i) => {
    const started = performance.now();
    fn(q, i);
    return performance.now() - started;
  });
}

function share(queries: string[], test: (q: string, i: number) => boolean): number {
  return queries.filter(test).length / queries.length;
}

/** A question of 2–12 consecutive syllables from an entry's name or body; half typed without accents. */
function questionFrom(entry: IndexEntry | undefined): string {
  const source = words(random() < 0.5 ? (entry?.name ?? '') : (entry?.body ?? ''));
  const length = 2 + Math.floor(random() * 11);
  const start = Math.floor(random() * Math.max(1, source.length - length));
  const text = source.slice(start, start + length).join(' ');
  return random() < 0.5 ? fold(text) : text;
}

function synthetic(id: string, kind: 'procedure' | 'document', nameLength: number, bodyLength: number): IndexEntry {
  return { id, kind, name: chain(nameLength), aliases: [], en: '', body: chain(bodyLength) };
}

/** A first-order Markov chain over the real content's words: real frequencies, real neighbours. */
function markovChain(texts: string[]): (length: number) => string {
  const next = new Map<string, string[]>();
  const all: string[] = [];
  for (const text of texts) {
    const tokens = words(text.toLowerCase());
    all.push(...tokens);
    for (let i = 1; i < tokens.length; i++) {
      const prev = tokens[i - 1] ?? '';
      const list = next.get(prev) ?? [];
      list.push(tokens[i] ?? '');
      next.set(prev, list);
    }
  }
  const pick = (list: string[]) => list[Math.floor(random() * list.length)] ?? '';
  return (length) => {
    const out = [pick(all)];
    while (out.length < length) {
      const options = next.get(out[out.length - 1] ?? '');
      out.push(options && random() < 0.9 ? pick(options) : pick(all));
    }
    return out.join(' ');
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
