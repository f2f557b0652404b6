/**
 * The folded syllables and bigrams of every entry, for the decision's coverage checks, kept as
 * sorted 32-bit hashes in one typed array. At national scale (56k entries, ~5M entry-terms) a Set
 * of strings per entry, or the entries' texts, cost hundreds of MB of heap and of snapshot; four
 * bytes a term cost 20 MB and load in about 0.1 s. A hash collision can only make a term look
 * present in an entry that lacks it: at ~1,000 terms an entry the chance is about one in four
 * million per check.
 */
export type TermSets = {
  /** Whether the entry at this position contains the term of this hash (hashTerm). */
  has(position: number, hash: number): boolean;
  count: number;
  /** Base64 of the offsets and hashes, for the index snapshot. */
  toJSON(): { offsets: string; hashes: string };
};

/** Collects entries one at a time, in index order. */
export function createTermSetsBuilder(): { add(terms: Iterable<string>): void; finish(): TermSets } {
  const offsets = [0];
  const chunks: Uint32Array[] = [];
  let total = 0;
  return {
    add(terms) {
      const unique = new Set<number>();
      for (const term of terms) if (term !== '') unique.add(hashTerm(term));
      const sorted = Uint32Array.from(unique).sort();
      chunks.push(sorted);
      total += sorted.length;
      offsets.push(total);
    },
    finish() {
      const hashes = new Uint32Array(total);
      let at = 0;
      for (const chunk of chunks) {
        hashes.set(chunk, at);
        at += chunk.length;
      }
      return termSetsOf(Uint32Array.from(offsets), hashes);
    },
  };
}

export function loadTermSets(json: { offsets: string; hashes: string }): TermSets {
  const offsets = fromBase64(json.offsets);
  const hashes = fromBase64(json.hashes);
  const last = offsets[offsets.length - 1];
  if (offsets.length === 0 || last !== hashes.length) throw new Error('term sets: offsets do not match the hashes');
  return termSetsOf(offsets, hashes);
}

function termSetsOf(offsets: Uint32Array, hashes: Uint32Array): TermSets {
  return {
    count: offsets.length - 1,
    has(position, hash) {
      const low = offsets[position] ?? 0;
      return find(hashes, low, (offsets[position + 1] ?? low) - 1, hash) >= 0;
    },
    toJSON: () => ({ offsets: toBase64(offsets), hashes: toBase64(hashes) }),
  };
}

/** How many entries hold each term (for bigrams: ~100k distinct at national scale, 8 bytes each here). */
export type TermCounts = {
  get(term: string): number;
  toJSON(): { hashes: string; counts: string };
};

export function termCountsOf(counts: ReadonlyMap<string, number>): TermCounts {
  // Two terms sharing a hash add up: at worst a rare term looks a little more common.
  const byHash = new Map<number, number>();
  for (const [term, count] of counts) byHash.set(hashTerm(term), (byHash.get(hashTerm(term)) ?? 0) + count);
  const hashes = Uint32Array.from(byHash.keys()).sort();
  return countsOf(
    hashes,
    Uint32Array.from(hashes, (hash) => byHash.get(hash) ?? 0),
  );
}

export function loadTermCounts(json: { hashes: string; counts: string }): TermCounts {
  const hashes = fromBase64(json.hashes);
  const counts = fromBase64(json.counts);
  if (hashes.length !== counts.length) throw new Error('term counts: hashes and counts differ in length');
  return countsOf(hashes, counts);
}

function countsOf(hashes: Uint32Array, counts: Uint32Array): TermCounts {
  return {
    get(term) {
      const at = find(hashes, 0, hashes.length - 1, hashTerm(term));
      return at < 0 ? 0 : (counts[at] ?? 0);
    },
    toJSON: () => ({ hashes: toBase64(hashes), counts: toBase64(counts) }),
  };
}

/** Position of the value in the sorted range [low, high], or -1. */
function find(values: Uint32Array, low: number, high: number, wanted: number): number {
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = values[middle] ?? 0;
    if (value === wanted) return middle;
    if (value < wanted) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** FNV-1a, 32 bits: fast, and spreads short ASCII strings well. */
export function hashTerm(term: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function toBase64(values: Uint32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}

function fromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.byteLength % 4 !== 0) throw new Error('term sets: truncated data');
  // Copy into a fresh buffer: a Buffer's offset into its pool need not be 4-byte aligned.
  const values = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}
