import type { EntryInfo } from './search-index.ts';

/** The question's content bigrams with their IDF weights, and their sum: computed once per question. */
export type AskedPairs = { weights: Map<string, number>; total: number };

export function askedPairsOf(pairs: Iterable<string>, idf: (term: string) => number): AskedPairs {
  const weights = new Map<string, number>();
  for (const pair of pairs) weights.set(pair, pairWeight(pair, idf));
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return { weights, total };
}

/**
 * How closely the question says one of the entry's example questions: for the best example, the
 * harmonic mean of the IDF-weighted share of its bigrams the question holds and the share of the
 * question's it covers, so a long letter that shares a few words with an example is no match.
 */
export function matchExamples(entry: EntryInfo, asked: AskedPairs, idf: (term: string) => number): number {
  if (asked.total === 0) return 0;
  let best = 0;
  for (const example of examplesOf(entry, idf)) best = Math.max(best, fitOf(example, asked));
  return best;
}

/** The same measure for one example given as its bigrams (a question staff taught, see learned-examples.ts). */
export function exampleFit(pairs: readonly string[], asked: AskedPairs, idf: (term: string) => number): number {
  if (asked.total === 0) return 0;
  const weights = pairs.map((pair) => pairWeight(pair, idf));
  return fitOf({ pairs, weights, total: weights.reduce((sum, weight) => sum + weight, 0) }, asked);
}

function fitOf(example: WeightedExample, asked: AskedPairs): number {
  let shared = 0;
  example.pairs.forEach((pair, i) => {
    if (asked.weights.has(pair)) shared += example.weights[i] ?? 0;
  });
  if (shared === 0) return 0;
  const precision = shared / example.total;
  const recall = shared / asked.total;
  return (2 * precision * recall) / (precision + recall);
}

export function pairWeight(pair: string, idf: (term: string) => number): number {
  const split = pair.indexOf('_');
  return split < 0 ? idf(pair) : idf(pair.slice(0, split)) + idf(pair.slice(split + 1));
}

type WeightedExample = { pairs: readonly string[]; weights: number[]; total: number };

// Examples of recently scored entries with their weights. An entry belongs to one index, whose
// IDF the weights are computed with. Bounded like the names' cache in score-candidate.ts.
const CACHE_LIMIT = 5000;
const cache = new Map<EntryInfo, WeightedExample[]>();

function examplesOf(entry: EntryInfo, idf: (term: string) => number): WeightedExample[] {
  let examples = cache.get(entry);
  if (!examples) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    examples = entry.examples.map((example) => {
      const pairs = example.split(' ');
      const weights = pairs.map((pair) => pairWeight(pair, idf));
      return { pairs, weights, total: weights.reduce((sum, weight) => sum + weight, 0) };
    });
    cache.set(entry, examples);
  }
  return examples;
}
