import type { OutOfScopeTopic, Synonyms } from './content-schema.ts';
import { escapeRegExp, fold, foldWord, lower } from './normalize.ts';

export type Lexicon = {
  /** Replaces whole-word abbreviations by their expansion; keeps everything else as typed. */
  expand(text: string): string;
  /** The canonical phrases (folded) of every synonym group whose member occurs in the folded text. */
  canonical(folded: string): string[];
  /** Out-of-scope topics whose phrase occurs in the folded text, with the matched phrase. */
  outOfScope(folded: string): Array<{ topic: OutOfScopeTopic; phrase: string }>;
};

const WORD = /[\p{L}\p{N}/-]+/gu;

export function createLexicon(synonyms: Synonyms, topics: OutOfScopeTopic[]): Lexicon {
  const abbreviations = new Map<string, string>();
  for (const [key, expansion] of Object.entries(synonyms.abbreviations)) {
    abbreviations.set(fold(key), lower(expansion));
  }
  const groups = synonyms.phrases.map((group) => {
    const members = group.map((phrase) => fold(phrase));
    return { canonical: members[0] ?? '', pattern: wholePhrases(members) };
  });
  const scoped = topics.map((topic) => ({ topic, pattern: wholePhrases(topic.phrases.map((phrase) => fold(phrase))) }));

  return {
    expand: (text) => lower(text).replace(WORD, (word) => abbreviations.get(foldWord(word)) ?? word),
    canonical: (folded) => groups.filter((group) => group.pattern.test(folded)).map((group) => group.canonical),
    outOfScope: (folded) =>
      scoped.flatMap(({ topic, pattern }) => {
        const found = pattern.exec(folded);
        return found ? [{ topic, phrase: found[0].replace(/\s+/g, ' ') }] : [];
      }),
  };
}

/** A RegExp matching any of the phrases as whole words. */
function wholePhrases(phrases: string[]): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map((phrase) => escapeRegExp(phrase).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');
}
