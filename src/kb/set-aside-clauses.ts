import { asksSomething } from './analyze-query.ts';
import { topicsSaid, type Lexicon } from './lexicon.ts';
import { fold, lower, sentencesOf } from './normalize.ts';

/** A message with the clauses on another sector's topic set aside. */
export type SetAside = { rest: string; topics: string[] };

/**
 * "… muốn nhận tiếp trợ cấp ở quê. Xin hỏi phải làm thủ tục gì, nộp ở đâu, và thẻ bảo hiểm y tế
 * thì xử lý thế nào?": a clause on another sector's topic next to a question on a procedure. The
 * clauses that name such a topic are set aside, so the rest can be answered and the person told
 * which part is not. Not when a topic is strict (complaints, fines…: the whole message goes to
 * staff), nor when every clause names one ("người nước ngoài có phải đóng bảo hiểm xã hội không"
 * is one question, on insurance), nor when nothing is asked apart from the topic (asksApart).
 * The topics are returned as the person wrote them.
 */
export function setAsideOutOfScope(text: string, lexicon: Lexicon): SetAside | null {
  // Each clause with whether a sentence ends after it: what is kept keeps its sentence ends, as
  // ";" (a story told about someone else, "anh trai e có cây xăng …", still ends where it did,
  // while the rest is still read as one question).
  const clauses: Array<{ clause: string; ends: boolean }> = [];
  let from = 0;
  for (const cut of text.matchAll(CLAUSE_CUTS)) {
    clauses.push({ clause: text.slice(from, cut.index), ends: /[.?!\n]/u.test(cut[0]) });
    from = cut.index + cut[0].length;
  }
  clauses.push({ clause: text.slice(from), ends: true });
  const topics: string[] = [];
  const kept = clauses.filter(({ clause }) => {
    if (clause.trim() === '') return false;
    const found = topicsSaid(lexicon, clause, fold(lexicon.expand(clause)), fold(clause));
    if (found.some(({ topic }) => topic.strict)) topics.push('');
    for (const { phrase } of found) topics.push(spelledAsWritten(clause, phrase));
    return found.length === 0;
  });
  if (topics.length === 0 || topics.includes('') || kept.length === 0 || !asksApart(text, lexicon)) return null;
  const rest = kept.map(({ clause, ends }, i) => `${clause}${i === kept.length - 1 ? '' : ends ? ';' : ','}`);
  return { rest: rest.join(' '), topics: [...new Set(topics)] };
}

/**
 * Whether the message asks something apart from another sector's topic. What is asked after the
 * topic is named, or right after a sentence that names it, is asked about it: "…muốn rút bảo hiểm
 * xã hội một lần. Em cần làm hồ sơ gì, nộp ở đâu?" and "Which authority handles adoption, what
 * documents do we need?" ask nothing of the procedure whose words the story around them holds; "…
 * muốn nhận tiếp trợ cấp ở quê. Xin hỏi phải làm thủ tục gì, nộp ở đâu, và thẻ bảo hiểm y tế thì
 * xử lý thế nào?" asks two things before the topic comes.
 */
