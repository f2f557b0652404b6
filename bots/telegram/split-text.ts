/** Telegram's limit on a message's text (UTF-16 code units, as JavaScript counts length). */
export const TELEGRAM_TEXT_LIMIT = 4096;

// Coarsest first: whole paragraphs, then lines, then words.
const separators = ['\n\n', '\n', ' '];

/**
 * Splits text into chunks of at most `limit` characters, keeping paragraphs whole when they fit,
 * then lines, then words; only a single word longer than the limit is cut, and never inside a
 * surrogate pair (an emoji).
 */
export function splitText(text: string, limit: number = TELEGRAM_TEXT_LIMIT): string[] {
  return splitAt(text, limit, 0).map(trimNewlines).filter((chunk) => chunk.trim() !== '');
}

function splitAt(text: string, limit: number, level: number): string[] {
  if (text.length <= limit) return [text];
  const separator = separators[level];
  if (separator === undefined) return cut(text, limit);
  const chunks: string[] = [];
  let current = '';
  for (const piece of text.split(separator)) {
    const joined = current === '' ? piece : current + separator + piece;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    if (current !== '') chunks.push(current);
    if (piece.length <= limit) {
      current = piece;
    } else {
      const parts = splitAt(piece, limit, level + 1);
      // The tail of a long piece may still share a chunk with what follows.
      current = parts.pop() ?? '';
      chunks.push(...parts);
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

function cut(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + limit, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

function trimNewlines(chunk: string): string {
  return chunk.replace(/^\n+|\n+$/g, '');
}
