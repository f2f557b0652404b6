// Channel limits (Telegram 4096, Zalo 2000 characters) split long answers the same way on every channel.
/**
 * Splits text into pieces of at most `limit` UTF-16 units (never more characters than Zalo counts),
 * preferring paragraph boundaries, then line breaks, then sentence ends, then spaces; a single word
 * longer than the limit is cut, never inside a surrogate pair. Pieces are trimmed; empty ones dropped.
 */
export function splitMessage(text: string, limit: number): string[] {
  if (limit < 2) throw new RangeError('limit must be at least 2');
  return splitAt(text.trim(), limit, 0).filter((piece) => piece.length > 0);
}

type Level = { split: RegExp; join: string };

const levels: Level[] = [
  { split: /\n[ \t]*\n\s*/, join: '\n\n' },
  { split: /\n/, join: '\n' },
  { split: /(?<=[.!?…;:])\s+/, join: ' ' },
  { split: /\s+/, join: ' ' },
];

function splitAt(text: string, limit: number, depth: number): string[] {
  if (text.length <= limit) return [text];
  const level = levels[depth];
  if (level === undefined) return cut(text, limit);
  const parts = text
    .split(level.split)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const pieces: string[] = [];
  let current = '';
  for (const part of parts) {
    if (part.length > limit) {
      if (current) pieces.push(current);
      current = '';
      pieces.push(...splitAt(part, limit, depth + 1));
      continue;
    }
    const joined = current ? `${current}${level.join}${part}` : part;
    if (joined.length <= limit) {
      current = joined;
    } else {
      pieces.push(current);
      current = part;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function cut(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + limit, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // keep a surrogate pair together
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}