export function asksApart(text: string, lexicon: Lexicon): boolean {
  const names = (part: string) => topicsSaid(lexicon, part, fold(lexicon.expand(part)), fold(part)).length > 0;
  // "Em đã đăng ký hộ kinh doanh": what the person has already done is their situation, not their subject.
  const namesWanted = (clause: string) => names(clause) && !DONE.test(fold(lower(clause)));
  // What is said in brackets is an aside: "what documents are needed (marriage certificate? residence card?)"
  // asks for the documents, whatever the person guesses they are.
  const sentences = sentencesOf(text.replace(/\([^()]*\)/g, ' ')).filter((sentence) => sentence.trim() !== '');
  return sentences.some((sentence, i) => {
    if (!asksSomething(sentence)) return false;
    // The sentence before, unless it is a question of its own: "… không đi làm nữa nên muốn rút bảo
    // hiểm xã hội một lần." asks nothing, whatever its "không".
    // Nor a question of its own that only points back at it ("… get a temporary residence card so
    // his wife can join him? Which office handles that?").
    const before = sentences[i - 1];
    if (
      before !== undefined &&
      (!before.trim().endsWith('?') || POINTS_BACK.test(lower(sentence))) &&
      !(OWN_PAPER.test(fold(lower(sentence))) && !POINTS_BACK.test(lower(sentence))) &&
      before.split(CLAUSE).some(namesWanted)
    )
      return false;
    const clauses = sentence.split(CLAUSE);
    for (const [j, clause] of clauses.entries()) {
      if (names(clause)) return false;
      // A question of its own, not the start of one cut at "also" ("Can I also get …"), nor one whose
      // object goes on past a comma or an "and" into the topic ("How do we register the brand name
      // and logo as a trademark"): the clause after it names the topic and asks nothing itself.
      // Nor one that asks only by its courtesy ("Cho tôi hỏi thủ tục thẩm duyệt thiết kế và nghiệm thu
      // PCCC … nộp ở đâu?"): what it asks is said after it.
      const next = clauses[j + 1];
      if (asksSomething(clause.replace(ASKING_COURTESY, ' ')) && clause.trim().split(/\s+/).length >= 3)
        return next === undefined || !names(next) || asksSomething(next);
    }
    return false;
  });
}

/**
 * The first clause of a sentence that asks something ("Giờ em không đi làm nữa mà về quê buôn bán,
 * muốn rút BHXH 1 lần thì làm hồ sơ ở đâu?" asks in its second).
 */
export function firstAskingClause(sentence: string): string | undefined {
  return sentence.split(CLAUSE).find((clause) => asksSomething(clause));
}

const ASKING_COURTESY =
  /(?<![\p{L}])(?:(?:xin )?(?:cho|cko) (?:em|e|mình|minh|mk|tôi|toi|t|chị|chi|anh|cháu|chau|con) (?:được |duoc |dc )?|xin |cho )(?:hỏi|hoi)(?![\p{L}])/giu;

// A paper the question names itself ("Giấy phép thuốc lá có phải làm thủ tục điều chỉnh theo tên
// mới không?"): its own subject, whatever the sentence before names.
const OWN_PAPER = /(?<![\p{L}])(?:giay phep|giay chung nhan|giay xac nhan|licen[cs]e|permit|certificate)(?![\p{L}])/u;

// A word that points back at what was just said.
const POINTS_BACK = /(?<![\p{L}])(?:that|this|it|these|those|đó|này|ấy)(?![\p{L}])/u;

// Not "đăng ký" (register), which folds to the "đang" (currently) of what is going on. Also a
// clause told as done to its end ("Lương hưu của ông thì bên bảo hiểm đã hướng dẫn chuyển rồi").
const DONE = /^(?:\S+\s+){0,3}?(?:da|dang(?! ky)|already|have|has|had)(?![\p{L}])|(?<![\p{L}])da\s(?:\S+\s+)*roi\s*$/u;

// Clauses: sentence ends, commas and semicolons, and the words that join a second question.
// Not the "còn" of "có còn được hưởng không" (still).
const CLAUSE = /[.?!;,\n]+|\s(?:và|(?<!(?:có|vẫn|không|chưa|đã|là) )còn|với lại|ngoài ra|and|also)\s/iu;
/**
 * The same, to cut a whole text at every clause (matchAll); but "also" inside a sentence joins no
 * second clause ("… and last year we also registered our internal labour rules" is one thing done,
 * "My wife also receives benefit …" someone else's), and one that opens a clause follows a comma or
 * an "and", cut already.
 */
const CLAUSE_CUTS = new RegExp(CLAUSE.source.replace('|also)', ')'), 'giu');

/** The phrase as the person wrote it (with their accents): folding keeps the length of lower-cased NFC text. */
function spelledAsWritten(clause: string, foldedPhrase: string): string {
  const written = lower(clause);
  const at = fold(written).indexOf(foldedPhrase);
  return at >= 0 && fold(written).length === written.length
    ? written.slice(at, at + foldedPhrase.length)
    : foldedPhrase;
}
