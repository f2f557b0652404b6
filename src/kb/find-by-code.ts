import type { KnowledgeBase } from './content-schema.ts';
import { fold } from './normalize.ts';

/** An entry a message names by its code, answered directly rather than searched for. */
export type CodedEntry = { kind: 'procedure' | 'document'; id: string };

/**
 * The procedure or legal document a message names by code: the bot's own id ("P05", "p5"), a
 * national procedure code ("1.001234", also with a province's suffix: "1.001234.H42"), a legal
 * document's number ("105/2017/NĐ-CP", "NĐ 105/2017", "nghị định 105/2017"). Only when the message
 * names exactly one entry that way: two codes, or a number shared by two documents, are searched.
 * A document number inside a question about a procedure ("… theo nghị định 219/2025 cần hồ sơ
 * gì") is left to the decision, which prefers the procedure; a short message that is little more
 * than the number is answered with the document.
 */
export function findByCode(text: string, kb: KnowledgeBase): CodedEntry | null {
  const folded = fold(text);
  const found = new Map<string, CodedEntry>();
  for (const [, digits] of folded.matchAll(OWN_ID)) {
    const ref = `P${(digits ?? '').padStart(2, '0')}`;
    const procedure = kb.procedures.find((candidate) => candidate.ref === ref);
    if (procedure) found.set(procedure.id, { kind: 'procedure', id: procedure.id });
  }
  for (const [, code] of folded.matchAll(NATIONAL_CODE)) {
    const procedure = kb.procedures.find((candidate) => candidate.national_code === code);
    if (procedure) found.set(procedure.id, { kind: 'procedure', id: procedure.id });
  }
  const words = folded.split(/\s+/).filter((word) => word !== '').length;
  for (const [match, number, year, suffix] of folded.matchAll(DOCUMENT_NUMBER)) {
    // "105/2017" with nothing around it could be a date or a case number: it needs a document
    // type or the suffix, or a message that is hardly more than it.
    if (!suffix && !DOCUMENT_TYPE.test(folded) && words > 3) continue;
    const docs = kb.documents.filter((doc) => fold(doc.number).startsWith(`${number}/${year}/`));
    const doc = docs.length === 1 ? docs[0] : undefined;
    if (doc && (words <= SHORT_MESSAGE || match.length >= folded.trim().length / 2))
      found.set(doc.id, { kind: 'document', id: doc.id });
  }
  const [only, ...others] = found.values();
  return only && others.length === 0 ? only : null;
}

/** A document number names the document only in a short message; in a longer one it is context. */
const SHORT_MESSAGE = 6;

// "P05", "p5", "thủ tục P05": a P and one or two digits standing alone.
const OWN_ID = /(?<![\p{L}\p{N}])p ?(\d{1,2})(?![\p{L}\p{N}]|[./]\d)/gu;
// "1.001234" or "2.000620.000.00.00.H12": the national code is the first two parts.
const NATIONAL_CODE = /(?<![\p{N}.])(\d\.\d{6})(?:\.[\p{L}\p{N}]+)*(?![\p{N}])/gu;
const DOCUMENT_NUMBER = /(?<![\p{N}/])(\d{1,4})\/(\d{4})(\/[\p{L}-]+)?/gu;
const DOCUMENT_TYPE = /\b(nghi dinh|nd|thong tu|tt|luat|quyet dinh|qd|nghi quyet|nq|bo luat)\b/;
