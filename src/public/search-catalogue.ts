import type { Answerer } from '../kb/index.ts';
import { analyzeQuery } from '../kb/analyze-query.ts';
import type { Lexicon } from '../kb/lexicon.ts';
import { fold, words } from '../kb/normalize.ts';
import {
  buildSearchIndex,
  findCandidates,
  type EntryKind,
  type IndexEntry,
  type SearchIndex,
} from '../kb/search-index.ts';
import type { PublishedAnswer } from './public-types.ts';

/**
 * Items matching a query, best first, with the bot's own Vietnamese-aware search (accent folding,
 * abbreviations, synonyms, syllable bigrams); then items whose folded label contains the folded
 * query, so a code ("2.000620") or a phrase made only of common words ("thủ tục") still finds something.
 */
export function searchCatalogue<T extends { id: string }>(
  index: SearchIndex,
  lexicon: Lexicon,
  kind: EntryKind,
  items: readonly T[],
  text: string,
  labelOf: (item: T) => string,
): T[] {
  const wanted = text.trim();
  if (wanted === '') return [...items];
  const byId = new Map(items.map((item) => [item.id, item]));
  const ranked = findCandidates(index, analyzeQuery(wanted, lexicon), index.size)
    .filter((hit) => hit.kind === kind)
    .flatMap((hit) => byId.get(hit.id) ?? []);
  const found = new Set(ranked);
  // Compared as whole folded words, abbreviations expanded: "gia hạn GPLĐ" names "gia han giay phep lao dong".
  const plain = (value: string) => ` ${words(fold(lexicon.expand(value))).join(' ')} `;
  const folded = plain(wanted).trim();
  const asked = ACTIONS.filter((action) => folded.includes(action));
  // A list, unlike the bot, shows every candidate, so its order matters: entries naming the typed
  // phrase whole come first, those without an action the person did not ask for (re-issue, renew,
  // amend…) before those with one, as the bot's decision penalises them; then the earlier the
  // phrase stands in the label (a name, not a side remark, comes first). Ties keep the index's order.
  const rank = (item: T) => {
    const label = plain(labelOf(item));
    const position = label.indexOf(` ${folded} `);
    if (position < 0) return 2_000_000;
    const unasked = ACTIONS.some((action) => !asked.includes(action) && label.includes(` ${action} `));
    return (unasked ? 1_000_000 : 0) + position;
  };
  const ranks = new Map(ranked.map((item) => [item, rank(item)]));
  const ordered = [...ranked].sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0));
  const literal = items.filter((item) => !found.has(item) && folded !== '' && plain(labelOf(item)).includes(folded));
  return [...ordered, ...literal];
}

// The action words of sibling procedures, as src/kb/decide.ts lists them (there as bigrams).
const ACTIONS = ['cap lai', 'gia han', 'dieu chinh', 'sua doi', 'bo sung', 'thu hoi', 'cham dut', 'chuyen noi'];

/** Search over published answers with the same index, rebuilt only when the answers change. */
export function createAnswerSearch(
  answerer: Answerer,
): (answers: PublishedAnswer[], text: string) => PublishedAnswer[] {
  let cached: { key: string; index: SearchIndex } | null = null;
  return (answers, text) => {
    if (text.trim() === '') return answers;
    const key = answers.map((answer) => `${answer.id}@${answer.publishedAt.getTime()}`).join(',');
    if (cached?.key !== key) {
      const entries: IndexEntry[] = answers.map((answer) => ({
        id: answer.id,
        kind: 'answer',
        name: answer.question,
        aliases: [],
        en: '',
        body: answer.answer,
      }));
      cached = { key, index: buildSearchIndex(entries, answerer.lexicon) };
    }
    return searchCatalogue(
      cached.index,
      answerer.lexicon,
      'answer',
      answers,
      text,
      (answer) => `${answer.question} ${answer.answer}`,
    );
  };
}
