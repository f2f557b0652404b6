import type { Lexicon } from './lexicon.ts';
import { fold, lower } from './normalize.ts';

/** A message with the clauses on another sector's topic set aside. */
export type SetAside = { rest: string; topics: string[] };

/**
 * "… muốn nhận tiếp trợ cấp ở quê. Xin hỏi phải làm thủ tục gì, nộp ở đâu, và thẻ bảo hiểm y tế
 * thì xử lý thế nào?": a clause on another sector's topic next to a question on a procedure. The
 * clauses that name such a topic are set aside, so the rest can be answered and the person told
 * which part is not. Not when a topic is strict (complaints, fines…: the whole message goes to
 * staff), nor when every clause names one ("người nước ngoài có phải đóng bảo hiểm xã hội không"
 * is one question, on insurance). The topics are returned as the person wrote them.
 */
export function setAsideOutOfScope(text: string, lexicon: Lexicon): SetAside | null {
  const clauses = text.split(CLAUSE).filter((clause) => clause.trim() !== '');
  const topics: string[] = [];
  const kept = clauses.filter((clause) => {
    const found = lexicon.outOfScope(fold(clause));
    if (found.some(({ topic }) => topic.strict)) topics.push('');
    for (const { phrase } of found) topics.push(spelledAsWritten(clause, phrase));
    return found.length === 0;
  });
  if (topics.length === 0 || topics.includes('') || kept.length === 0) return null;
  return { rest: kept.join(', '), topics: [...new Set(topics)] };
}

// Clauses: sentence ends, commas and semicolons, and the words that join a second question.
const CLAUSE = /[.?!;,\n]+|\s(?:và|còn|với lại|ngoài ra|and|also)\s/iu;

/** The phrase as the person wrote it (with their accents): folding keeps the length of lower-cased NFC text. */
function spelledAsWritten(clause: string, foldedPhrase: string): string {
  const written = lower(clause);
  const at = fold(written).indexOf(foldedPhrase);
  return at >= 0 && fold(written).length === written.length
    ? written.slice(at, at + foldedPhrase.length)
    : foldedPhrase;
}
