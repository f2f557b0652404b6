/**
 * An answer fits a phone screen: about 700 characters, the link to the full card included. What
 * does not fit is cut at whole clauses and items, and the person is told how many items the full
 * card has besides.
 */
export const PHONE_SCREEN = 700;

/**
 * One part of an answer: its lines in order of importance, the first `keep` (default 1: a list
 * keeps its heading and first item; 0: only if there is room) always there, shortened if need be.
 */
export type Block = { lines: string[]; keep?: number; more?: (count: number) => string };

/**
 * The blocks' lines within the budget (characters, newlines counted). No block may take more than
 * leaves each block after it an equal share (or all it needs, when that is less), so the first
 * aspect asked cannot crowd out the last.
 */
export function fitBlocks(blocks: Block[], budget: number): string[] {
  const out: string[] = [];
  let remaining = budget;
  const fullLength = (block: Block) => block.lines.reduce((sum, line) => sum + line.length + 1, 0);
  blocks.forEach((block, position) => {
    // What the blocks after this one need, each at most an equal share; the rest is this block's.
    const needed = blocks.slice(position + 1).filter((next) => next.keep !== 0);
    const equal = Math.floor(remaining / (needed.length + 1));
    const later = needed.reduce((sum, next) => sum + Math.min(fullLength(next), equal), 0);
    const share = Math.max(equal, remaining - later);
    const taken: string[] = [];
    let used = 0;
    const keep = block.keep ?? 1;
    for (const line of block.lines) {
      if (used + line.length + 1 <= share) {
        taken.push(line);
        used += line.length + 1;
      } else if (taken.length < keep) {
        const cut = shorten(line, Math.max(MIN_LINE, share - used - 1));
        taken.push(cut);
        used += cut.length + 1;
      } else break;
    }
    const left = block.lines.length - taken.length;
    if (left > 0 && block.more) {
      // Room for "… and 3 more": the last item taken gives way if it must, never the first line.
      const more = (count: number) => block.more?.(count) ?? '';
      while (taken.length > keep && used + more(block.lines.length - taken.length).length + 1 > share) {
        used -= (taken.pop() ?? '').length + 1;
      }
      const line = more(block.lines.length - taken.length);
      taken.push(line);
      used += line.length + 1;
    }
    out.push(...taken);
    remaining -= used;
  });
  // Many aspects asked at once can leave each less than a readable line: the last ones give way
  // (the link to the full card, outside the budget, has them all).
  while (out.length > 1 && lengthOf(out) > budget) out.pop();
  return out;
}

const MIN_LINE = 60;

/**
 * The text cut to at most `max` characters: at the last end of a sentence or clause when that
 * keeps at least half of it, otherwise at a word, with an ellipsis.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const clause = Math.max(head.lastIndexOf('. '), head.lastIndexOf('; '), head.lastIndexOf(': '));
  if (clause >= max / 2) return `${head.slice(0, clause)}${head[clause] === '.' ? '.' : '…'}`;
  const word = head.lastIndexOf(' ');
  return `${head.slice(0, word > max / 2 ? word : max - 1).replace(/[,;:]$/, '')}…`;
}

/** The first sentence or clause, without the semicolon that ended it, at most `max` characters. */
export function firstClause(text: string, max = 160): string {
  const first = (text.split(/(?<=[.;])\s/)[0] ?? text).replace(/;$/, '.');
  return shorten(first, max);
}

/** The length of lines joined by newlines, as the person's screen counts it. */
export function lengthOf(lines: string[]): number {
  return lines.join('\n').length;
}
