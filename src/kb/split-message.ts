import { asksSomething, withoutIndefinites } from './analyze-query.ts';
import { fold, hasAccents, lower } from './normalize.ts';

/** A message read for what it asks. */
export type SplitMessage = {
  /** The message without greetings, addresses, contact details and courtesies; shortened around its questions when long. */
  body: string;
  /** The sentences that ask something, in order, each with the sentence before it when that one only sets the scene. */
  questions: string[];
};

/**
 * Finds what a message asks. Letters and long chat messages carry an addressee, greetings,
 * the sender's name, address and phone, thanks and wishes: none of it is the question, and in a
 * long message their rare words (names, streets) outweigh the procedure's common ones. What is
 * left is the body; when it is long, only the sentences that ask and the one before each are
 * kept, since a question often points back ("… giấy phép lao động. Có phải xin cấp lại không?").
 */
export function splitMessage(text: string): SplitMessage {
  // A sentence asks when it says a question word and the answerer reads it as asking too
  // (asksSomething): "không đọc được nữa" is a negation, "nên không sao" no problem, neither a question.
  const asks = (sentence: string) =>
    (hasAccents(sentence)
      ? ASKS.test(withoutIndefinites(lower(sentence)))
      : FOLDED_ASKS.test(withoutIndefinites(fold(sentence)))) && asksSomething(sentence);
  const sentences = sentencesOf(text).filter((sentence) => asks(sentence) || !isCourtesy(sentence));
  const asking = sentences.map(asks);
  const words = sentences.join(' ').split(/\s+/).length;
  const kept =
    words > LONG && asking.some(Boolean) ? sentences.filter((_, i) => asking[i] || asking[i + 1] === true) : sentences;
  const questions = sentences.flatMap((sentence, i) => {
    if (!asking[i]) return [];
    const before = sentences[i - 1];
    return [before !== undefined && !asking[i - 1] ? `${before} ${sentence}` : sentence];
  });
  return { body: kept.join(' ').trim() || text.trim(), questions };
}

/** Over this many words, only the sentences that ask (and the one before each) are read. */
const LONG = 150;

function sentencesOf(text: string): string[] {
  return (
    text
      // Sentence ends, lines, and numbered questions: "… 2 việc: 1. … 2) …".
      .split(/(?<=[.?!])\s+|\n+|(?<=[:;?])\s*(?=\d{1,2}[.)]\s)|\s(?=\d{1,2}\)\s)/u)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence !== '')
  );
}

// A sentence that asks: a question mark, or a question word (Vietnamese as typed or folded, English).
// A sentence typed with accents is read on its accents: folded, "hỏi" is "hội" too, "hả" is the "Hà" of
// "Hà Nội", "chưa" is "chùa".
const CUES =
  'gì|nào|sao|không|ko|bao nhiêu|bao lâu|ở đâu|có phải|ra sao|được không|chưa|hả|how|what|where|when|which|can i|can we|do i|do we|is it|are there|should|whether';
const ASKS = new RegExp(`\\?|(?<![\\p{L}])(hỏi|${CUES})(?![\\p{L}])`, 'iu');
const FOLDED_ASKS = new RegExp(`(?<![\\p{L}])(${fold(CUES)})(?![\\p{L}])`, 'u');

/** A sentence that asks nothing and is only courtesy or contact details. */
function isCourtesy(sentence: string): boolean {
  const folded = fold(sentence).trim();
  return CONTACT.test(folded) || THANKS.test(folded) || (GREETING.test(folded) && folded.split(/\s+/).length <= 8);
}

// Sentences (folded, lower case) that are only courtesy or contact details.
const CONTACT =
  /^(dia chi|sdt|so dien thoai|dien thoai|dt|email|e-mail|mst|ma so thue|nguoi gui|ho ten|ho va ten|address|phone|tel|mobile)\b\s*:/u;
const THANKS =
  /^((xin |rat )?(tran trong|chan thanh|than ai|kinh thu)?\s*(cam on|thank|thanks)|tran trong|best regards|regards|sincerely|yours (faithfully|sincerely)|chuc|mong som nhan|rat mong|hy vong|i look forward|looking forward)\b/u;
const GREETING = /^(kinh gui|kinh thua|thua|gui|xin chao|chao|dear|hello|hi|good (morning|afternoon|evening))\b/u;
