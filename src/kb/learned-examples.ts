import { exampleFit, type AskedPairs } from './match-examples.ts';

/** A question staff taught the bot from the inbox: an example of one procedure (by content id). */
export type LearnedExample = { id: string; procedureId: string; text: string };

export type LearnedExamples = {
  add(...examples: LearnedExample[]): void;
  remove(...ids: string[]): void;
  /**
   * The procedures with a learned example sharing a content bigram with the question, each with
   * how closely the question says its closest example (the measure of matchExamples).
   */
  match(asked: AskedPairs, idf: (term: string) => number): Map<string, number>;
  readonly size: number;
};

// What the inbox masked ("[số điện thoại]", "[tên]") is not how anyone asks: it is left out.
const MASK = /\[[^\]\n]{1,40}\]/g;

/**
 * Questions staff taught the bot, kept beside the content's index rather than in it: the index
 * comes from a snapshot of the content and is never rebuilt at run time, while these arrive one
 * at a time, from any instance. `read` gives a text's content bigrams as a question's are read
 * (the same person asking the same again meets their example term for term).
 */
export function createLearnedExamples(read: (text: string) => string[]): LearnedExamples {
  const examples = new Map<string, { procedureId: string; pairs: string[] }>();
  const byPair = new Map<string, Set<string>>();
  const remove = (id: string) => {
    const known = examples.get(id);
    if (!known) return;
    examples.delete(id);
    for (const pair of known.pairs) {
      const holders = byPair.get(pair);
      holders?.delete(id);
      if (holders?.size === 0) byPair.delete(pair);
    }
  };
  return {
    get size() {
      return examples.size;
    },
    add(...added) {
      for (const example of added) {
        remove(example.id);
        const pairs = [...new Set(read(example.text.replace(MASK, ' ')))];
        if (pairs.length === 0) continue;
        examples.set(example.id, { procedureId: example.procedureId, pairs });
        for (const pair of pairs) byPair.set(pair, (byPair.get(pair) ?? new Set()).add(example.id));
      }
    },
    remove(...ids) {
      for (const id of ids) remove(id);
    },
    match(asked, idf) {
      const found = new Map<string, number>();
      if (examples.size === 0) return found;
      const near = new Set<string>();
      for (const pair of asked.weights.keys()) for (const id of byPair.get(pair) ?? []) near.add(id);
      for (const id of near) {
        const example = examples.get(id);
        if (!example) continue;
        const fit = exampleFit(example.pairs, asked, idf);
        if (fit > (found.get(example.procedureId) ?? 0)) found.set(example.procedureId, fit);
      }
      return found;
    },
  };
}
