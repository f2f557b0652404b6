import type { Lexicon } from './lexicon.ts';
import {
  baseForm,
  bigramsOfSegments,
  escapeRegExp,
  fold,
  foldWord,
  hasAccents,
  lower,
  segmentsOf,
  sentencesOf,
  words,
} from './normalize.ts';
import { isContentPair, isContentSyllable, STOP, STOP_PAIRS } from './stop-words.ts';
import { detectLanguage } from './detect-language.ts';

/**
 * What a question can ask about a procedure. Online, post and e-mail submission are aspects of
 * their own ("nộp online được không", "gửi qua bưu điện được không"), answered from the content;
 * so is what it gives ("mức hỗ trợ bao nhiêu"), answered from its summary.
 */
export const ASPECTS = [
  'documents',
  'time_limit',
  'fees',
  'where',
  'online',
  'post',
  'email',
  'conditions',
  'steps',
  'legal_basis',
  'amount',
] as const;
export type Aspect = (typeof ASPECTS)[number];

export type Smalltalk = 'greeting' | 'thanks' | 'help';

export type QueryAnalysis = {
  text: string;
  folded: string;
  /** Folded as typed, no abbreviation or chat shorthand spelled out ("TRC" stays trc, not "trước"). */
  foldedAsWritten: string;
  /**
   * The two readings above without what the person already receives, holds or has done: another
   * sector's topic said only there ("đã có giấy phép xây dựng và nghiệm thu PCCC", "already
   * registered for on-site liquor sales") is their situation, not what they ask.
   */
  askedReadings: [string, string];
  /** The synonyms' phrases (`canonical`) said in one of the asked readings, not only in what the person already has or has done. */
  askedCanonical: string[];
  accentedInput: boolean;
  /** Folded syllables per segment, fillers removed, abbreviations expanded. */
  segments: string[][];
  /** Content syllables (no function words, no aspect words), unique. */
  syllables: string[];
  /**
   * All bigrams of the sentences that ask something. In a long message the context ("tôi đang
   * hưởng trợ cấp thất nghiệp…") names procedures that are not the question; names found only
   * there count less.
   */
  focusPairs: string[];
  /** … the bigrams of the sentences that ask alone, without the synonyms said elsewhere. */
  askingPairs: string[];
  /** … of the sentences that are questions themselves, without the sentence before each that they point back at. */
  questionPairs: string[];
  /** Bigrams of what the person already receives, has or has done ("đang hưởng trợ cấp thất nghiệp"), synonyms' included. */
  situationPairs: string[];
  /** … of that, what the person says of themselves, not someone else's story ("my sister claimed unemployment benefit …"). */
  ownSituationPairs: string[];
  /**
   * What the question says as the lexicon's concepts (see Lexicon.concepts); `focusConcepts`:
   * those of the sentences that ask. English meets an entry's English
   * names through them in any order.
   */
  concepts: string[];
  focusConcepts: string[];
  /** What it asks (not the situation around it) is to change, amend or update something ("muốn đổi quà tặng"). */
  asksToChange: boolean;
  /**
   * Syllables and bigrams (synonyms' included) said only in what the person says they are not or
   * do not do ("không phải cửa hàng bán lẻ", "we don't sell bottles to take away") or as a trading
   * partner's trade ("lấy hàng từ một công ty phân phối"): no word that tells a sibling it is asked for.
   */
  negated: string[];
  /**
   * … and those said only in what the person wonders whether they need ("do I need a liquor
   * licence like a shop, or something else?", "có cần xin giấy phép bán lẻ rượu không hay chỉ cần
   * đăng ký", "tưởng phải xin giấy phép bán lẻ rượu"), hesitates between ("cấp lại hay điều
   * chỉnh?") or was told to do ("my accountant said we must apply for a reissue"): asked about,
   * but not what they are or what happened.
   */
  wondered: string[];
  /** Bigrams inside segments, minus those made only of function words, unique. */
  bigrams: string[];
  /** Accented words, when the person typed accents. */
  accented: string[];
  canonical: string[];
  aspects: Aspect[];
  smalltalk: Smalltalk | null;
  /** The person asks for a human, or describes their own case / a complaint about a person. */
  wantsPerson: boolean;
  personalCase: boolean;
  /** Mentions a legal document by number or by type. */
  documentQuery: boolean;
};

// How people shorten words in chat ("có cần giấy phép ko", "có đc k"), whatever the topic: spelled
// out before anything else, so fillers, aspects and stop words see the usual words.
const SHORTHAND = new Map([
  ...['ko', 'k', 'hok', 'hk', 'khg', 'kg'].map((word) => [word, 'không'] as const),
  ...['dc', 'đc'].map((word) => [word, 'được'] as const),
  ['j', 'gì'],
  ['ntn', 'như thế nào'],
  ['bn', 'bao nhiêu'],
  ['vs', 'với'],
  ['cty', 'công ty'],
  ['r', 'rồi'],
  ['v', 'vậy'],
  ['mk', 'mình'],
  ['mik', 'mình'],
  ['ng', 'người'],
  ['trc', 'trước'],
  ['tk', 'tài khoản'],
  ['mn', 'mọi người'],
  ...['cx', 'cg'].map((word) => [word, 'cũng'] as const),
  ...['dag', 'đag'].map((word) => [word, 'đang'] as const),
  ...['tg', 'tgian'].map((word) => [word, 'thời gian'] as const),
  ['bjo', 'bây giờ'],
  ['z', 'vậy'],
  ['nv', 'nhân viên'],
  // "đk" is "đăng ký" ("phải đk trước bao nhiêu ngày"), but "điều kiện" after "đủ" (spellOut).
  ...['dk', 'đk'].map((word) => [word, 'đăng ký'] as const),
]);
const AFTER_ENOUGH = /(?:đủ|du) $/;
const SHORTHAND_WORD = /[\p{L}\p{N}]+/gu;

/** A cue as it reads in expanded text: English words in their base form ("processing" → "process"). */
function asExpanded(phrase: string): string {
  return phrase.split(' ').map(baseForm).join(' ');
}

// Chat fillers, dropped as whole phrases at query time only; a bigram never spans the gap.
const FILLERS = [
  'cho em hoi',
  'cho toi hoi',
  'cho minh hoi',
  'cho chau hoi',
  'cho hoi',
  'xin cho hoi',
  'xin hoi',
  'toi muon hoi',
  'em muon hoi',
  'thua luat su',
  'luat su cho toi hoi',
  'thua anh chi',
  'xin chao',
  'nhu the nao',
  'the nao',
  'ra sao',
  'la gi',
  'la bao nhieu',
  'gom nhung gi',
  'nhung gi',
  'co duoc khong',
  'duoc khong',
  'hay khong',
  'khong a',
  'voi a',
  'a',
  'vay',
  'nhe',
  'oi',
  'tran trong cam on',
  'xin chan thanh cam on',
  'tran trong',
  'kinh de nghi',
  'quy co quan',
  'quy so',
  'please',
  'can you tell me',
  'i would like to know',
  'how do i',
  'what is',
  'what are',
];
// The addressee of a formal letter ("Kính gửi Sở Công Thương.") names an agency, not the question.
const SALUTATION = /(?<![\p{L}\p{N}])kinh gui [^.:;\n]*[.:;\n]/gu;
// One alternation, longest phrases first, so "cho em hoi" wins over "cho hoi".
const FILLER_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${FILLERS.map(asExpanded)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const ASPECT_CUES: Record<Aspect, string[]> = {
  documents: [
    'ho so',
    'giay to',
    'can nhung',
    'can gi',
    'can chuan bi',
    'thanh phan',
    'document',
    'paperwork',
    'what do i need',
  ],
  time_limit: [
    'bao lau',
    'thoi han',
    'may ngay',
    'bao nhieu ngay',
    'bao gio co',
    'khi nao co ket qua',
    'how long',
    'deadline',
    'processing time',
  ],
  fees: [
    'le phi',
    'phi',
    'phi tham dinh',
    'bao nhieu tien',
    'ton bao nhieu',
    'mat bao nhieu',
    'chi phi',
    'fee',
    'cost',
    'how much',
  ],
  // What the procedure gives ("mức hỗ trợ bao nhiêu", "how much support"): its summary says.
  amount: [
    'muc bao nhieu',
    'muc ho tro',
    'muc huong',
    'duoc ho tro bao nhieu',
    'ho tro bao nhieu',
    'duoc bao nhieu tien',
    'bao nhieu mot thang',
    'how much support',
    'how much will i get',
    'how much do i get',
    'how much is the support',
    'how much is the benefit',
    'how much is the allowance',
  ],
  where: ['o dau', 'noi nop', 'nop o', 'nop tai', 'co quan nao', 'ai xac nhan', 'ai cap', 'cach nop', 'where'],
  // Not "shop online", "bán hàng online": selling online is what a procedure is about, not how to submit.
  online: ['truc tuyen', 'online', 'qua mang', 'dich vu cong'],
  post: ['buu dien', 'buu chinh', 'chuyen phat', 'duong buu', 'by post', 'by mail', 'post office', 'postal', 'courier'],
  email: ['email', 'e mail', 'thu dien tu', 'gmail'],
  conditions: [
    'dieu kien',
    'bat buoc',
    'co phai',
    'doi tuong',
    'truong hop nao',
    'ai phai',
    'co can',
    'eligible',
    'condition',
    'do i need',
    'must',
    // When to file is a condition of the card ("còn hạn từ 5 đến 45 ngày"), not its processing time.
    'truoc bao nhieu ngay',
    'truoc bao lau',
    'truoc may ngay',
    'nop truoc',
    'som nhat',
    'muon nhat',
    'truoc khi het han',
    'how early',
    'how far in advance',
    'how long before',
    'how many days before',
    'in advance',
    'before it expires',
  ],
  // "gia hạn thế nào", "làm ra sao": how to do it, unless another aspect was asked first.
  steps: [
    'trinh tu',
    'cac buoc',
    'quy trinh',
    'lam the nao',
    'cach lam',
    'lam gi',
    'how to',
    'what should',
    'what do i do',
    'what do we do',
    'what to do',
    'step',
    'procedure for',
    'nhu the nao',
    'the nao',
    'lam sao',
    'ra sao',
  ],
  legal_basis: ['can cu', 'van ban nao', 'nghi dinh nao', 'luat nao', 'quy dinh tai', 'legal basis', 'which law'],
};

/** Every phrase that asks an aspect ("bao lâu", "how much"…), as written in the cue lists. */
export const ASPECT_CUE_PHRASES: readonly string[] = Object.values(ASPECT_CUES).flat();

const SMALLTALK: Array<[Smalltalk, RegExp]> = [
  ['thanks', /^(cam on|cam on nhieu|thank|thanks|thank you|ok cam on|cam on ban)\b/],
  ['help', /^(giup|help|tro giup|huong dan|ban lam duoc gi|ban la ai|menu|\/help|\/start)\b/],
  ['greeting', /^(xin chao|chao|hello|hi|alo|hey|good morn|chao ban|chao em)\b/],
];
const PERSON =
  /(gap|noi chuyen voi|lien he|ket noi|chuyen cho|can) (can bo|nhan vien|nguoi that|tu van vien|chuyen vien)|(goi dien|goi lai) cho (toi|em|minh)|\b(talk|speak|chat) (to|with) (a |an |the |your |one of your )?(real |actual |live )?(person|human|staff|officer|official|agent|someone|somebody|consultant)|\breal (person|officer|official|staff|human)|\blive agent|\bcall me\b|\bhuman\b/;
// Follow-ups on the person's own file: "sao chưa …", "… rồi mà chưa …", "của tôi".
// "Nhờ kiểm tra xem bên mình đã nhận được chưa", "could you check whether my benefit has been
// paid", a file's code (000.00.21.H41-250512-0034): asking staff to look at the person's own file, in
// Vietnamese or English.
const PERSONAL =
  /(ho so cua (toi|em|minh)|ma ho so(?! (?:lay|xem|tim|nam|hien|ghi)(?: [a-z]+)? (?:o dau|the nao|ra sao|cho nao))|tinh trang ho so|(sao|ma) (van )?chua|(roi|lau) ma (van )?(chua|khong)|tre hen|qua han .* chua|cua (toi|em|minh) (sao|chua|bi (tra lai|tu choi|bac|treo|tre|giu))|(tra cuu|kiem tra|xem|check) (giup|gium|dum|ho) (toi |em |e |minh |mk )?ho so|(tra cuu|kiem tra|xem|check) (giup|gium|dum|ho) (toi|em|e|minh|mk)\b|ho so (cua )?(toi|em|e|minh|mk|chau|con)\b.{0,60}dang (o|den|nam o) (buoc|khau|dau) nao|(den|toi) (hom nay|nay|bay gio|gio)( [0-9/]+)? (van )?chua (thay|co|nhan|duoc|tra)|nop (tu )?(tuan|hom|thang) (truoc|roi|qua)|nho (anh chi |ban |ad )?(kiem tra|xem|tra cuu|check)|da nhan duoc (ho so )?(cua (toi|em|minh) )?chua|chua (thay|nhan duoc|duoc) (tien|ket qua|tra loi|phan hoi)|\b(could|can|would) you (please )?(check|look up|find out|confirm) (whether|if|the status|my|our|why|where|what happen|how far)|\b(has|have|was|were) (my|our) [a-z ]{0,40}(been|already) (paid|approved|received|processed|transferred)|\bwhy (has|have|hasn t|haven t|is|isn t) (my|our) |\b\d{3} \d{2} \d{2} [a-z]\d{2} \d{6} \d{4}\b)/;
// "I submitted my application two weeks ago … what's the status now?": one's own filing, a while
// ago, and whether it has moved (base forms: "submitted" → "submit", "filed" → "fil"); "our
// application is 3 weeks overdue", "please find out what happened", "nobody picks up the phone",
// "… and have heard nothing since", "can you check what's holding it up", "can you tell me if it
// has been approved yet".
const ENGLISH_FOLLOW_UP =
  /\b(?:i|we) (?:have |had |already |just )?(?:submit|sent|send|fil|apply|lodg)\b.{0,80}\b(?:ago|yesterday|last (?:week|month|monday|tuesday|wednesday|thursday|friday))\b.{0,80}\b(?:status|yet|heard back|(?:haven'?t|haven t|have not|hasn'?t|hasn t|has not) heard|heard noth|no (?:reply|answer|response|news)|still wait)|\bwhat (?:s |is )?hold (?:it|things|my [a-z]+|our [a-z]+) up\b|\b(?:our|my) (?:[a-z]+ ){0,4}(?:application|file|dossier|request|claim) (?:is|was|has been|s) (?:[a-z0-9]+ ){0,3}(?:overdu|late|delay|stuck|pend|reject|refus|return)\b|\bfind out what happen|\bwhy (?:is |was |ha |has )?(?:my |our |the |this )?(?:file|application|dossier|request)\b.{0,60}\b(?:delay|late|stuck|pend|slow)|\bstill (?:show|say|list)[a-z]* (?:as |it is |it s )?'?(?:being process|pend|in progress|under review|processing)|\bnobody (?:ha |has )?(?:pick|answer|reply|respond|call|contact)|\b(?:receipt|appointment|file|case) (?:no|number)\b|\bstill noth\b|\bhold (?:up|back) (?:my|our)\b|\b(?:can|could) (?:someon|anyon|somebody|you) (?:please )?(?:check|look up) (?:my|our)\b|\b(?:can|could) you (?:please )?(?:tell me|tell us|let me know|let us know|confirm) (?:if|whether) (?:it|my [a-z]+|our [a-z]+|the application|the file)(?: [a-z]+){0,3} (?:ha |has |have |is |was )?(?:been |already )?(?:approv|process|accept|reject|grant|issu|done|ready|finish|complet)/;
// … but asking how to look one's file up oneself ("làm sao tra cứu hồ sơ đã nộp trên cổng dvc, em
// không nhớ để mã hồ sơ ở đâu") asks for the portal's tracking, not for staff to look.
// So is where or how to look it up said after ("tra cứu hồ sơ đã nộp trên dịch vụ công bằng mã hồ sơ ở
// đâu"), unless the file is late ("nộp 3 tuần rồi mà chưa có kết quả").
const HOW_TO_LOOK_UP =
  /^(?!.*\b(?:giup|gium|dum|ho) (?:toi|em|e|minh|mk)\b)(?:.*\b(?:lam sao|lam the nao|cach nao|cach|how (?:do|can|could) (?:i|we))(?: \S+){0,3} (?:tra cuu|xem lai|look up|track)\b|(?!.*\b(?:(?:sao|ma) (?:van )?chua|(?:roi|lau) ma (?:van )?(?:chua|khong))\b).*\btra cuu\b.{0,80}\b(?:o dau|the nao|lam sao|ntn|nhu the nao|bang cach nao|cho nao)\b)/;
const ABOUT_STAFF = /(can bo|nhan vien|cong chuc) .*(nhung nhieu|gay kho|hach dich|thai do|vo le|doi tien|tieu cuc)/;
// "105/2017/NĐ-CP", or a number a few words after its type ("luật việc làm 74/2025"): "tháng 5/2026" alone is a date.
const DOCUMENT_NUMBER =
  /\b\d{1,4}\/\d{4}\/(nd|tt|qd|qh|nq)|\b(luat|nghi dinh|thong tu|quyet dinh|nghi quyet)( [a-z]+){0,4} \d{1,4}\/\d{4}\b/;
const DOCUMENT_TYPE = /\b(nghi dinh|thong tu|bo luat|van ban phap luat|quyet dinh so|luat so)\b/;

// A contract not renewed is no renewal asked for: "her contract ended and we did not renew it"
// claims the benefit, "công ty không gia hạn hợp đồng" too (base forms: "renewed" is "renew"). Not
// "it has never been extended before": that says the history of what is asked to be extended.
// Nor the contract said first ("my labour contract just ended and wasn't renewed", "hợp đồng hết hạn
// công ty không gia hạn").
const NEGATED_ACTION =
  /(?<![\p{L}])(?:not|didn't|don't|won't|wasn't|weren't|không|ko|k)(?: to| be| been| được| có)? (?:renew|extend|gia hạn|gia han)(?: (?:it|her contract|his contract|my contract|the contract|their contracts?|hợp đồng|hop dong|hđlđ|hdld))(?![\p{L}])|(?<![\p{L}])(?:contract|hợp đồng|hop dong|hđlđ|hdld)(?! (?:of|for) )[^.,;:?!]{0,40}? (?:not|wasn't|weren't|isn't|wasn t|weren t|isn t|không|ko|k)(?: be| been| được| duoc)? (?:renew|extend|gia hạn|gia han|ký tiếp|ky tiep)[a-z]*(?![\p{L}])/gu;

// A prize draw said not to be held, in English ("no lucky draw at all", "no draws, no prizes", "no
// scratch cards, nothing random"): a
// promotion without chance is only notified, and the draw's words name nothing asked.
// In Vietnamese ("không có quay số trúng thưởng") what is not the case is read where it is said (the
// situation, the contrasting words).
const DRAW =
  '(?:lucky draw|draw|priz|raffl|lotter|scratch[- ]?card|random|chance?-bas|chance? bas|game of chanc|chance? element|element of chanc)[a-z]*';
// … and in Vietnamese when no "có" says it is not the case ("ko bốc thăm gì cả", "không quay số"),
// the draw's words said one after another too ("không có bốc thăm quay số gì cả").
const VI_DRAW =
  '(?:bốc thăm|boc tham|quay số|quay so|rút thăm|rut tham|may rủi|may rui|cào thẻ|cao the|trúng thưởng|trung thuong)';
const NO_DRAW = new RegExp(
  `(?<![\\p{L}])(?:(?:no|without(?: a| any)?|noth(?:ing)?) ${DRAW}(?:(?:,| and| or) (?:no )?${DRAW})*|(?:không|khong)(?: có| co)? ${VI_DRAW}(?:(?:,| hay| hoặc| hoac| và| va| với| voi)? ${VI_DRAW})*(?: (?:trúng thưởng|trung thuong|gì|gi|nào|nao|cả|ca|hết|het))*)(?![\\p{L}])`,
  'gu',
);

// "Làm lại" that makes something right or starts a shop over ("phải làm lại cho đúng tên mới", "muốn
// làm lại cửa hàng gas cho đàng hoàng") is no re-issue: only "làm" is read.
const REDONE =
  /(?<![\p{L}])(l[aà]m) l[aạ]i(?= (?:(?:\p{L}+ ){0,3}cho (?:đúng|dung|đàng hoàng|dang hoang|chuẩn|chuan|hợp lệ|hop le)|(?:cửa hàng|cua hang|quán|quan|tiệm|tiem)(?![\p{L}])))/giu;

// … nor, once the story tells a shop or company renamed or moved and nothing lost or damaged, a
// "làm lại" of its certificate ("Giấy chứng nhận … đang ghi tên cũ. Có phải làm lại giấy không?"):
// what changed is amended. Not a work permit's, re-issued for a new name or passport.
const REDO = /(?<![\p{L}])(l[aà]m) l[aạ]i(?![\p{L}])/giu;
const RENAMED_OR_MOVED =
  /(?<![\p{L}])(?:doi ten|(?:ghi|mang) ten cu|doi dia chi|chuyen dia (?:chi|diem)|(?:ghi|mang) dia chi cu|danh lai so nha)(?![\p{L}])/u;
const LOST_OR_DAMAGED =
  /(?<![\p{L}])(?:(?:bi |da |lam |danh )mat|mat (?:giay|ban goc)|hong|rach|chay|uot|nat|that lac|trom|lost|damag|stolen|giay phep lao dong)(?![\p{L}])/u;
const redone = (text: string) => {
  const plain = fold(lower(text));
  return RENAMED_OR_MOVED.test(plain) && !LOST_OR_DAMAGED.test(plain)
    ? text.replace(REDO, '$1')
    : text.replace(REDONE, '$1');
};

// "Moved back one week", "pushed back by two days": a date put off, not a person moving back home.
const MOVED_BACK =
  /(?<![\p{L}])(?:mov(?:e|ed|es|ing)|push(?:ed|es|ing)?) back (?:by )?(?=(?:one|a|an|two|three|four|a few|several|\d+) (?:day|week|month)s?(?![\p{L}]))/giu;

export function analyzeQuery(typed: string, lexicon: Lexicon): QueryAnalysis {
  const trades = TRADING_GOODS.test(fold(lower(typed)));
  const text = pointedBack(typed, lexicon)
    .replace(KOREAN_EXPERT, '$1, $2')
    .replace(JOB_LOST, 'lost $1 $2')
    .replace(PEOPLE_REPLACED, 'swap')
    .replace(PERCENT_OFF, 'discount')
    .replace(PAPER_LOST, '$1 giấy')
    .replace(trades ? OWNED_FROM : NEVER, 'foreign-$1')
    .replace(trades ? CAPITAL_FROM : NEVER, (_, capital: string) =>
      capital === 'von' ? 'von nuoc ngoai' : 'vốn nước ngoài',
    );
  // Not a unit after a number: "12 kg" is twelve kilograms, "50k" fifty thousand, not "không".
  const spellOut = (words: string) =>
    words.replace(SHORTHAND_WORD, (word, at: number) => {
      if (/\d\s?$/.test(words.slice(Math.max(0, at - 2), at))) return word;
      if ((word === 'dk' || word === 'đk') && AFTER_ENOUGH.test(words.slice(Math.max(0, at - 3), at)))
        return 'điều kiện';
      return SHORTHAND.get(word) ?? word;
    });
  // What is not asked for ("did not renew her contract", "no lucky draw") is set aside in every reading.
  const withoutUnasked = (words: string) => words.replace(NEGATED_ACTION, ' | ').replace(NO_DRAW, ' | ');
  // Expanded once: read with chat shorthand spelled out, and, for English, as typed in base forms.
  const expandedAsTyped = lexicon.expand(redone(text).replace(MOVED_BACK, 'postponed '));
  const expanded = withoutUnasked(spellOut(expandedAsTyped));
  const folded = fold(expanded);
  // A concept said only as what the person is not or does not do is not what they ask about.
  const clauses = negatedClauses(folded);
  const unsaid = conceptsNegated(clauses, (part) => lexicon.canonical(part));
  const unsaidConcepts = conceptsNegated(clauses, (part) => conceptsOf(part, lexicon));
  // What the person sets aside as a separate matter ("… a new work permit, which I know is a
  // separate process") says nothing of what they ask, not even as its context.
  const ownMatter = hasAccents(text)
    ? fold(lower(expanded).replace(ANOTHER_MATTER, ' | '))
    : folded.replace(ANOTHER_MATTER, ' | ');
  const canonical = lexicon.canonical(ownMatter).filter((phrase) => !unsaid.has(phrase));
  const segments = segmentsOf(ownMatter.replace(SALUTATION, ' | ').replace(FILLER_PATTERN, ' | '));
  const pairs = bigramsOfSegments(segments);
  const inStopPair = new Set(pairs.filter((pair) => STOP_PAIRS.has(pair)).flatMap((pair) => pair.split('_')));
  const syllables = unique(
    segments.flat().filter((syllable) => isContentSyllable(syllable) && !inStopPair.has(syllable)),
  );
  const bigrams = unique(pairs.filter(isContentPair));
  const accentedInput = hasAccents(text);
  const focus = focusOf(
    accentedInput ? lower(expanded) : folded,
    spellOut(lower(text)),
    accentedInput,
    lexicon,
    lower(text),
    !accentedInput && detectLanguage(lower(text)) === 'en' ? fold(withoutUnasked(expandedAsTyped)) : null,
  );
  const plain = folded
    .replace(/[^\p{L}\p{N}/ ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const smalltalk = syllables.length <= 3 ? (SMALLTALK.find(([, pattern]) => pattern.test(plain))?.[0] ?? null) : null;
  const read = withoutCompanyNames(
    { ...focus, focusConcepts: focus.focusConcepts.filter((concept) => !unsaidConcepts.has(concept)) },
    text,
  );
  const askedPhrases = new Set(read.askedReadings.flatMap((reading) => lexicon.canonical(reading)));
  return {
    text,
    folded,
    foldedAsWritten: fold(text),
    accentedInput,
    ...read,
    askedCanonical: canonical.filter((phrase) => askedPhrases.has(phrase)),
    segments,
    syllables,
    bigrams,
    negated: negatedOnly(clauses, lexicon),
    wondered: negatedOnly(wonderedClauses(clauses.rest), lexicon),
    concepts: conceptsOf(folded, lexicon).filter((concept) => !unsaidConcepts.has(concept)),
    accented: accentedInput ? unique(words(lower(expanded)).filter((word) => !STOP.has(foldWord(word)))) : [],
    canonical,
    aspects: detectAspects(plain),
    smalltalk,
    wantsPerson: PERSON.test(plain),
    personalCase:
      (PERSONAL.test(plain) && !HOW_TO_LOOK_UP.test(plain)) || ENGLISH_FOLLOW_UP.test(plain) || ABOUT_STAFF.test(plain),
    documentQuery: DOCUMENT_NUMBER.test(folded) || DOCUMENT_TYPE.test(plain),
  };
}

// "Chuyên gia Hàn Quốc", typed without accents, holds "gia han" (renewal) across two words: an
// expert from Korea is set apart from the country's name, so no renewal is read into it (nothing
// renewed is ever "gia hạn quốc …").
const KOREAN_EXPERT = /(?<![\p{L}])(gia)\s+((?:hàn|han) (?:quốc|quoc|qc))(?![\p{L}])/giu;

// A company owned from one country ("Korean-invested", "100% Japanese-owned", "vốn Hàn Quốc", "von
// Nhat") is foreign-invested, as the names of procedures for such companies say.
const OWNED_FROM =
  /(?<![\p{L}])(?:korean|japanese|chinese|taiwanese|singaporean|american|us|french|german|thai|british|australian|dutch|swiss|indian|malaysian|hong kong|european|eu)[- ](invested|owned|funded)(?![\p{L}])/giu;
// … when the message speaks of trading goods or a business licence, the one licence that owners
// abroad need: elsewhere the company's origin is only who is asking ("a Japanese-owned factory
// installed a steam boiler").
const TRADING_GOODS =
  /(?<![\p{L}])(?:goods|merchandise|buy(?:ing)? and sell(?:ing)?|(?:business|trading) licen[cs]e|hang hoa|mua ban|giay phep kinh doanh|gpkd)(?![\p{L}])/u;
const NEVER = /(?!)/g;
const CAPITAL_FROM =
  /(?<![\p{L}])(vốn|von)(?: đầu tư| dau tu)?(?: của| cua)? (hàn quốc|han quoc|hàn|nhật bản|nhat ban|nhật|nhat|trung quốc|trung quoc|đài loan|dai loan|singapore|mỹ|hoa kỳ|hoa ky|pháp|đức|thái lan|thai lan|úc|hồng kông|hong kong|châu âu|chau au)(?![\p{L}])/giu;

// A paper named, then said lost at the clause's end ("gcn cửa hàng gas bị mất", "giấy phép kinh
// doanh rượu của em bị mất rồi"): a paper lost, as "bị mất giấy" says; not a job or money lost, nor
// "có bị mất không" (will I lose it).
const PAPER_LOST =
  /(?<![\p{L}])((?:giấy chứng nhận|giấy phép|giấy xác nhận|giấy cn|giay chung nhan|giay phep|giay xac nhan|giay cn|gcn|gplđ|gpld)(?:\s+[\p{L}\p{N}]+){0,6}?(?<!\s(?:có|co|sẽ|se|không|khong|ko))\s+(?:bị|bi) (?:mất|mat))(?=\s*(?:rồi|roi|ạ|a|thì|thi)?\s*(?:[,.;:?!]|$))/giu;

// "20% off", "30 percent off": a discount, as a promotion is.
const PERCENT_OFF = /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?(?:%|percent|per cent)\s+off(?![\p{L}])/giu;

// "Lost his factory job" is a job lost ("lost his job"), no paper to re-issue ("lost his …").
const JOB_LOST = /(?<![\p{L}])lost (his|her|my|their|our|the) (?:[\p{L}-]+ ){1,2}?(jobs?|positions?)(?![\p{L}])/giu;

// "Replace 2 quality engineer positions with 3 technicians", "replacing our chief representative":
// people or jobs swapped, no paper replaced ("replace", "replacement" re-issue a paper).
const PEOPLE_REPLACED =
  /(?<![\p{L}])replac(?:e|ed|es|ing)(?= (?:(?:\d+|two|three|four|five|a|an|the|our|their|some|his|her|its|my) )*(?:[\p{L}-]+ ){0,3}?(?:positions?|workers?|employees?|staff|engineers?|technicians?|experts?|managers?|specialists?|jobs?|roles?|people|persons?|directors?|representatives?|members?)(?![\p{L}]))/giu;

// What the person says they are not or do not do: "(không phải cửa hàng bán lẻ)", "chứ không bán
// lẻ", "we don't sell bottles to take away", "we won't sell bottles", "no takeaway", "not a retail
// shop", "không cho ai ngồi uống tại tiệm", "I don't want to stop the benefit", "we don't need a
// liquor distribution licence", "không về quê được" (no move home). Not what they do not have or
// know ("không có giấy phép", "không biết", "we don't have a licence yet"): that they ask for.
const NEGATED_CONTRAST =
  /(?<![\p{L}])(?:chu khong phai la|chu khong phai|khong phai la|khong phai|chu khong|khong (?=(?:the )?ve que|ban|kinh doanh|san xuat|lam|khieu nai|to cao|cho (?:khach |ai )?(?:uong|ngoi|an)|phuc vu)|khong can (?=xin moi|cap moi|lam moi|xin lai|cap lai|giay phep|giay chung nhan)|(?:don(?:'| )?t|do not|doesn(?:'| )?t|does not) need (?:a |an |any )(?=[a-z])|not (?:a |an |for )?(?=[a-z])(?!have|has|had|hold|got|yet|know|sure|need|want|requir|allow|possibl|able)|don(?:'| )?t (?!have|know|need|want)|(?:don(?:'| )?t|do not|doesn(?:'| )?t|does not) want to (?=sue|complain|file a complaint|take (?:anyone|anybody|them|him|her) to court|stop|end|cancel|terminat|quit|take a (?:new )?job)|doesn(?:'| )?t (?!have|know|need|want)|do not (?!have|know|need|want)|does not (?!have|know|need|want)|won(?:'| )?t (?!have|know|need|want)|will not (?!have|know|need|want)|noth(?:ing)? (?:(?:is|are|was|get|gets) )?(?:sold |serv[a-z]* )?(?=to take)|no (?=take[ -]?away|bottl|retail|wholesal|game)|rather than|instead of|(?:haven(?:'| )?t|hasn(?:'| )?t|have not|has not|not yet|chua|van chua) (?=(?:yet )?(?:found|got|gotten|landed|tim (?:duoc|dc|thay|ra) (?:viec|cong viec)|co (?:viec|cong viec))))([^,.;:?!()]*?)(?=\s(?:ma|nhung|chi|but|only|just)\s|[,.;:?!()]|$)/gu;

// A trading partner's trade, not the person's own: "làm đại lý cho một thương nhân phân phối",
// "hàng em lấy từ một công ty phân phối", "ký hợp đồng lấy hàng với một công ty phân phối", "bán cho
// các cửa hàng bán lẻ", "bên cung cấp bia rượu cho mình là cty có giấy phép phân phối rượu", "mối
// hàng thuốc lá của em là đại lý bán buôn", "a contract with a fuel distributor", "sell to retailers".
const PARTNER =
  /(?<![\p{L}])(?:dai ly cho|(?:ben|nha|don vi) cung cap (?:\S+ ){0,5}?(?:la |co )(?:\S+ ){0,3}?giay phep|(?:moi hang|nguon hang|noi lay hang)(?: \S+){0,4}? la|lay hang (?:tu|cua|voi)|hop dong (?:\S+ ){0,3}?voi|nhap hang (?:tu|cua)|mua hang (?:tu|cua)|lay (?:tu|cua)|ban cho|ban lai cho|cung cap cho|with|from|buy from|sell to|supply to|supplying|selling to)\s+((?:(?:mot|1|cac|nhung|a|an|the|our|their|licensed|local|one|second|another|other|new|different) ){0,2}(?:(?:major|big|large|reputable|state-owned|national|provincial|licensed|local|lon|uy tin) )?(?:thuong nhan |cong ty |nha |doanh nghiep |dai ly |cua hang |tiem |fuel |petrol |wine |liquor |tobacco |gas )?(?:phan phoi|ban buon|ban le|distributor|wholesaler|retailer)[a-z]*)/gu;

// … and a partner who agrees to supply the person, or will, named first ("đại lý bán buôn rượu đã đồng
// ý ký hợp đồng nguyên tắc với tôi", "a liquor wholesaler has agreed to supply us", "a different
// tobacco wholesaler will supply me"): its trade too.
const PARTNER_AGREES =
  /(?<![\p{L}])((?:(?:mot|a|an|the|one|another) )?(?:(?:different|new|other|second) )?(?:(?:dai ly|cong ty|cty|nha|thuong nhan|doanh nghiep|ben|don vi) (?:ban buon|phan phoi)|(?:(?:liquor|wine|tobacco|cigarett|fuel|petrol|gas|lpg)[a-z]* )?(?:wholesal|distribut)[a-z]*)(?: [\p{L}]+){0,3}?) (?=(?:da |cung |van |moi |vua |(?:has|have|had) (?:already |also )?)?(?:dong y|nhan loi|chiu|cam ket|hua|agre|offer|promis)[a-z]*(?![\p{L}])|(?:will |(?:has|have) (?:already )?)?suppl[a-z]* (?:me|us|our|my)(?![\p{L}]))/gu;

// … and a former one ("đại lý bán buôn cũ ngừng kinh doanh"): its trade too.
const FORMER_PARTNER =
  /(?<![\p{L}])((?:dai ly|cong ty|nha|thuong nhan|doanh nghiep|ben|nha cung cap) (?:ban buon|phan phoi))(?: [a-z]+){0,2}? cu(?![\p{L}])/gu;

// … and the person's own supplier, told as theirs ("our wholesale supplier has already updated its
// contract"): a partner's trade too.
const OWN_SUPPLIER =
  /(?<![\p{L}])(?:our|my|their) ((?:(?:tobacco|cigarett|liquor|wine|beer|alcohol|fuel|petrol|gas|lpg)[a-z]* )?(?:(?:wholesal|retail|distribut)[a-z]* )?(?:supplier|distributor|wholesaler|vendor)[a-z]*)/gu;

// … and the places a producer sells to ("we sell bottles to restaurants in town"): its customers'
// trade, not the person's own.
const SOLD_TO =
  /(?<![\p{L}])(?:(?:sell|supply|supplie|deliver)[a-z]* (?:[a-z]+ ){0,2}?to (?:(?:local|nearby|the|some|several|many) )?(?:restaurant|bar|hotel|eateri|cafe|caf|karaok)[a-z]*(?: in (?:town|the city|the area))?|(?:ban|giao|cung cap|phan phoi)(?: [a-z]+){0,6}? cho (?:cac |nhung |mot so |mot vai )?(?:quan an|quan nhau|nha hang|khach san|quan ca phe|quan cafe|tiem an)(?: [a-z]+)?(?= trong (?:vung|khu vuc|tinh|xa|phuong)|[,.;:?!]|$))/gu;

// What someone said is not enough ("a local retail or wholesale licence is not enough", "giấy phép
// bán lẻ là không đủ"): not what is asked for.
const NOT_ENOUGH =
  /(?<=^|[,.;:?!()]\s*|(?:said|say|says|told us|told me|noi|bao|rang|that) )([^,.;:?!()]*?) (?:(?:is|are|was|would be|will be|la) (?:not|khong|chua)|(?:isn|aren|wasn)(?:'|’| )?t) (?:enough|sufficient|du)(?![\p{L}])/gu;

// What the person wonders whether they need (QueryAnalysis.wondered), up to "không", "hay", "or",
// "like" or the clause's end.
const WONDERED =
  /(?<![\p{L}])(?:(?:do|does|did) (?:i|we|they|he|she|you) (?:really |still |also |even )?need (?:to (?:get|apply for|have|obtain) )?(?!(?:to|for|do|be|it|that|this|any ?thing|someth)(?![\p{L}]))|(?:co|co con|con) (?:can|phai) (?:xin|lam|co) |tuong (?:la )?(?:phai|can) (?:xin|lam|co) )([^,.;:?!]*?)(?=\s(?:khong|ko|k|hay|or|like|nua)(?![\p{L}])|[,.;:?!]|$)/gu;

// Two actions the person hesitates between ("phải xin cấp lại hay làm cấp điều chỉnh?", "do I
// apply for reissue or for amendment?"): what happened, told elsewhere, says which.
const VARIANT_WORDS =
  '(?:cap lai|gia han|cap dieu chinh|dieu chinh|sua doi|bo sung|cap moi|xin moi|lam moi|extend|extension|reissu|re-issu|renew|amend|modif|updat)[a-z]*';
const EITHER = new RegExp(
  `(?<![\\p{L}])(${VARIANT_WORDS}(?: [\\p{L}'-]+){0,5}? (?:hay|hoac|or)(?: la)?(?: (?:xin|lam|phai|for|get|to|an?|the|it|apply|apply for|do))* ${VARIANT_WORDS})(?![\\p{L}])`,
  'gu',
);

// What someone else told the person they must do ("My accountant said … we must apply for a
// reissue", "Sếp bảo phải nộp lại đơn đăng ký mới", "có người bảo …", "bên tư vấn bảo …"): what they
// were told, not what happened.
const TOLD = new RegExp(
  `(?<![\\p{L}])(?:(?:said|say|says|told (?:me|us)|tell (?:me|us)|suggest[a-z]*|insist[a-z]*)(?: that)?|(?:sep|ban|anh|chi|co|chu|ong anh|ba chi|ke toan|nguoi quen|dong nghiep|hang xom|nguoi ta|(?:co )?nguoi(?: khac)?|(?:ben )?tu van|luat su)(?: (?:cua )?(?:em|e|toi|minh|mk))? (?:bao|noi)(?: (?:la|rang))?)\\s([^.;?!\\n]*?)(?=,?\\s+(?:but|nhung)\\s|[.;?!\\n]|$)`,
  'gu',
);

// A card the question points back at ("permission for me to use the card", "em có đủ điều kiện xin
// thẻ không"), the story having named it: someone else's card, set aside with the story, is the
// kind of card asked about. Not a card with its own name after it ("the card number").
const CARD_BACK =
  /(?<![\p{L}])(?:(?:the|this|that|such a|a|one|the same|my own|my|our|his|her) card|thẻ(?= (?:này|đó|ấy|như vậy|như thế)(?![\p{L}])| (?:không|ko|k|chưa|ạ|a|nhé|thì|cho|ở|tại|mất|bao)(?![\p{L}])|\s*[,.;:?!]|\s*$))(?! (?:number|reader|payment|machine)(?![\p{L}]))/giu;

/** The message with a bare card it points back at named in full, when its story names one card. */
function pointedBack(typed: string, lexicon: Lexicon): string {
  if (typed.search(CARD_BACK) < 0) return typed;
  const cards = unique(
    lexicon.canonical(fold(lexicon.expand(lower(typed)))).filter((phrase) => phrase.startsWith('the ')),
  );
  const [card] = cards;
  if (cards.length !== 1 || card === undefined) return typed;
  return typed.replace(CARD_BACK, (said) => `${said} (${card})`);
}

/** Clauses set aside (each pattern's first group, in order), and the rest. */
type NegatedClauses = { negated: string[]; rest: string };

function clausesSetAside(folded: string, patterns: readonly RegExp[]): NegatedClauses {
  const negated: string[] = [];
  const setAside = (_: string, clause: string) => {
    negated.push(clause);
    return ' | ';
  };
  const rest = patterns.reduce((text, pattern) => text.replace(pattern, setAside), folded);
  return { negated, rest };
}

/** The clauses said only as what the person wonders whether they need, or was told to do. */
const wonderedClauses = (folded: string) => clausesSetAside(folded, [TOLD, WONDERED, EITHER]);

/** The clauses said only as what the person is not or does not do, or as a partner's trade. */
const negatedClauses = (folded: string) =>
  clausesSetAside(folded, [NOT_ENOUGH, NEGATED_CONTRAST, PARTNER, PARTNER_AGREES, FORMER_PARTNER, OWN_SUPPLIER]);

/**
 * The lexicon's concepts said only there ("Mr. Park is not exempt"), as `read` finds them: no
 * concept the question asks about.
 */
function conceptsNegated({ negated, rest }: NegatedClauses, read: (text: string) => string[]): Set<string> {
  if (negated.length === 0) return new Set();
  const elsewhere = new Set(read(rest));
  return new Set(read(negated.join(' | ')).filter((concept) => !elsewhere.has(concept)));
}

function negatedOnly({ negated, rest }: NegatedClauses, lexicon: Lexicon): string[] {
  if (negated.length === 0) return [];
  const termsOf = (text: string) => {
    const segments = [...segmentsOf(text), ...lexicon.canonical(text).map((phrase) => phrase.split(' '))];
    return new Set([...segments.flat(), ...bigramsOfSegments(segments)]);
  };
  const elsewhere = termsOf(rest);
  return [...termsOf(negated.join(' | '))].filter((term) => !elsewhere.has(term));
}

// Words before or after "online" that make it the way something is sold, not the way to submit.
const SELLING = '(?:shop|ban hang|ban|kinh doanh|cua hang|mua ban|mua hang|websit|web|stor|sell|sale)';
// "Nộp hồ sơ", "gửi hồ sơ": the dossier as what is submitted, not the question what it holds.
const SUBMITTING = '(?:nop|gui|dua|tiep nhan|tra|xu ly|chuyen)';
const GUARDS: Partial<Record<Aspect, [string, string]>> = {
  online: [`(?<!${SELLING} )`, `(?! ${SELLING}\\b|shop)`],
  // "trước bao nhiêu ngày", "how long before it expires": when to file, a condition (above).
  time_limit: ['(?<!truoc )', '(?! before| in advance| ahead)'],
  documents: [`(?<!${SUBMITTING} )`, ''],
};

const ASPECT_PATTERNS = ASPECTS.map((aspect) => {
  const [before, after] = GUARDS[aspect] ?? ['', ''];
  const cues = ASPECT_CUES[aspect].map(asExpanded).map(escapeRegExp).join('|');
  return [aspect, new RegExp(`${before}(?<![\\p{L}])(?:${cues})(?![\\p{L}])${after}`, 'u')] as const;
});

const CUE_WORDS = 'hỏi|gì|nào|sao|không|bao nhiêu|bao lâu|ở đâu|có phải|ra sao|how|what|where|when|which|can i|do i';
const QUESTION_CUES = new RegExp(`\\?|(?<![\\p{L}])(${CUE_WORDS})(?![\\p{L}])`, 'u');
const FOLDED_QUESTION_CUES = new RegExp(`\\?|(?<![\\p{L}])(${fold(CUE_WORDS)})(?![\\p{L}])`, 'u');

/**
 * Whether a text asks something (a question mark or a question word). Read with its accents when
 * typed with them: folded, "xã hội", "hồi năm ngoái" and "hơi lâu" would all say "hỏi".
 */
export function asksSomething(text: string): boolean {
  const typed = lower(text).replace(LEAD_IN, ' ').replace(NO_PROBLEM, ' ').replace(NOTHING, ' ').replace(KNOWN, ' ');
  if (hasAccents(typed)) return QUESTION_CUES.test(withoutIndefinites(typed).replace(NEGATION, ' '));
  // An English sentence asks by its English words only: "Hoi An", "Bao Loc" say no "hỏi", "bao".
  const cues = detectLanguage(typed) === 'en' ? ENGLISH_QUESTION_CUES : FOLDED_QUESTION_CUES;
  return cues.test(withoutIndefinites(fold(typed)).replace(NEGATION, ' '));
}

// "She already knows which documents are required": what someone knows, said, not asked (not "I
// don't know which office handles it").
const KNOWN =
  /(?<![\p{L}])(?<!(?:don't|don’t|do not|doesn't|doesn’t|does not|not|to) )(?:already )?(?:knows?|knew) (?:which|what|how|where|when)(?![\p{L}])/gu;

// "… để ở quầy nên không sao.": no problem, said, not "có sao không", asked.
const NO_PROBLEM = /(?<![\p{L}])(?:không|khong|ko|k) sao(?=\s*(?:[.,;!]|$))/gu;

// "Cho em hỏi," before a story ("ad ơi cho e hỏi, e nghỉ việc … rồi."): a courtesy that opens the
// message, not a question; "cho em hỏi thủ tục …" goes on to say what it asks and stays one.
const LEAD_IN =
  /(?<![\p{L}])(?:cho|xin cho|cko) (?:em|e|mình|minh|mk|tôi|toi|t|chị|chi|anh|cháu|chau|con) (?:được |duoc |dc )?(?:hỏi|hoi)(?: (?:chút|chut|xíu|xiu|với|voi|ạ|a|nha|nhé|nhe))*(?=\s*[,:;]|\s*$)/gu;
// … and "The problem is the certificate … for the cylinder filling plant": what the person says is
// the problem is what they ask about.
const ENGLISH_QUESTION_CUES =
  /\?|(?<![\p{L}])(?:how|what|where|when|which|can i|do i|the (?:problem|issue) is)(?![\p{L}])/u;

// "Không" before what is not done is a negation ("tôi không bán rượu mang về"), not the end of a
// question ("có cần giấy phép không", "… không ạ", "không biết nộp ở đâu"). Only for whether a
// sentence asks (asksSomething); the focus of a question (focusOf) keeps such a sentence: measured,
// it carries the subject of a story ("tìm mãi không thấy giấy chứng nhận của trạm nạp") too often.
const NEGATION =
  /(?<![\p{L}])(?:không|khong)(?= \p{L})(?! (?:ạ|a|vậy|vay|nhỉ|nhi|hả|ha|nhé|nhe|ak|ah|anh|chị|chi|em|ad|hay|thì|thi|và|va|biết|biet|còn|con|nữa|nua|hở|ho)(?![\p{L}]))/gu;

// "Gì" as "anything" in a statement, not "what": "không ai gọi báo gì", "không có bốc thăm gì hết".
const INDEFINITE =
  /(?<![\p{L}])(?:(?:không|chẳng|chưa|khong|chang|chua) ai(?: \p{L}+){0,5}? (?:gì|gi)|(?:(?:không|chẳng|khong|chang)(?: \p{L}+){0,5}? )?(?:gì|gi) (?:hết|cả|het|ca))(?![\p{L}])/gu;
// A clause that ends on it ("chạy xong rồi, không vướng gì.", "chưa có giấy gì") asks nothing,
// unless the person says they do not know it ("không biết phải làm gì", which asks). Only for
// whether a sentence asks: the focus keeps it, as it keeps a negation (NEGATION).
const NOTHING =
  /(?<![\p{L}])(?:không|chẳng|chưa|khong|chang|chua)(?: (?!(?:biết|biet|rõ|ro|hiểu|hieu|chắc|chac|nắm|nam)(?![\p{L}]))\p{L}+){1,2} (?:gì|gi)(?=\s*(?:[.,;!]|$))/gu;

/** A text (as typed or folded) without the question words that ask nothing there. */
export function withoutIndefinites(text: string): string {
  return text
    .replace(INDEFINITE, ' ')
    .replace(COPY, ' ')
    .replace(EVERY, ' ')
    .replace(RELATIVE, ' ')
    .replace(RELATIVE_REMARK, ' ');
}

// An English "which", "when", "where", "what" or "how" inside a statement joins a clause ("the
// representative office of our partner, which was licensed in 2020", "claim it back when they
// leave"), it asks nothing: a question word asks at the start of a sentence or clause, after
// "and", "or", "but", after a verb of asking or knowing ("know what", "tell us which"), before
// "to" ("where to submit"), "much", "long", "many", or with a verb form of a question within two
// words ("which office do I file with", "how long does it take"), but for what the person knows
// or thinks of it ("a new work permit, which I know is a separate process").
const RELATIVE = new RegExp(
  `(?<=[\\p{L}\\p{N}],?\\s)(?<!(?:${[
    'and|or|but|so|also|then|plus',
    'know|knew|ask|asking|asked|tell|wonder|wondering|sure|unsure|clarify|confirm|explain|advise|check|learn|see|understand|out|decide|find',
    'me|us|him|her|them|about|on|regarding|idea|is|to|of|exactly|please|and if',
  ].join(
    '|',
  )})\\s)(?:which|when|where|what|how)(?![\\p{L}])(?!\\s+(?:to|much|long|many|soon|often|far)(?![\\p{L}]))(?!(?!\\s+(?:i|we) (?:know|think|believe|understand|assume|guess)(?![\\p{L}]))(?:\\s+[\\p{L}'’]+){0,2}\\s+(?:do|does|did|can|could|should|must|will|would|shall|may|might|is|are|am|need|needs|have to|has to)(?![\\p{L}]))`,
  'giu',
);

// "Nào … cũng" is "every", not "which": "tháng nào cũng đi báo", "năm nào công ty cũng đăng ký".
const EVERY = /(?<![\p{L}])(?:nào|nao)(?: \p{L}+){0,3}? (?:cũng|cung)(?![\p{L}])/gu;

// … and "…, which is tiring", "…, which was a long process": a remark after a comma on what was
// just said, not "…, which is the right office" nor "which is better".
const RELATIVE_REMARK =
  /(?<=[\p{L}\p{N}],\s)which(?=\s+(?:is|was|are|were|has been|had been)\s+(?!(?:the|a|an|it|that|this|better|best|right|correct|proper|quicker|faster|cheaper|easier|more|less|needed|required|necessary)(?![\p{L}]))\p{L})/giu;

// "Bản sao" is a copy, not "sao" (how): "đã nộp bản sao hộ chiếu".
const COPY = /(?<![\p{L}])(?:bản sao|ban sao|sao y|sao chép|sao chep|sao lục|sao luc)(?![\p{L}])/gu;

// "Đang hưởng trợ cấp thất nghiệp mà …", "mới nhận TCTN được nửa tháng, muốn …", "hội chợ đăng
// ký rồi, giờ …": what the person already receives or has done is their situation, not what they
// ask for (re-issue, move, amend, stop it…); the procedure named there counts as context, from
// "đang/đã/mới …" to the end of the clause, or from the start of the clause to "… rồi".
const receivingClause = (spell: (words: string) => string) => {
  // … up to the question that follows: "mà", "thì", "giờ muốn", "có được … không".
  const clauseEnd = `(?=\\s(?:${spell('mà|thì|nhưng|nay|giờ|muốn|có (?:được|phải|cần|thể)')})(?![\\p{L}])|[,.;:?!]|$)`;
  // Not "người đang hưởng …": that names who a procedure is for ("hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp");
  // but "trong đó một người vừa được gia hạn GPLĐ" is one person's case, and "trong thời gian hưởng …" the time frame.
  // "đã có giấy phép …": the licence the person holds, not the one asked for; "đã nghiệm thu PCCC",
  // "đã kiểm định xong": a step another office has done, not what is asked.
  // "Chờ bao nhiêu ngày mới được hưởng": after a time, "mới" is "only then", not "newly".
  // "tháng 3 vừa rồi còn gia hạn giấy xác nhận đó", "cty phân phối … vừa rồi đi cấp lại giấy phép": done lately.
  // Not what never happened: "chưa từng có giấy phép thuốc lá" is a first licence, asked for.
  // "Tháng trước em đã đi báo tìm việc đúng hạn": a monthly report made.
  // "Năm ngoái tôi đã giúp em trai làm thủ tục chuyển nơi hưởng …": a file the person helped with.
  const newly = `(?<!${spell('(?:ngày|tháng|năm|lâu|giờ|thì|sau|khi nào)')}\\s)${spell('mới')}`;
  const receiving = `(?<!${spell('(?:chưa|không)')}\\s)(?<!(?<!${spell('(?:một|1|có|trong đó)')}\\s)${spell('người')}\\s)(?:${spell('đang|đã|vừa|từng|hiện|bắt đầu|vừa rồi(?: (?:còn|cũng|đi|có|đã))?|vừa qua(?: (?:còn|cũng|đi|có|đã))?|trong (?:thời gian|lúc|khi)(?: (?:đang|còn))?')}|${newly}|${spell('còn')}(?= ${spell('bảo lưu')})) ${spell('(?:được |làm thủ tục |đi làm thủ tục |làm |đi làm |giúp (?:[^\\s,.;:?!]+ ){1,2}?(?:làm thủ tục |làm )?)?(?:hưởng|nhận|bảo lưu|chuyển nơi hưởng|chuyển hưởng|xin cấp lại|làm cấp lại|xin được|xin đc|xin dc|xin cấp|xin lại|làm lại|gia hạn|lãnh|lĩnh|đăng ký|thông báo|đi báo|cấp|có giấy|giấy xác nhận|nghiệm thu|kiểm định|hoàn thành|hoàn tất|có quyết định|làm giấy giới thiệu|cấp giấy giới thiệu)')}(?![\\p{L}])[^,.;:?!]*?${clauseEnd}`;
  // "… không có quay số trúng thưởng": what the person says is not the case is not asked either.
  const negated = `${spell('không (?:có|phải là|kèm theo|kèm)')}(?![\\p{L}])[^,.;:?!]*?${clauseEnd}`;
  // "đất đai với giấy phép xây dựng lo xong hết rồi", "đã làm xong giấy phép bán lẻ rượu ở xã rồi",
  // "đã làm xong thay đổi đăng ký doanh nghiệp", "tháng trước vừa làm xong đăng ký hộ kinh doanh",
  // "cũng vừa làm xong khai báo máy móc thiết bị", "đăng ký xong nội quy lao động", "đã khai báo xong
  // hai nồi hơi" (what follows "xong", up to the clause's end),
  // "còn hồ sơ gia hạn GPLĐ … thì đã nhận kết quả xong": taken care of, too.
  const done = `[^,.;:?!]*?(?<![\\p{L}])${spell('(?:(?:đăng ký|thông báo|hưởng|nhận|làm)(?: riêng| xong| trước)? rồi|(?:lo|làm|xin|kiểm định|nghiệm thu|đăng ký|thông báo|khai báo|nộp|gửi) xong(?: hết| cả)?(?: rồi)?|(?:nhận|có) kết quả (?:xong|rồi)(?: rồi)?)')}(?![\\p{L}])(?:${clauseEnd.replace('(?=', '(?!')}\\s(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd})?`;
  // "Em nhận BHTN được 1 tháng thì …", "có lãnh trợ cấp thất nghiệp 3 tháng rồi": a benefit received
  // for a while is the person's situation too.
  const lasting = `(?<!${spell('người')}\\s)${spell('(?:hưởng|nhận|lãnh|lĩnh)')}(?![\\p{L}])[^,.;:?!]{0,40}?(?<![\\p{L}])(?:${spell('được')} \\d+ ${spell('(?:tháng|tuần|ngày|năm)')}|\\d+ ${spell('(?:tháng|tuần|ngày|năm) rồi')})(?![\\p{L}])`;
  // "đã có đăng ký hộ kinh doanh", "có giấy đăng ký kinh doanh", "đã có đăng ký doanh nghiệp" (and the
  // papers listed with it: "đã có đăng ký hộ kd và gp bán lẻ thuốc lá"): the
  // registration a shop or company holds, not one it asks about ("có phải có đăng ký hộ kinh doanh
  // không", "cần có đăng ký kinh doanh").
  const registered = `(?<!${spell('(?:phải|cần|buộc|chưa)')}\\s)${spell('(?:đã |vẫn )?có (?:giấy (?:chứng nhận )?)?(?:đăng ký|đk) (?:(?:hộ )?(?:kinh doanh|kd)|doanh nghiệp)')}(?![\\p{L}])(?:[^,.;:?!]{0,40}?${spell(' rồi')}(?![\\p{L}]))?(?!\\s*(?:${spell('không|chưa|hay|chứ|thì')}(?![\\p{L}])|\\?))(?: ${spell('(?:và|với|cùng) (?:giấy phép|giấy chứng nhận|giấy|gp|gcn)')}(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd})?`;
  // "có giấy phép bán lẻ rượu với thuốc lá đầy đủ", "có giấy chứng nhận cửa hàng xăng rồi": a
  // licence held in full, said without "đã" (not "cần có giấy phép … đầy đủ", "có … rồi không").
  // "đồng thời có giấy phép bán buôn rượu", "…, có giấy xác nhận thông tin cư trú": one of several
  // papers the person lists as held, the whole clause (not "có giấy phép … do Sở cấp" alone: the
  // licence a story names first is often the one whose re-issue it asks about).
  const held = `(?<!${spell('(?:phải|cần|buộc|chưa|không|mới)')}\\s)${spell('có (?:đủ |đầy đủ )?giấy (?:phép|chứng nhận)')}(?![\\p{L}])[^,.;:?!]*?(?<![\\p{L}])${spell('(?:đầy đủ|rồi|đủ cả|hết rồi)')}(?![\\p{L}])(?!\\s*(?:${spell('không|chưa|hay|chứ|thì')}(?![\\p{L}])|\\?))|(?:${spell('(?:đồng thời|ngoài ra|bên cạnh đó) (?:cũng |còn )?(?:đã )?có giấy (?:phép|chứng nhận)')}|(?<=(?:^|[,.;])\\s*)${spell('(?:đã )?có giấy xác nhận')})(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd}`;
  // "đang tính làm hồ sơ hưởng TCTN nhưng giờ muốn …", "định làm hồ sơ … nhưng công ty nợ …": a plan the
  // person turns from or is stopped in; "bạn em khuyên nên xin chuyển nơi hưởng … nhưng em thấy giờ
  // không cần nữa": advice turned down.
  const abandoned = `${spell('(?:đang tính|định|dự định|tính|khuyên|khuyên nên|gợi ý|bảo nên)')}(?![\\p{L}])[^,.;:?!]*?(?=\\s${spell('nhưng')}(?![\\p{L}]))`;
  // "Chị làm trước em nghỉ rồi, chỉ để lại bộ hồ sơ đăng ký bốc thăm trúng thưởng hồi năm ngoái": a
  // file someone left behind, the story.
  const leftBehind = `${spell('để lại (?:bộ |các |mấy |cái )?(?:hồ sơ|giấy tờ)')}(?![\\p{L}])[^,.;:?!]*?${clauseEnd}`;
  // "được duyệt trợ cấp thất nghiệp 5 tháng", "được hưởng 6 tháng", "được quyết định hưởng trợ cấp
  // thất nghiệp 6 tháng": the benefit granted, for how long.
  const granted = `${spell('(?:được (?:duyệt|hưởng|cho hưởng|nhận|giải quyết|quyết định (?:cho )?hưởng)|có quyết định (?:cho )?hưởng)')}(?![\\p{L}])[^,.;:?!]{0,40}?(?<![\\p{L}\\p{N}])\\d+ ${spell('tháng')}(?![\\p{L}])`;
  // "Năm 2024 công ty đã được Sở Công Thương cấp lại giấy phép bán buôn": what an office did for the
  // person, named between "được" and the act, the whole clause.
  const grantedBy = `${spell('(?:đã|vừa|từng) được (?:sở|ubnd|ủy ban|phòng|bộ|cục|chi cục|trung tâm|cơ quan|xã|phường|tỉnh)')}(?: \\p{L}+){0,4}? ${spell('(?:cấp lại|cấp|gia hạn|điều chỉnh|sửa đổi|chấp thuận|xác nhận)')}(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd}`;
  // "Năm ngoái chúng tôi chỉ giảm giá nên chỉ gửi thông báo", "trước có xin giấy phép bán lẻ rượu …",
  // "trước đây trường có một cô giáo … nhưng cô ấy chỉ cần giấy xác nhận …" (what was needed then),
  // "trước đó tôi có hỏi về hỗ trợ học nghề" (an earlier question, not this one),
  // "gia đình tôi trước có cửa hàng bán gas bình",
  // "sau đó có gửi thêm thông báo sửa đổi", "năm ngoái gia hạn giấy phép lao động cho 3 người": what
  // was done on an earlier occasion.
  const before = `${spell('sau đó (?:có|đã|cũng đã|lại|cũng) (?:gửi|làm|nộp|đăng ký|thông báo|xin)')}(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd}|${spell('(?:năm ngoái|năm trước|lần trước|đợt trước|trước đây|trước đó|hồi trước)')}(?: \\p{L}+){0,6}? (?:${spell('chỉ ')})?${spell('(?:làm|gửi|đăng ký|thông báo|nộp|tổ chức|chạy|giảm giá|tặng|đổi|đã xin|từng xin|từng làm|gia hạn|cấp lại)')}(?![\\p{L}])[^,.;:?!]*?${clauseEnd}|${spell('(?:trước đó|trước đây|lần trước|hôm trước|tháng trước|đợt trước|hồi trước)')}(?: \\p{L}+){0,2}? ${spell('(?:có |đã |từng |cũng )?hỏi')}(?![\\p{L}])(?![^,.;:!]*?\\?)[^,.;:?!]*?${clauseEnd}|${spell('(?:năm ngoái|năm trước|lần trước|đợt trước|trước đây|hồi trước)')}(?: \\p{L}+){0,12}? ${spell('chỉ (?:cần|phải)')}(?![\\p{L}])[^,.;:?!]*?${clauseEnd}|${spell('(?:năm ngoái|năm trước|lần trước|đợt trước)')}(?: \\p{L}+){0,4}? ${spell('xin')}(?![\\p{L}])[^,.;:?!]*?${clauseEnd}|${spell('trước (?:đây )?(?:có|đã có|từng có|từng mở|đã mở)')} ${spell('(?:cửa hàng|quán|tiệm|đại lý)')}(?![\\p{L}])[^,.;:?!]*?${clauseEnd}|${spell('trước (?:có|đã|từng)')} ${spell('(?:xin|làm|nộp|đăng ký)')}(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd}`;
  // "Năm nào công ty cũng đăng ký …", "hằng năm đều thông báo …": what the person does every year;
  // not what must be done every year, nor a clause that asks ("tháng nào cũng phải lên trung tâm
  // thông báo tìm việc à?").
  const habit = `(?:${spell('(?:năm|tháng|quý|đợt|kỳ|mùa|lần|dịp) nào')}(?: \\p{L}+){0,4}? ${spell('cũng')}|${spell('(?:hằng|hàng|mỗi) (?:năm|tháng|quý|đợt|kỳ)')}(?: \\p{L}+){0,4}? ${spell('(?:đều|cũng)')})(?![\\p{L}])(?! ${spell('(?:phải|cần|bắt buộc)')}(?![\\p{L}]))[^,.;:?!]*?${clauseEnd}(?!\\?)`;
  // "Trước giờ toàn nhờ dịch vụ làm hộ, như vụ thông báo khuyến mại và xin giấy ATTP": how the person
  // always did it before, with the files they name as its examples, not what they ask now.
  const pastHabit = `${spell('trước (?:giờ|nay|đây)')}(?: \\p{L}+){0,3}? ${spell('(?:toàn|đều|hay|thường|vẫn|chỉ)')} ${spell('(?:nhờ|thuê|làm|nộp|để|đi|mang)')}(?![\\p{L}])[^,.;:?!]*?(?:,\\s*${spell('(?:như|kể cả|ví dụ|chẳng hạn)')}(?![\\p{L}])[^.;:?!]*?)?${clauseEnd}(?!\\?)`;
  // "Tháng trước nhà máy đã khai báo xong hai nồi hơi", "vừa tổ chức xong hội chợ", "vừa làm chuyển nơi
  // hưởng trợ cấp thất nghiệp từ Quảng Trị vào Đắk Lắk xong rồi": a procedure done,
  // not "đã làm xong chưa", nor what was built ("vừa xây xong cây xăng" is what is to be certified).
  const finished = `${spell('(?:đã|vừa|mới) (?:đi )?(?:khai báo|đăng ký|thông báo|báo|tổ chức|làm thủ tục|hoàn tất thủ tục|xin|làm|nộp|gửi)')}(?: [\\p{L}\\p{N}]+){0,14}? ${spell('xong')}(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd}`;
  // "Hồ sơ hội chợ đã được Sở xác nhận": what an office has confirmed, the whole clause.
  const confirmed = `[^,.;:?!]*?(?<![\\p{L}])${spell('đã được')}(?: \\p{L}+){0,2}? ${spell('xác nhận')}(?![\\p{L}])[^,.;:?!]*?${clauseEnd}`;
  // "Hồ sơ gia hạn giấy phép lao động đã gửi qua bưu điện tuần trước", "e đã nộp hồ sơ … qua mạng rồi":
  // a file already sent, up to where or how it went ("… ở Trung tâm Phục vụ hành chính công" may be
  // what is asked about); not "đã gửi thông báo khuyến mại", the notification whose change is asked.
  const sent = `[^,.;:?!]*?(?<![\\p{L}])(?:${spell('hồ sơ')}[^,.;:?!]*?${spell('(?:đã|vừa) (?:gửi|nộp)')}|(?:${spell('đã|vừa')}|${spell('nhờ')}(?: \\p{L}+){1,4}?) ${spell('(?:gửi|nộp) hồ sơ')})(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không')}(?![\\p{L}])|\\?))[^,.;:?!]*?(?:(?=\\s${spell('(?:ở|tại|qua|lên|trên)')}\\s)|${clauseEnd})`;
  // "Đơn vị kiểm định đã kiểm định lần đầu và cấp kết quả đạt": a check another body has done, the whole clause.
  const checked = `[^,.;:?!]*?(?<![\\p{L}])${spell('(?:đã|vừa) (?:kiểm định|nghiệm thu|thẩm định|phê duyệt)')}(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd}`;
  // "Giấy phép bán lẻ thì để ngoài quầy nên vẫn còn": what is still there is not what is asked
  // about (not "giấy phép còn hạn không").
  const still = `[^,.;:?!]*?(?<![\\p{L}])${spell('(?:vẫn còn|còn nguyên|vẫn nguyên)')}(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không|hay')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd}`;
  // "Tháng trước em vẫn đi thông báo tìm việc đều đặn": a report the person keeps making as required,
  // their situation (not "vẫn đi báo có được không", which asks about it).
  // (Folded, "tư vấn báo" is no "vẫn báo": "bên tu van bao phai xin giấy phép …" is advice.)
  const kept = `(?<!${spell('tư')}\\s)${spell('(?:vẫn|vẫn đều|đều|vẫn đều đặn) (?:đi |lên |lên trung tâm |đến trung tâm |ra trung tâm )?(?:thông báo|khai báo|báo|nộp)')}(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không|được không')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd}`;
  // "… nên em về quê và đã được duyệt hưởng": a move told as done before what followed it, not one asked for.
  // "… được 2 tháng thì về quê Cao Bằng; …": a move told in sequence, the clause ending with no question.
  // "về quê chăm mẹ ốm khoảng 1 tuần", "tuần sau em phải về quê chăm mẹ mổ": a trip, for days or to
  // care for someone (not "về quê chăm mẹ luôn", for good).
  const movedBefore = `${spell('về quê')}(?![\\p{L}])[^,.;:?!]{0,30}?(?=\\s${spell('(?:(?:và|rồi|thì) (?:đã|mới)|nên (?:lỡ|quên|trễ|không kịp|chưa))')}(?![\\p{L}]))|${spell('về quê (?:chăm|thăm|đưa|dự|lo đám|đám|ăn tết|ăn cưới|có việc)')}(?![\\p{L}])(?![^,.;:?!]*?(?<![\\p{L}])${spell('(?:luôn|hẳn|lâu dài|sinh sống)')}(?![\\p{L}]))[^,.;:?!]{0,30}?(?=[,.;:?!]|$)|${spell('về quê')}(?![\\p{L}])[^,.;:?!]{0,30}?${spell('(?:khoảng|chừng|vài|mấy|một|1|2|3) (?:ngày|hôm|tuần)')}(?![\\p{L}])|(?<=${spell('thì')}\\s)${spell('về quê')}(?![\\p{L}])[^,.;:?!]{0,30}?(?=[,.;:])`;
  // "Giấy đăng ký hộ kinh doanh cũng đã cập nhật địa chỉ mới", "đã sửa đổi bổ sung một lần năm 2023",
  // "cửa hàng thứ nhất vừa được sửa đổi giấy phép", "đã sửa lại nội dung theo góp ý của luật sư",
  // "hồi đầu năm em vừa làm sửa đổi giấy phép bán lẻ thuốc lá": a paper
  // already brought up to date, the whole clause.
  const updated = `[^,.;:?!]*?(?<![\\p{L}])${spell('(?:đã|vừa)(?: được| làm| đi làm| làm thủ tục)? (?:cập nhật|điều chỉnh|đổi sang|đổi qua|sửa đổi(?: bổ sung)?|sửa lại)')}(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd}`;
  // "… cửa hàng bán gas chai, giấy chứng nhận được cấp từ 2021": a paper held since a date, the whole clause.
  const issuedSince = `[^,.;:?!]*?(?<![\\p{L}])${spell('(?:giấy chứng nhận|giấy phép)')}(?![\\p{L}])[^,.;:?!]{0,30}?${spell('được cấp (?:từ|năm|hồi|vào|cách đây)')}(?![\\p{L}])(?![^,.;:!]*?\\?)[^,.;:?!]*?${clauseEnd}`;
  // "website bán hàng cũng đã thông báo với Bộ Công Thương hồi tháng 3", "web bán hàng cũng thông báo
  // với bộ công thương xong": what else is done too, the whole clause.
  const alsoDone = `[^,.;:?!]*?(?<![\\p{L}])(?:${spell('cũng (?:đã|vừa|mới) (?:thông báo|đăng ký|có|được cấp|xin|làm|gia hạn|cấp lại)')}|${spell('cũng (?:thông báo|đăng ký|xin|làm)')}(?=[^,.;:?!]*?(?<![\\p{L}])${spell('(?:xong|rồi)')}(?![\\p{L}])))(?![\\p{L}])(?![^,.;:!]*?\\?)[^,.;:?!]*?${clauseEnd}`;
  // "Giấy phép xây dựng đã có, nghiệm thu PCCC cũng xong từ tháng trước", "giấy đăng ký doanh nghiệp thì
  // đã được cấp lại xong": a paper or step said first, then that it is had or done, the whole clause.
  const saidDone = `${spell('(?:giấy|nghiệm thu|biên bản|thẩm duyệt)')}(?![\\p{L}])[^,.;:?!]{0,50}?(?<![\\p{L}])${spell('(?:đã có|cũng có|cũng xong|cũng đã xong|đã xong|xong rồi|có rồi|đã được cấp lại xong|đã được cấp xong|đã cấp lại xong|đầy đủ(?= *(?:[,.;]|$))|đủ cả(?= *(?:[,.;]|$)))')}(?![\\p{L}])(?![^,.;:!]*?(?:(?<![\\p{L}])${spell('chưa|không|cần|phải')}(?![\\p{L}])|\\?))[^,.;:?!]*?${clauseEnd}`;
  // "Tháng trước sếp nhờ em làm hồ sơ đăng ký nội quy lao động gửi Sở Nội vụ, xong xuôi rồi.": a
  // clause said done by the one after it, at its sentence's end.
  const doneAfter = `[^,.;:?!]+(?=,\\s*${spell('(?:đã |cũng )?xong(?: xuôi| hết| cả)?(?: rồi)?')}\\s*(?:[.;!]|$))`;
  // "Hãng xe bên Hà Nội … họ đã tự đăng ký với Bộ Công Thương rồi. Riêng đại lý chúng tôi muốn …": the
  // sentence before the person sets themselves apart is someone else's.
  const setApart = `[^.?!\\n]+(?=[.!]\\s*${spell('riêng')} (?:\\p{L}+ ){0,2}?${spell('(?:chúng tôi|em|mình|tôi|bọn em|chúng em)')}(?![\\p{L}]))`;
  // "Năm ngoái giấy chứng nhận cửa hàng gas của chi nhánh bị mất và chúng tôi đã làm lại ở huyện rất
  // nhanh.": a sentence told of an earlier occasion, with what was done then, and no turn to what
  // is asked ("nay", "giờ", "muốn", "nhưng"…) nor a question in it: the story, the whole sentence.
  // Not what was granted then ("năm ngoái công ty đã được chấp thuận sử dụng 5 chuyên gia"), which
  // what is asked may change.
  const turn = `\\s${spell('(?:nay|giờ|bây giờ|muốn|nhưng|mà|cần|hỏi|lần này|còn|thì|chưa|không)')}(?![\\p{L}])`;
  const earlierTold = `${spell('(?:năm ngoái|năm trước|lần trước|đợt trước|hồi trước|trước đây|hồi năm ngoái)')}(?![\\p{L}])(?:(?!${turn})[^.?!\\n])*?(?<![\\p{L}])${spell('(?:đã(?! được)|rồi)')}(?![\\p{L}])(?:(?!${turn})[^.?!\\n])*(?=[.!\\n])`;
  // "…, rồi làm thông báo sửa đổi chương trình khuyến mại luôn.": a step done next in the story, the whole clause.
  const thenToo = `${spell('rồi (?:cũng )?(?:làm|gửi|nộp|đăng ký|thông báo|xin)')}(?![\\p{L}])[^,.;:?!]*?(?<![\\p{L}])${spell('luôn')}(?![\\p{L}])(?![^,.;:!]*?\\?)(?=\\s*[,.;!]|$)`;
  // "Hồi trước mình làm ở công ty cũ, bên đó tổ chức quay số trúng thưởng thì phải đăng ký với Sở.",
  // "Công ty cũ của em năm nào cũng …": what a former workplace did, told as a sentence of its own that
  // asks nothing and does not turn to the person's own case; the whole sentence.
  const formerTurn = `\\s${spell('(?:nay|giờ|bây giờ|muốn|nhưng|lần này|còn (?:em|e|mình|mk|tôi|bên em|bên mình))')}(?![\\p{L}])`;
  const formerPlace = `(?<=^|[.!\\n]\\s*)(?:${spell('(?:hồi trước|trước đây|trước kia|lúc trước|hồi)')}(?: \\p{L}+){0,3}? ${spell('(?:làm|làm việc)')} (?:${spell('(?:ở|tại|cho)')} )?(?:\\p{L}+ ){0,2}?)?${spell('(?:công ty|cty|chỗ làm|nơi làm|xưởng|cửa hàng|quán) (?:cũ|trước(?! (?:khi|đó|hạn|ngày|tiên|mắt|mặt)))')}(?![\\p{L}])(?:(?!${formerTurn})[^.?!\\n])*(?=[.!\\n]|$)`;
  return new RegExp(
    `(?<![\\p{L}])(?:${formerPlace}|${receiving}|${movedBefore}|${negated}|${lasting}|${registered}|${held}|${granted}|${grantedBy}|${abandoned}|${leftBehind}|${before}|${habit}|${pastHabit}|${finished}|${kept})|(?<=^|[,.;:?!]\\s*)(?:${done}|${confirmed}|${still}|${updated}|${sent}|${checked}|${alsoDone}|${issuedSince}|${saidDone}|${doneAfter}|${thenToo})|(?<=^|[.!\\n]\\s*)(?:${earlierTold}|${setApart})`,
    'gu',
  );
};
// The same in English, in base forms ("getting" → "get"): "while I'm still getting unemployment
// payments", "our employee on unemployment benefit". Only the benefit so received, not the rest of
// the clause: "… just signed a contract" is what happened, and what the person asks about.
const ENGLISH_BENEFIT =
  '(?:my |her |his |their |the |an? )?(?:unemployment|jobless|ui) (?:insurance )?(?:benefit|payment|allowance|money)';
const ENGLISH_RECEIVING = new RegExp(
  `(?<![\\p{L}])(?:(?<!(?:do|does|did|can|could|to|will|would|should|shall|might|may|must|how|when|where|if) )(?:i|we|she|he|they) (?:receiv|reciev|draw|collect)[a-z]* ${ENGLISH_BENEFIT}|(?:was|were|been|got|get|am|is|are) approv[a-z]* for ${ENGLISH_BENEFIT}|${ENGLISH_BENEFIT} decision (?:came through|came|arrived|(?:was|were|ha been|has been) (?:issu|grant|approv)[a-z]*)(?: [a-z0-9]+){0,6}|(?:got|get|had|has|have|ha|received|receiv) ${ENGLISH_BENEFIT} (?:decision|approv[a-z]*)(?: (?!(?:and|but|so)(?![\\p{L}]))[a-z0-9]+){0,6}|${ENGLISH_BENEFIT} (?:was|were|has been|ha been|have been|got|get) (?:already |just )?approv[a-z]*|${ENGLISH_BENEFIT} (?:has been|ha been|have been|is being|is|was|were) (?:already )?paid(?: (?:out|to me|to her|to him))?(?: for (?:[a-z0-9]+ ){0,3}?(?:month|week|year)s?)?(?: now)?|(?:while|whilst|still|currently|already|i'm|i am|she's|she is|he's|he is|we're|they're|who is|who's|been|is|are)\\s+(?:[a-z0-9']+\\s+){0,2}?(?:on|get|receiv|reciev|claim|draw|collect)\\s+${ENGLISH_BENEFIT}|on ${ENGLISH_BENEFIT}|(?:while|whilst|still|currently)\\s+(?:[a-z']+\\s+){0,2}?on (?:the )?benefits?)(?![\\p{L}])`,
  'gu',
);
// A permit or licence the person already holds, in English ("I already have a work permit", "our
// engineers have work permits", "employees who hold work permits", "work here with valid work
// permits", "has a WP", which is spelled out in Vietnamese, "as a foreigner with a work permit"), as "đã có giấy phép …" is in
// Vietnamese: what they hold, not what they ask for. Not one they are to have ("do I have to have a
// work permit"), nor one whose state is the news ("have work permits expiring", "… that was lost").
// A licence for a kind of trade is held whole ("holds a business licence for goods trading"), one
// for an object of the person's is not ("a licence for our representative office"). So is the one
// the person "only had" before ("I only had a certificate of exemption from a work permit"), and
// a second one held beside the first ("holds the liquor retail licence and the tobacco licence").
const ENGLISH_HOLDING = new RegExp(
  `(?<![\\p{L}])(?<!(?:to|do i|do we|does he|does she|do they|must|need|should|will|would) )(?:(?:already )?(?:have|has|hold)(?: (?:a|an|the|my|our|their|his|her|valid|current))?|only had (?:a|an|the|my|our)|with (?:a |an |our |its |their )?(?:valid|current)|(?<=(?:foreigner|expat|employee|worker|staff|engineer|person|people|someone|national|teacher|manager|director)s? |(?<!(?:to|will|can|could|may|might) )(?:work|live|stay) (?:here |in vietnam )?)with(?: (?:a|an|my|our|their|his|her))?) (?:(?!(?:to|got|lost|been|get|no|not)(?![\\p{L}]))[a-z'-]+ ){0,3}?(?:permit|licenc|licens|certificat|representativ offic|giấy phép|giay phep)(?![\\p{L}])(?! (?:expir|that(?! (?:list|show|say|cover|includ|stat|mention)[a-z]*(?![\\p{L}]))|which|run|is|was|will|ha|has|had|been|lost|stolen|damag|soon|but|number)(?![\\p{L}]))(?: and (?:the|a|an|his|her|our|my|their) (?:[a-z'-]+ ){0,3}?(?:licenc|licens|permit|certificat)[a-z]*)?(?: of exemption(?: from (?:a |the )?work permit)?)?(?: for(?! (?:our|my|the|their|his|her|its|an?|this|that|each|every)(?![\\p{L}]))(?: (?!(?:but|and|or|so|which|that|who|expir|is|was|will|to)(?![\\p{L}]))[a-z'-]+){1,3})?(?: as an? (?:[a-z'-]+ ){0,2}?[a-z'-]+)?`,
  'gu',
);
// What was filed already, in English ("we already registered for on-site liquor sales", "we have
// notified our promotion"), up to the clause's end or the "but now" that brings the question.
// A household business registration the shop holds ("registered as a household business", "we have
// a business registration"): its situation, not its question.
const ENGLISH_REGISTERED =
  /(?<![\p{L}])(?:regist[a-z]* as an? (?:household|family) business|(?:our|my|the|their) (?:household |family )?business (?:registration(?: certificat[a-z]*)?|certificat[a-z]*) (?:is|was|are|ha been|has been|be) (?:already |also )?(?:done|complet|finish|approv|issu|grant|obtain|updat)[a-z]*|(?:already )?(?:have|has|hold|with) (?:a |an |our |my |the )?(?:household )?business registration(?: certificate)?)(?![\p{L}])(?!\s*\?)/gu;
// Another office's step already passed, in English ("… and received the fire police approval", "we
// have passed the fire safety inspection", "fire safety approval is done", "we also finished the
// work permit extension", "fire police already check", "the construction permit and the
// fire-safety sign-off are all done", "our export licences and customs records are all in order",
// "we recently finished the promotion notification", "two technicians already received certificates
// confirming they are exempt …", what the paper says with it), as "đã nghiệm thu PCCC" is: a statement,
// not "how do we obtain the approval", nor "the steps to set up a company and obtain an investment
// registration certificate".
const ENGLISH_DONE_STEP =
  /(?<![\p{L}])(?<!(?:do|to|can|could|should|will|would|must) )(?:(?:(?<!(?:^|\s)to (?:\S+ ){1,8})and|already|we|i|they|have|has|had)(?: also| already| just| recently)? (?:receiv|obtain|pass|got|complet|finish)[a-z]* (?:the |our |a |an |all )?(?:[a-z-]+ ){0,3}?(?:approval|acceptanc|certificat|inspection|sign-off|extension|renewal|registration|notification|paperwork)(?: certificat)?(?:,? and (?:the |our |an? )?(?:[a-z-]+ ){0,3}?(?:approval|certificat|licenc|licens|permit))*(?: for (?:[a-z'-]+ ){0,8}?[a-z'-]+(?=[,.;:?!]|$))?(?: (?:confirm|stat|show|prov|say)[a-z]* (?:[a-z'-]+ ){0,14}?[a-z'-]+(?=[,.;:?!]|$))?|(?:the )?(?:fire )?(?:polic|inspector|authorit[a-z]*)(?: (?:have|has|ha|had))?(?: already| also)+ (?:check|inspect|approv|accept|sign)[a-z]*(?: (?:it|the [a-z]+))?|(?:(?:[a-z-]+ ){0,3}(?:approval|acceptanc|inspection|sign-off|permit|licenc|licens|certificat|paperwork|paper|record|document) and )?(?:[a-z-]+ ){0,3}(?:approval|acceptanc|inspection|sign-off|permit|licenc|licens|certificat|paperwork|paper|record|document)(?: for(?: [a-z0-9'-]+){1,4}?)? (?:is|was|are|were|has been|have been|ha been|be) (?:already |all )?(?:done|complet|finish|obtain|grant|approv|pass|receiv|in order|sort)[a-z]*)(?![\p{L}])/gu;
// Papers someone finished, sorted out or handled, in English ("our HR team just finished the work
// permits for three engineers", "our manager sorted out the food hygiene paperwork", "we sorted out
// our investment and enterprise certificates", "my uncle in Hue took care of her other papers like
// health insurance", "I went through the monthly job-search reports", "she has already done her
// monthly job-search report", "we ourselves only dealt with registering our internal rules"): done,
// not "we need to finish the permit".
const ENGLISH_SORTED_OUT =
  /(?<![\p{L}])(?:we|i|they|he|she|(?:(?:our|my|the|their) (?:[a-z-]+ ){0,2}?(?:team|manager|accountant|lawyer|consultant|agent|staff|colleague|department|office)s?)|(?:my|our|his|her|their) (?:uncl|aunt|brother|sister|son|daughter|father|mother|cousin|parent|wife|wive|husband)[a-z]*(?: in [a-z]+)?)(?: ourselv[a-z]*| myself| themselv[a-z]*)?(?: only| also| already| just| recently)? (?<!(?:to|must|will|would|should|can|could|need|needs) (?:[a-z]+ )?)(?:(?:finish|complet|sort|handl)[a-z]*(?: out)?|took care of|went through|dealt with|(?:ha|has|have|had) (?:already |also |just )?(?:taken care of|gone through|done)) (?:the |our |all |their |his |her |its )?(?:[a-z-]+ ){0,3}?(?:permit|licenc|licens|certificat|paperwork|paper|document|registration|approval|report|support|rule|regulation)s?[^,.;:?!]*/gu;
// What is applied for after ("trước khi xin giấy phép lao động, có phải giải trình nhu cầu không",
// "… before applying for work permits", "before we apply for their permits, do we …", "before
// launching our online shop"): a later step, up to the person or the question that follows
// (laterStepsSetAside).
const laterStep = (spell: (words: string) => string) =>
  new RegExp(
    `(?<![\\p{L}])${spell('trước khi (?:xin|làm|nộp|được cấp|đăng ký)')}(?![\\p{L}])[^,.;:?!]+?(?=\\s(?:${spell('mà|thì|nhưng|nay|giờ|muốn|có|cần|phải|tôi|em|mình|chúng tôi|công ty|doanh nghiệp|bên')})(?![\\p{L}])|[,.;:?!]|$)`,
    'gu',
  );
const LATER_STEP = laterStep((words) => words);
const FOLDED_LATER_STEP = laterStep(fold);
const ENGLISH_LATER_STEP =
  /(?<![\p{L}])(?:before|prior to) (?:(?:we|i|they|you|he|she) (?:can )?)?(?:apply|get|obtain|fil|submit|lodg|regist|launch)[a-z]*(?: for| to)?(?: (?:a|an|the|their|our|his|her|my))? (?:[a-z'-]+ ){0,5}?[a-z'-]+(?=[,.;:?!]| (?:we|you|i|they|do|doe|must|have|ha|should|is|be|are|and|or|but|can)(?![\p{L}])|$)/gu;

/**
 * The later steps a reading names, set aside as `keep` says, but only when the rest names a
 * subject of its own: "hồ sơ cần chuẩn bị gì trước khi xin giấy phép lao động" asks about the
 * permit itself.
 */
function laterStepsSetAside(reading: string, lexicon: Lexicon, keep: (clause: string) => string): string {
  const patterns = [LATER_STEP, FOLDED_LATER_STEP, ENGLISH_LATER_STEP];
  const clauses = patterns.flatMap((pattern) => [...reading.matchAll(pattern)].map((match) => match[0]));
  if (clauses.length === 0) return reading;
  const rest = patterns.reduce((text, pattern) => text.replace(pattern, ' | '), reading);
  const named = new Set(lexicon.canonical(fold(clauses.join(' | '))));
  // … a subject of its own: one of ours, or another sector's ("Before we apply for the petrol retail
  // certificate, the fire police have to approve our fire safety design").
  const ownSubject =
    lexicon.canonical(fold(rest)).some((phrase) => !named.has(phrase)) ||
    (lexicon.outOfScope(fold(rest)).length > 0 && lexicon.outOfScope(fold(clauses.join(' | '))).length === 0);
  if (!ownSubject) return reading;
  return patterns.reduce((text, pattern) => text.replace(pattern, keep), reading);
}
// What someone else did ("bạn em mở quán gần đó thì phải xin giấy phép bán lẻ rượu vì có bán mang
// về", "a friend of hers recently moved her benefit to another province"): their story, told beside
// the person's own, from its start at the head of a clause (not "bán thuốc lá cho hàng xóm") to the
// end of its sentence or the person's own turn ("còn em …", "but I …"). Someone else is a friend, a
// cousin, sibling or in-law ("ông anh họ e …"), a spouse, parent or child set apart by "thì" ("vợ mk thì
// đang đi học nghề") or told of "too" ("chồng em năm ngoái cũng bị nghỉ …"), a neighbour or
// colleague ("mấy đứa bạn cùng xưởng", "chị hàng xóm"), another person set against the first by
// "còn … thì" ("còn chị kế toán thì được cấp giấy xác nhận"), a previous tenant or the landlord,
// or a trading partner ("our retailers' licences were issued …", "the retail shops we sell to each have
// their own retail licences"). Not a sentence that asks, nor
// what they said or ask of the person ("a friend who runs a restaurant said we don't need a full
// licence", "our distributor asked for our food safety certificate"): that is about the person's
// own case.
const TRADING_PARTNERS =
  "(?:(?:each|all|some|most|many|several) of )?(?:our|my|the|their|a|an|one) (?:retailer|customer|supplier|distributor|dealer|agent|exhibitor|participant|tenant|(?:retail|trading|sales) partner)s?'?s?|(?:the|our|my) (?:retail )?(?:shop|store|outlet)s? (?:that )?(?:we|i) (?:sell|supply|deliver)[a-z]*(?: to)?";
const othersStory = (spell: (words: string) => string, speech: string) =>
  new RegExp(
    `(?<=(?:^|[,.;:!?]|${spell('và|vì|nhưng|thì|mà|năm ngoái|năm trước|trước đây|hồi trước|tháng trước')}|and|but|because|since|as|when)\\s*)(?:${spell('(?:anh |chị |cô |chú |một )?(?:người )?bạn (?:thân )?(?:của )?(?:em|e|tôi|mình|mk|chị|anh|cháu)|(?:(?:mấy|các|những|một|hai|vài) )?(?:đứa|thằng|con|người|anh|chị) bạn(?: thân| cùng [^\\s,.;:?!]+)?(?: (?:của )?(?:em|e|tôi|mình|mk))?|anh bạn|chị bạn|(?:(?:anh|chị|cô|chú|bà|ông|bác|mấy|các) )?(?:người quen|hàng xóm|đồng nghiệp)|(?:công ty|cty|bên) đối tác(?: (?:của )?(?:em|e|tôi|mình|mk|bọn em|chúng tôi))?|(?:(?:ông |bà )?(?:anh|chị|em) (?:họ|trai|gái|rể|dâu)|con (?:rể|dâu))(?: (?:của )?(?:em|e|tôi|mình|mk))?|(?:vợ|chồng|bố|mẹ|ba|má|con trai|con gái)(?: (?:của )?(?:em|e|tôi|mình|mk))?(?= thì|(?: [^\\s,.;:?!]+){0,2} cũng )|còn (?:anh|chị|ông|bà|cô|chú|bạn|cậu|mấy|các|hai) [^\\s,.;:?!]+(?: [^\\s,.;:?!]+){0,4}?(?= thì )')}|(?:a|my|our|one|his|her|another) (?:friend|neighbou?r|colleagu|relativ|cousin|acquaint|sister-in-law|brother-in-law|sister|brother|predecessor)[a-z]*|(?:my|his|her) (?:wife|husband|spouse)(?= also|,? by the way|,? incidentally)(?: of (?:mine|hers|his|ours))?|the (?:previous|former|old) (?:tenant|owner|occupant)s?|(?:the|our|my) landlord|${TRADING_PARTNERS})(?![\\p{L}])(?!(?:(?!\\s(?:and|but|${spell('và|nhưng|còn')})\\s)[^.?!;,\\n])*?\\s(?:${speech}|said|say|told|tell|mention|recommend|suggest|advis|warn|ask|request|requir|want|need|insist|expect)[a-z]*(?![\\p{L}]))[^.?!;\\n]*?(?=,?\\s(?:${spell('còn|nhưng|mà|nên|thì')}|but|while|whereas|so|and) (?:${spell('em|tôi|mình|chị|anh|cháu|nhà em|quán em|quán tôi|cửa hàng tôi')}|i|we|my|our|mine)(?![\\p{L}'])|,?\\s(?:but|while|whereas) (?:i|we)['’](?:d|m|ll|ve|re)(?![\\p{L}])|,?\\s(?:so|and) (?:we|i)'|[.;!\\n]|$)`,
    'gu',
  );
// ("bảo" as a verb of saying, not the "bảo" of bảo hiểm, bảo lưu: "chồng em vừa được chốt sổ bảo hiểm")
const OTHERS_STORY = othersStory(
  (words) => words,
  'bảo(?! (?:hiểm|lưu|vệ|hành|đảm|quản|mật|trợ|dưỡng|hộ|tồn))|nói|kể|khuyên|bày|nhắc|cho biết',
);
// Folded, "nói" is also the "nơi" of "chuyển nơi hưởng" and "bảo" the "báo" of "thông báo": a verb of
// saying only with what follows it ("bảo là", "nói với em"), or right after the one who said it
// ("ban mk bao giam gia cung phai thong bao").
const FOLDED_OTHERS_STORY = othersStory(
  fold,
  '(?:bao|noi|ke|khuyen|nhac)(?= (?:la|rang|voi|em|e|toi|minh|phai|can|nen))|cho biet|(?<=(?:ban|quen|xom|nghiep)(?: cua)?(?: (?:em|e|toi|minh|mk|chi|anh|chau))? )(?:bao|noi)',
);
// … and what was done on an earlier occasion ("last year we only ran a discount and sent a notification",
// "we ran a promotion in December and notified it", "my wife just transferred her benefit … last month",
// "our internal labour regulations were registered back in 2022",
// "we later extended one", "last year's lucky draw had to be registered", "my husband obtained permission
// for an APEC business travel card through the province last year", "previously, the teacher only
// needed an exemption certificate"); not what "is moving … in August".
const ENGLISH_BEFORE =
  /(?<![\p{L}])(?:last (?:year|time|month|season|christma|tet)(?:'s| s|s) (?:[a-z'-]+ ){0,3}?(?:had|was|were|got|need|took)[a-z]*[^,.;:?!]*|(?:we|i|they) (?:later|then|subsequently|also later) (?:extend|renew|reissu|re-issu|had|got|regist|notifi|fil|submit|transfer|amend)[a-z]*[^,.;:?!]*|(?:we|i|they|he|she|(?:our|my|the|their) (?:[a-z'-]+ ){0,2}?[a-z'-]+) (?:already |also |only |just )?(?:(?:was|were|has been|have been|had been|ha been) (?:already |also |only |just )?)?(?<!(?:is|are|am|be|will|to|plan|going|gonna|ll|want|need|must|should) )(?:regist|notifi|fil|submit|did|ran|held|transfer|mov|renew|extend|reissu|re-issu|amend|obtain)[a-z]* (?:[a-z0-9'-]+ ){0,10}?(?:last (?:year|month|week|quarter|time)|earlier this (?:year|month)|back in 20\d\d|(?:a few|two|three|several|\d+) (?:years?|months?|weeks?) ago|(?:long|a long time|many years|years|ages?) ago|in 20\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december))(?![\p{L}])|(?:last (?:year|time|month|quarter|season|christma|tet|summer|winter|spring|autumn|fall)|previously|in the past|earlier this (?:year|month|week)|earlier|(?:a few|two|three|several|some) (?:years?|months?|weeks?) ago),? (?:we|i|they|he|she|(?:(?:two|three|some|one|all|both|each|most|several|many) (?:of )?)?(?:the|our|my|their|his|her) (?:[a-z'-]+ ){0,2}?[a-z'-]+) (?:only |just |simply |also |already )?(?:only need|just need|ran|run|did|do|sent|send|notif|regist|fil|submit|held|hold|organi[sz]|had|have|handl|got|obtain|receiv|appl|renew|extend)[a-z]*(?:[^,.;:?!]|,(?! (?:but|now|this|so|and now|yet)(?![\p{L}])))*)/gu;
// … and what someone had done to a paper of theirs at a time gone, with whom it was done for, the
// whole clause: "the representative office of our Korean parent had its licence extended last year".
const ENGLISH_HAD_DONE =
  /(?<=(?:^|[,.;:!?]|(?<![\p{L}])and)\s*)[^,.;:?!|]*? (?:had|got) (?:its|their|his|her|our|my) (?:[a-z'-]+ ){0,3}?(?:extend|renew|reissu|re-issu|amend|updat)[a-z]* (?:[a-z0-9'-]+ ){0,4}?(?:last (?:year|month|week|quarter|time)|earlier this (?:year|month)|in 20\d\d|(?:a few|two|three|several|\d+) (?:years?|months?|weeks?) ago)(?![\p{L}])[^,.;:?!|]*/gu;
// … and what a former workplace did, a sentence of its own set there ("At my previous company we had to
// register every lucky draw.", "My old employer ran one and waited a week for approval."), asking
// nothing and not turning to the person's own case ("now", "this time", "but I …").
const ENGLISH_FORMER_PLACE =
  /(?<=^|[.!\n]\s*)(?:(?:at|in|with|when i (?:was )?work[a-z]* (?:at|for|in)) )?(?:my|our|the|a) (?:previous|former|old|last) (?:company|job|employer|workplace|firm|shop|store|restaurant)(?![\p{L}])(?![^.?!\n]*(?<![\p{L}])(?:now|this time|currently|but (?:i|we)|while (?:i|we)|whereas)(?![\p{L}]))[^.?!\n]*(?=[.!\n]|$)/gu;
// … and a file the person made on an earlier occasion, told as when ("When I did the on-premises
// liquor sales registration and the food safety paperwork, the website listed …", "When we opened,
// we registered on-premises alcohol sales"; not "When we open, will we need to register …?").
const ENGLISH_WHEN_DONE =
  /(?<![\p{L}])(?:when (?:i|we) (?:did|made|fil|submit|regist|appli|apply|was do|were do)[a-z]*(?: (?:the|our|my|a|an))? (?=[a-z])[^,.;:?!]*|(?:when|after|once) (?:we|i) (?:first )?(?:open|start|set up|launch|began|found)[a-z]*(?: [a-z']+){0,3}?, (?:we|i) (?:already |also |just )?(?:regist|notif|appli|apply|got|obtain|receiv|fil|submit|did|made|had)[a-z]*(?![^,.;:!]*\?)[^,.;:?!]*)/gu;
// A licence of the person's already re-issued, renewed or amended on an earlier occasion ("our own
// retail shop licence was re-issued last year without problem"): not what is asked (not "was
// issued in 2021", which is often the licence asked about); "an LPG cylinder shop certificate that was
// amended in 2024"; "fire safety approved in March 2026", a step passed on a date; "two of them were
// even certified as exempt from work permits", someone's exemption certified before; "just finished
// declaring the new boilers", "have just finished updating our food safety certificate", a file done; "last month our director's ABTC was approved", someone's
// paper approved or granted (not "was our ABTC approved?"); "my application for vocational training
// support was turned down", a file refused before, the person's situation; "we already helped one of
// their engineers get a certificate …", a file the person helped with before.
const ENGLISH_DONE_BEFORE =
  /(?<![\p{L}])(?:(?:we|i|they) (?:already |also |just |recently |once )?help[a-z]* (?:[a-z'-]+ ){0,5}?(?:get|obtain|renew|extend|regist|fil)[a-z]*(?![\p{L}])[^,.;:?!]*|(?<=^|[,.;:!]\s*)[^,.;:?!]*? (?:was|were|ha been|has been|have been|had been|got) (?:already |also |just )?(?:turn[a-z]* down|reject|refus|deni|declin)[a-z]*(?![^,.;:!]*\?)[^,.;:?!]*|(?:was|were|ha been|has been|have been|had been|got) (?:even |already |also |all )?certif[a-z]* as exempt[^,.;:?!]*|(?<=^|[,.;:!]\s*)[^,.;:?!]*? (?:was|were|ha been|has been|have been|had been) (?:already |also |just |finally )?(?:approv|grant)[a-z]*(?![^,.;:!]*\?)[^,.;:?!]*|(?:just |already |recently )?(?:finish|complet)[a-z]* (?:declar|regist|fil|submit|notif|appl|renew|extend|reissu|updat|amend)[a-z]*[^,.;:?!]*|(?:(?:licenc|licens|permit|certificat)[a-z]* (?:that |which )?|, which )(?:i|we|they) (?:had to |have to |ha to )?(?:had|have|ha|got|get)(?: it)? (?:reissu|re-issu|renew|extend|amend|modifi)[a-z]*[^,.;:?!]*|(?:our|my|the|their|his|her|an?) (?:[a-z'-]+ ){0,5}?(?:licenc|licens|permit|certificat)[a-z]* (?:itself |too |also )?(?:that |which )?(?:was|were|ha been|has been|had been|have been) (?:(?:already |also )?(?:reissu|re-issu|renew|extend|amend|modifi)[a-z]*(?: [a-z0-9'-]+){0,8}? (?:last (?:year|month|week|time)|this (?:year|month)|in (?:19|20)\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:years?|months?|weeks?) ago|earlier)|just (?:reissu|re-issu|renew|extend|amend|modifi)[a-z]*)[^,.;:?!]*|(?<!(?:want|need|get|have|be|to|will|would|must|should)(?: it| them)? )(?<![\p{L}])(?:fire safety|fire|pccc|site|premis|design|construction)[a-z]* (?:approv|inspect|accept|check|clear)[a-z]* (?:in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)(?: (?:19|20)\d\d)?|last (?:year|month|week))(?![\p{L}]))/gu;
// A trip home for some days ("next month I go hometown in Nghe An for my father surgery about 10
// days"), as "về quê … khoảng 1 tuần" is: no move of one's benefit.
const ENGLISH_TRIP =
  /(?<![\p{L}])(?:go|goe|going|went|travel[a-z]*|visit[a-z]*|return[a-z]*) (?:back )?(?:to )?(?:my |our |his |her )?(?:hometown|home town|home province|home village|village)[^,.;:?!]{0,60}?(?:\d+|a few|few|several|two|three|ten|a|one) (?:day|week)s?(?![\p{L}])/gu;
// What is done every year or filed with the office before, in English: "every semester we run a
// lucky-draw promotion registered with your Department", "our trade fair … was registered with your
// Department and confirmed last month", "we declared our new pressure vessel with the department";
// not a question ("do we register every year?"), nor what must be done every month ("I have to
// report to them every month", "Every month she has to go in person"); what the person always does
// ("I always do the monthly job search report on time") and a report they submitted ("I submitted
// my monthly job-search report on time"), not "how do I submit my report?".
const ENGLISH_HABIT =
  /(?<![\p{L}])(?:(?:i|we|she|he|they) (?:always|regularly|usually) [^,.;:?!]*(?![^,.;:!]*\?)|(?<!(?:do|does|did|can|could|to|will|would|should|shall|might|may|must|how|when|where|if|which|what) )(?:i|we|she|he|they) (?:already |just )?(?:submit|sent|complet|file|made|did)[a-z]* (?:my|our|her|his|their|the|this month's|last month's) [^,.;:?!]*?(?:report|declaration|notification|notice)[a-z]*(?: on time)?(?![^,.;:!]*\?)|(?<!(?:have to|has to|had to|need to|needs to|must|should|required to|supposed to|got to)(?: [a-z'-]+){0,4} )(?:every|each) (?:semester|year|month|quarter|season|spring|summer|autumn|fall|winter|tet)(?![^,.;:?!]*(?:have to|has to|had to|need to|needs to|must|required to|supposed to))(?=([^,.;:?!]*))\1(?!\s*\?)|(?<=^|[,.;:?!]\s*)[^,.;:?!]*? (?:was|were|has been|have been|had been) (?:already )?(?:regist|notifi|confirm|declar)[a-z]*(?: with| by| to)[^,.;:?!]*|(?:we|i|they)(?<![\p{L}](?:we|i|they))(?<!(?:do|doe|did|can|could|should|must|shall|will|would|to|how|when|where) (?:we|i|they)) (?:already )?(?:regist|notifi|declar)[a-z]* (?:[a-z0-9'-]+ ){0,8}?with (?:the|your|this) (?:department|office|authorit)[^,.;:?!]*)/gu;
// What was filed or done already, in English ("already registered for …", "we have notified …",
// "I've done my monthly job-search reports on time", "our company has also just renewed its export
// licences", "his wife recently applied for a tobacco retail licence", "we sent our trade fair
// registration by post", "we recently registered updated internal labour rules", "our company also
// handles work permits for its designers"), up to the "but now" or "and I …" after it, or to the
// next step done joined by "and" (ENGLISH_AND_DONE).
const ENGLISH_DONE_CLAUSE =
  /(?<![\p{L}])(?:already|(?:we|i|they|he|she)(?: (?:have|has|had)|'ve)(?: even| also)?|(?:we|i|they|he|she)(?= (?:also |just )?sent )|(?:we|i|they|he|she)(?: also)? recently|(?:our|my|the|their) (?:company|firm|business|shop|store|factory|branch|employer)(?: (?:in|at|on) (?:the |our |a )?[a-z'-]+(?: [a-z'-]+)?)? (?:also |just )?recently|(?:my|our|his|her|their) [a-z'-]+ (?:have|has|had|ha)(?: already)?(?= been (?:mov|transferr|updat|renew))|(?:our|my|the|their) (?:company|firm|business|shop|store|factory|branch|employer|(?:[a-z]+ )?(?:team|department|manager|accountant|director)) (?:(?:has|have|had|ha)(?: also| already| just| recently)*|also)|(?:my|our|his|her|their) [a-z'-]+ (?:was|were)(?: also| just| recently)*|(?:my|his|her|their) (?!company|firm|business|shop|store)[a-z'-]+ (?:recently|just)) (?:been )?(?:register|notify|submit|fil|obtain|receiv|sent|mov|transferr|updat|renew|amend|handl|(?<=(?:recently|just) )appl|(?<!already )(?:done|made|complet|sign(?:ed)? up))[a-z]*(?: (?:for|with|to))?(?: [a-z0-9'&-]+){0,12}?(?=[,.;:?!]| (?:but|and now|now|so|yet|and (?:i|we|they))(?![\p{L}])| and (?:also |then |later )?(?:got|obtain|receiv|regist|renew|extend|notifi|fil|submit|complet|finish|declar)|$)/gu;
// … and what the person did next, joined by "and" to a step set aside above ("Last year we
// finished our company registration and got the liquor retail licence for our wine shop.", "…, and
// later another notice when we extended it by a week", "… and declared a new forklift"): done too.
const ENGLISH_AND_DONE =
  /(?<=\|\s*,?\s*)and (?:also |then |later )?(?:(?:got|obtain|receiv|regist|renew|extend|notifi|fil|submit|complet|finish|declar)[a-z]*|(?:another|a second|one more) (?:notic|notif|applic|request|file)[a-z]*)(?![\p{L}])[^,.;:?!]*/gu;
// "Tháng trước đã gửi thông báo khuyến mại giảm giá lên Sở rồi": a notification or a file sent last
// month, up to where it went, is the situation; not when the message asks to change or extend
// something ("… nay muốn kéo dài tới 30/6"), which is a change to what was sent.
const lastFiled = (spell: (words: string) => string) =>
  new RegExp(
    `(?<![\\p{L}])${spell('(?:tháng|quý|tuần|hôm) trước')}(?: \\p{L}+){0,3}? ${spell('(?:đã )?(?:gửi|thông báo|đăng ký|nộp)')}(?![\\p{L}])[^,.;:?!]*?(?=\\s${spell('(?:ở|tại|qua|lên|trên|mà|thì|nhưng|nay|giờ|muốn)')}(?![\\p{L}])|[,.;:?!]|$)`,
    'gu',
  );
const LAST_FILED = lastFiled((words) => words);
const FOLDED_LAST_FILED = lastFiled(fold);
/** What may happen later, to the end of its clause ("nếu sau này đổi địa chỉ thì …", "if we later move …"). */
const LATER =
  /(?<![\p{L}])(?:(?:nếu|neu|khi|if|and if|when) )?(?:sau này|sau nay|về sau|ve sau|mai mốt|mai mot|in (?:the )?future|later on|(?:we|i|they) (?:ever )?later)(?![\p{L}])[^.?!;]*\??/giu;
const EXTENDING = /(?<![\p{L}])(?:keo dai|gia han|lui|hoan|extend|prolong|postpon)/u;
// What the person sets aside themselves ("Our chief representative is also changing, but that's a
// separate matter.", "… a new work permit, which I know is a separate process"): the sentence is not what they ask.
// So is one they say is settled already ("Nhà mk cũng bán rượu nhưng cái đó đã có giấy phép bán lẻ
// rượu rồi", "… but that one is already sorted", "giấy chứng nhận của hai cửa hàng vẫn ổn", "giấy
// phép bán lẻ thuốc lá cũng không ảnh hưởng", "the tanker-truck station certificate is fine"; not
// "vẫn giữ nguyên, chỉ có tên … không còn khớp", which goes on to what changed),
// handled separately ("phần đó tôi sẽ đăng ký khuyến mại
// riêng", "is handled separately", "which we will handle separately", "giấy phép lao động … thì bên
// nhân sự đang lo riêng") or not needed yet ("… nhưng e chưa cần", "but I don't need that yet").
// … the sentence the person says is another matter altogether, not even the context of what they ask.
const ANOTHER_MATTER_WORDS =
  "(?:that|this|it|which)(?: (?:i|we) (?:know|understand|believe|think|assume))?(?:'s| is| s) (?:a |an )?(?:separat[a-z]*|differen[a-z]*|another|other) (?:matter|issue|question|story|topic|thing|process|procedure|application)|(?:please )?ignor[a-z]* (?:that|this)(?: part| one| bit)?|(?:chuyện|chuyen|việc|viec|cái|cai) (?:đó|do|này|nay) (?:thì |thi )?(?:không|khong|ko) (?:liên quan|lien quan)|(?:that|this|it)(?:'s| is| s) (?:unrelated|not related|irrelevant|a different story|besid[a-z]* the point)";
const ANOTHER_MATTER = new RegExp(`[^.;?!\\n]*(?<![\\p{L}])(?:${ANOTHER_MATTER_WORDS})(?![\\p{L}])[^.;?!\\n]*`, 'gu');
// ("giấy phép bán lẻ thuốc lá cũng không ảnh hưởng", in a sentence that does not ask.)
const UNAFFECTED =
  '(?:cũng|cung|thì|thi|vẫn|van) (?:không|khong|ko) (?:bị |bi )?(?:ảnh hưởng|anh huong)(?=[^.;?!\\n]*(?:[.;!\\n]|$))';
// ("our other licence is still intact", "our cylinder-filling station certificate was kept at
// another branch, so it's fine": a paper said to be fine.)
const PAPER_FINE =
  "(?:the|our|my) (?:[a-z'’-]+ ){0,3}(?:one|certificat[a-z]*|licen[cs][a-z]*|permit|paper[a-z]*|document[a-z]*|record[a-z]*) (?:[a-z]+,? ){0,6}?(?:it ?)?(?:is|was|are|s|'s) (?:still |all )?(?:fine|ok|okay|intact|unaffected|undamaged|in order)";
const SEPARATE_MATTER = new RegExp(
  `[^.;?!\\n]*(?<![\\p{L}])(?:${ANOTHER_MATTER_WORDS}|whose (?:paper|document|certificat|licenc|licens|permit)[a-z]* (?:is|are|s|'s) (?:all |still )?(?:in order|fine|ok|okay|valid|sort)[a-z]*|(?:cái|cai|việc|viec|chuyện|chuyen) (?:đó|do|này|nay) (?:thì |thi )?(?:đã |da )?(?:có giấy phép|co giay phep|xong|ổn|on|làm rồi|lam roi)|(?:that|this|it)(?: one)?(?:'s| is| s| ha been| has been) (?:already |all )?(?:licens|sort|done|cover|settl)[a-z]*|(?:that|this|the paperwork|the licensing) (?:side|part)(?: of (?:it|things))? (?:is|s|'s) (?:fine|ok|okay|settled|sorted|done)|(?:phần|phan) (?:đó|do|này|nay) (?:thì |thi )?(?:ổn|on|xong) (?:rồi|roi)|(?:vẫn|van|đều|deu) (?:ổn|on|giữ nguyên|giu nguyen)(?=[^.;?!\\n]*(?:[.;!\\n]|$))(?![^.;?!\\n]*(?<![\\p{L}])(?:chỉ có|chi co|nhưng|nhung)(?![\\p{L}]))|${UNAFFECTED}|(?:is|are|was|were|be|being|s|'s) (?:handl|dealt with|taken care of|sort|process|done)[a-z]* (?:separately|elsewhere|by (?:our|an|a) (?:agent|lawyer|consultant))|(?:we|i|they)(?: will|'ll| ll| shall)? (?:handl|deal with|take care of|sort out)[a-z]*(?: (?:that|it|this|them|those))? separately|${PAPER_FINE}|(?:phần|phan|cái|cai|việc|viec|chuyện|chuyen) (?:đó|do|này|nay)(?: \\p{L}+){0,2}? (?:đã |da )?(?:xin|làm|lam|có|co)(?: \\p{L}+){0,3}? (?:rồi|roi)|(?:phần|phan|cái|cai|việc|viec|chuyện|chuyen) (?:đó|do|này|nay)(?: \\p{L}+){0,3}? (?:(?:sẽ|se|đã|da) )?(?:đăng ký|dang ky|xin|làm|lam|lo|thông báo|thong bao)(?: \\p{L}+){0,4}? (?:riêng|rieng)|(?:thì|thi) (?:\\p{L}+ ){0,4}?(?:(?:đang|dang|sẽ|se|đã|da) )?(?:lo|làm|lam|xử lý|xu ly) (?:riêng|rieng)(?![\\p{L}])|(?:nhưng|nhung|mà|ma) (?:em|e|tôi|toi|mình|minh|mk) (?:chưa|chua|không|khong|ko|k) (?:cần|can)(?= *(?:[.;!\\n]|$))|but (?:i|we) (?:don't|do not|don t) need (?:that|it|this)(?: (?:yet|now|right now))?(?= *(?:[.;!\\n]|$)))(?![\\p{L}])[^.;?!\\n]*`,
  'gu',
);
const RECEIVING_CLAUSE = receivingClause((words) => words);
const FOLDED_RECEIVING_CLAUSE = receivingClause(fold);

// A first issue said as what the asked one is compared with ("có phải nộp lại toàn bộ hồ sơ như lúc
// cấp mới không", "phí có giống như lúc xin mới không", "like a new application"): not what is asked (folded).
const LIKE_A_NEW_ONE =
  /(?<![\p{L}])(?:(?:giong|nhu)(?: nhu)?(?: (?:luc|khi|hoi|lan))?(?: (?:xin|cap|lam|nop))? (?:moi|lan dau)|(?:like|same as|as for|as with)(?: (?:a|an|the))? (?:new|first|brand-new|brand new|original) (?:application|applications|licen[cs]e|permit|certificate|time|one|file))(?![\p{L}])/gu;

// A fine as the reason to do something ("phải khai báo, không thì bị phạt", "or else we get fined"),
// or one the person fears or was warned of ("sợ bị phạt", "không có giấy là bị phạt", "bán chui bị
// phạt", "afraid of being fined"), not what is asked: unless a question about it follows ("… thì bị
// phạt bao nhiêu", "… bị phạt không").
const THREAT =
  /(?<![\p{L}])(?:khong thi|neu khong(?: thi)?|bang khong|keo|otherwise?|or else|or (?:we|you|i|they)(?:'ll| will)?|(?:so|ngai)(?: [a-z]+){0,4}?|(?:khong|ko|k) la|chui|de (?:khong|ko|khoi|tranh)|(?:khong|ko|k) muon|(?:don t|don't|do not|dont) want to|la|afraid of|worried about|to avoid)(?: (?:i|we|you|they|it))?(?: (?:se|will|get|getting|be|being|bi|co the|can|could|may|might))* (?:phat|fined|fin|penali[sz]ed|penali[sz])(?![\p{L}])(?!\s*(?:bao nhieu|khong|ko|k|chua|nhu the nao|the nao|how much|what|\?))/gu;

// What happens otherwise, as the reason to do something ("phải báo cho trung tâm, không thì bị thu
// hồi tiền", "không báo thì bị thu hồi tiền", "or else the payments stop"): neither a question (its "không" is "or else") nor what is
// asked for, unless it asks about it itself ("… không thì bị phạt bao nhiêu?"). Read as typed or
// folded; "kẻo" only with its accents (folded, it is "kéo", as in kéo dài).
// So is what a condition would bring ("nếu để hết hạn là phải làm lại từ đầu").
const CONSEQUENCE =
  /(?<![\p{L}])(?:(?:nếu|neu|bằng|bang) )?(?:không|khong|ko|k|kg|hông|hong) (?:(?:thì|thi) |(?:\p{L}+ ){1,2}(?:thì|thi) (?:sẽ |se )?(?:bị|bi) )[^.?!;,\n]*|(?<![\p{L}])(?:nếu|neu) (?:\p{L}+ ){1,5}?(?:thì|thi|là|la) (?:sẽ |se )?(?:phải|phai|bị|bi|mất|mat) [^.?!;,\n]*|(?<![\p{L}])(?:kẻo|otherwise|or else) [^.?!;,\n]*/gu;

function withoutConsequence(reading: string): string {
  return reading.replace(CONSEQUENCE, (clause, at: number) =>
    reading[at + clause.length] === '?' ||
    ASKS_OF_IT.test(fold(clause).replace(/^.*?(?:thi|la|keo|otherwise|or else) /u, ''))
      ? clause
      : ' | ',
  );
}
// Folded, "hỏi" is also the "hồi" of "thu hồi": not a cue here.
const ASKS_OF_IT = new RegExp(`(?<![\\p{L}])(?:${fold(CUE_WORDS.replace('hỏi|', ''))})(?![\\p{L}])`, 'u');

// A question whether what was heard is so ("I heard we need a separate licence for goods trading.
// Is that right, and how long does it take?", "Nghe nói phải xin giấy phép ở xã. Có đúng không?"):
// the hearsay before it is then what the person asks about (focusOf).
const CHECKS_HEARSAY =
  /^(?:(?:and |but |so )?(?:is|was) (?:that|this|it) (?:really )?(?:right|true|correct|so|the case)|(?:do|does|would) (?:i|we|they|you) really|(?:(?:vay|the|dieu do|viec do|nhu vay) )?(?:co )?(?:dung|that|phai) (?:vay |the |nhu vay )?(?:khong|ko|k|hong|chua)(?![\p{L}]))/u;
const HEARSAY =
  /(?<![\p{L}])(?:nguoi (?:ta |thi )?(?:bao|noi)|co nguoi (?:bao|noi)|nghe (?:noi|bao)|duoc (?:biet|bao)|i (?:was told|heard)|(?:someone|people) (?:said|told|say)|we were told)(?![\p{L}])/u;

/**
 * Cues are read on the accented text when there is one (folded, "hỏi", ask, and "hội", as in xã
 * hội, are one word), and on what the person wrote, before abbreviations are spelled out: "BHXH"
 * becomes "bảo hiểm xã hội", which must not make its sentence a question.
 */
function focusOf(
  text: string,
  written: string,
  accented: boolean,
  lexicon: Lexicon,
  typed: string,
  stemmedTyped: string | null,
): {
  focusPairs: string[];
  askingPairs: string[];
  questionPairs: string[];
  situationPairs: string[];
  ownSituationPairs: string[];
  asksToChange: boolean;
  focusConcepts: string[];
  askedReadings: [string, string];
} {
  // As asksSomething reads them: an English message asks by its English question words only.
  const cues = accented ? QUESTION_CUES : detectLanguage(typed) === 'en' ? ENGLISH_QUESTION_CUES : FOLDED_QUESTION_CUES;
  // What the person already receives or has done is set aside from what they ask, and kept as their situation.
  const situation: string[] = [];
  const setAside = (clause: string) => {
    situation.push(clause);
    return ' | ';
  };
  // Someone else's story is set aside too, and told apart from the person's own situation.
  const others: string[] = [];
  const setAsideOthers = (clause: string) => {
    others.push(clause);
    return ' | ';
  };
  // … asked now, not told of a notification filed before ("Tháng trước tôi có làm thông báo sửa đổi
  // chương trình khuyến mại cũ vì phải thay quà tặng. Đợt này …": that change was last month's).
  const lastFiledSet = accented ? LAST_FILED : FOLDED_LAST_FILED;
  const outsideFiled = text.replace(lastFiledSet, ' | ');
  const changing =
    (accented ? CHANGE : FOLDED_CHANGE).test(outsideFiled) ||
    ENGLISH_CHANGE.test(outsideFiled) ||
    EXTENDING.test(fold(outsideFiled));
  const withoutSituation = (
    reading: string,
    keep: (clause: string) => string,
    keepOthers: (clause: string) => string = keep,
  ) =>
    laterStepsSetAside(
      (changing ? reading : reading.replace(lastFiledSet, keep))
        .replace(SEPARATE_MATTER, keep)
        .replace(accented ? RECEIVING_CLAUSE : FOLDED_RECEIVING_CLAUSE, keep)
        .replace(ENGLISH_RECEIVING, keep)
        .replace(ENGLISH_HOLDING, keep)
        .replace(ENGLISH_DONE_CLAUSE, keep)
        .replace(ENGLISH_HABIT, keep)
        .replace(ENGLISH_REGISTERED, keep)
        .replace(ENGLISH_DONE_STEP, keep)
        .replace(ENGLISH_SORTED_OUT, keep)
        .replace(ENGLISH_BEFORE, keep)
        .replace(ENGLISH_HAD_DONE, keep)
        .replace(ENGLISH_FORMER_PLACE, keep)
        .replace(ENGLISH_WHEN_DONE, keep)
        .replace(ENGLISH_TRIP, keep)
        .replace(ENGLISH_DONE_BEFORE, keep)
        .replace(accented ? OTHERS_STORY : FOLDED_OTHERS_STORY, keepOthers)
        .replace(ENGLISH_AND_DONE, keep),
      lexicon,
      keep,
    );
  const asked = withoutSituation(withoutConsequence(text), setAside, setAsideOthers);
  const all = sentencesOf(asked);
  const said = sentencesOf(withoutConsequence(accented ? written : fold(written)));
  // Spelling out never adds a sentence end; should the two ever differ, the spelled-out text decides.
  const cueOf = (sentence: string, i: number) => (said.length === all.length ? (said[i] ?? sentence) : sentence);
  const sentences = all
    .map((sentence, i) => ({ sentence, cue: cueOf(sentence, i) }))
    .filter(({ sentence }) => sentence.trim() !== '');
  // A sentence that asks, and the one before it when that one asks nothing: a letter's question
  // often only points back ("… nay muốn bán thêm rượu. Xin hướng dẫn cần giấy tờ gì?").
  const isAsking = sentences.map(({ cue }) => cues.test(withoutIndefinites(cue)));
  // Not what others said ("có người bảo phải xin giấy phép …, người thì bảo …"): hearsay names
  // what the person wonders about, not what they ask for.
  const asking = sentences
    .filter(
      ({ cue }, i) =>
        isAsking[i] ||
        (isAsking[i + 1] === true &&
          (!HEARSAY.test(fold(cue)) || CHECKS_HEARSAY.test(fold(sentences[i + 1]?.cue ?? '').trim()))),
    )
    .map(({ sentence }) => sentence);
  const chosen =
    asking.length > 0 && asking.length < sentences.length ? asking : sentences.map(({ sentence }) => sentence);
  // A synonym said anywhere but in what the person already receives counts: the question often
  // points back at it ("… trên giấy phép lao động. Có phải xin cấp lại không?").
  const synonyms = lexicon.canonical(fold(asked)).map((phrase) => phrase.split(' '));
  const askingPairs = unique(bigramsOfSegments(chosen.flatMap((sentence) => segmentsOf(sentence))));
  const questions = sentences.filter((_, i) => isAsking[i]).map(({ sentence }) => sentence);
  // A change asked of later, beside what is asked now ("… phải làm trên trang nào, mất mấy ngày, và
  // sau này đổi địa chỉ thì có phải báo lại không?"), is a question on what is asked now, not the change.
  const withoutLater = asked.replace(LATER, ' | ');
  const askedNow = withoutLater !== asked && asksSomething(withoutLater) ? withoutLater : asked;
  return {
    askingPairs,
    questionPairs: unique(bigramsOfSegments(questions.flatMap((sentence) => segmentsOf(sentence)))),
    focusPairs: unique([...askingPairs, ...bigramsOfSegments(synonyms)]),
    situationPairs: pairsOfClauses([...situation, ...others], lexicon),
    ownSituationPairs: pairsOfClauses(situation, lexicon),
    asksToChange:
      (accented ? CHANGE : FOLDED_CHANGE).test(askedNow) ||
      NO_LONGER_MATCHES.test(fold(askedNow)) ||
      ENGLISH_CHANGE.test(askedNow) ||
      ENGLISH_MOVE.test(askedNow) ||
      ((ENGLISH_DONE.test(text) || FILED.test(fold(typed))) &&
        (ENGLISH_CHANGE_AFTER.test(askedNow) || FOLDED_CHANGE_AFTER.test(fold(askedNow)))),
    focusConcepts: conceptsOf(fold(chosen.join(' | ')), lexicon),
    // What the person says is not the case ("không có giấy phép lao động bị xử phạt") stays.
    // Nor a trading partner's trade ("hợp đồng với một đại lý bán buôn rượu"): not the person's own licence.
    // In English the reading as typed is read in base forms, as the clauses of the situation are
    // written ("we got the food safety certificate" is "… certificat"), its chat shorthand not spelled out.
    askedReadings: [text, accented ? typed : (stemmedTyped ?? fold(typed))].map((reading) =>
      fold(
        withoutSituation(withoutConsequence(reading), (clause) => (/^(?:không|khong) /.test(clause) ? clause : ' | ')),
      )
        .replace(THREAT, ' | ')
        .replace(LIKE_A_NEW_ONE, ' | ')
        .replace(PARTNER, ' | ')
        .replace(PARTNER_AGREES, ' | ')
        .replace(FORMER_PARTNER, ' | ')
        .replace(OWN_SUPPLIER, ' | ')
        .replace(SOLD_TO, ' | '),
    ) as [string, string],
  };
}

// A company's own name ("bên công ty xăng dầu Minh Phát", "Công ty TNHH Xăng dầu Hòa Bình"): the
// trade words before the proper name, as typed with its capitals, up to the last Title-case word.
// Not "công ty em", "cty mình có trạm nạp LPG" (no Title-case name), nor a sentence's next word.
const COMPANY_NAME =
  /(?<![\p{L}])(?:[Cc]ông ty|CÔNG TY|[Cc]ty|CTY|[Dd]oanh nghiệp)(?:\s+(?:TNHH|CP|[Cc]ổ phần|MTV|TM|DV|XNK|SX|Một thành viên|một thành viên))*((?:\s+[\p{L}-]+){0,5}?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)*)/gu;
const NOT_A_NAME =
  /(?<![\p{L}])(?:em|tôi|mình|chúng tôi|ta|của|có|đã|đang|vừa|muốn|bên|này|đó|nước ngoài|tại|ở|và)(?![\p{L}])/u;

/**
 * The trade words in a company's own name are no topic the person asks about: a petrol company
 * re-issuing its LPG station's certificate does not ask about petrol. Only the readings that
 * topics are looked for in lose them.
 */
function withoutCompanyNames<T extends { askedReadings: [string, string] }>(focus: T, text: string): T {
  const names = [...text.matchAll(COMPANY_NAME)]
    .map((match) => match[1] ?? '')
    .filter((name) => !NOT_A_NAME.test(lower(name)))
    .map((name) => fold(name).trim().replace(/\s+/g, ' '));
  if (names.length === 0) return focus;
  const readings = focus.askedReadings.map((reading) =>
    names.reduce((rest, name) => rest.split(name).join(' | '), reading),
  ) as [string, string];
  return { ...focus, askedReadings: readings };
}

function conceptsOf(folded: string, lexicon: Lexicon): string[] {
  return lexicon.concepts(folded);
}

// Asking to change what was granted: a change word and what is changed ("đổi quà tặng", "thay đổi
// địa điểm", "lùi ngày khai mạc"), not whether something changed ("đổi chưa", "có thay đổi gì không"). Folded, "đổi" is
// also "đối", "đội", "đợi": alone it counts only after a verb of wanting ("muốn đổi", "xin đổi").
const NOT_AN_OBJECT = 'chưa|không|ko|gì|rồi|được|thế|sao|như|nào';
// A supplier changed ("chuyển sang lấy hàng của một thương nhân khác") changes what the licence names.
// Typed without accents, "đối chiếu", "đối tác", "đối với"… read "đổi": no change.
const FOLDED_NOT_CHANGED = 'chieu|chung|thoai|tac|voi|dien|ngoai|xu|ung|tuong';
const CHANGE = new RegExp(
  `(?<![\\p{L}])(?:thay đổi|sửa đổi|điều chỉnh|chỉnh sửa|cập nhật|đổi|sửa(?: lại)?(?= (?:giấy|gp|nội dung|thông tin|tên|địa))|chuyển(?: sang)? địa|chuyển(?: sang| qua| đến| tới| về)?(?= mặt bằng)|chuyển (?:sang|qua|đến|tới|về)(?= (?:chỗ|cơ sở|địa điểm))|(?:chuyển|đổi) (?:sang|qua)(?= (?:lấy|nhập) hàng)|(?:lùi|dời|hoãn)(?= (?:ngày|lịch|thời gian|sang|khai mạc|bế mạc))|tăng(?= (?:quy mô|số gian hàng|thêm gian hàng))) (?!(?:${NOT_AN_OBJECT})(?![\\p{L}]))\\p{L}`,
  'u',
);
const FOLDED_CHANGE = new RegExp(
  `(?<![\\p{L}])(?:thay doi|sua doi|dieu chinh|chinh sua|cap nhat|(?:muon|can|xin|phai|de|em|minh|toi|gio|nay) doi|sua(?: lai)?(?= (?:giay|gp|noi dung|thong tin|ten|dia))|chuyen(?: sang)? dia|chuyen(?: sang| qua| den| toi| ve)?(?= mat bang)|chuyen (?:sang|qua|den|toi|ve)(?= co so)|(?:chuyen|doi) (?:sang|qua)(?= (?:lay|nhap) hang)|doi(?= dia chi| dia diem| ten )|(?:lui|hoan)(?= (?:ngay|lich|thoi gian|sang|khai mac|be mac) )|tang(?= (?:quy mo|so gian hang|them gian hang) )) (?!(?:${fold(NOT_AN_OBJECT)}|${FOLDED_NOT_CHANGED})(?![\\p{L}]))\\p{L}|(?<![\\p{L}])(?:amend|modif[a-z]*|chang) (?!(?:it|is|was|anyth|anything|someth|something)(?![\\p{L}]))\\p{L}`,
  'u',
);

// The same in English, on base forms ("renamed" → "renam"): a word that says changing ("the venue
// has changed", "need adjusting", "swap the gift")…
// What no longer matches the licence since the street or the house was renumbered or renamed:
// its details are to be amended ("địa chỉ trên giấy phép không còn khớp", "phường vừa đánh lại số
// nhà", "giấy vẫn ghi địa chỉ (trụ sở) cũ", "giấy ghi sai số nhà", "the address no longer matches",
// "still shows the old name").
const NO_LONGER_MATCHES =
  /(?<![\p{L}])(?:khong con (?:khop|dung|trung)|khong (?:khop|trung) voi|danh lai so nha|(?:van )?ghi (?:dia chi|ten)(?: [a-z]+){0,2}? cu|(?:ghi|cap nhat) (?:lai |dung )?(?:dia chi|ten|nha cung cap|thuong nhan cung cap|nguoi dai dien)(?: \S+){0,2}? moi|cho dung (?:dia chi|ten|nha cung cap|thuong nhan cung cap|nguoi dai dien)(?: \S+)? moi|no longer match|renumber|still (?:show|has|say|list|bear)[a-z]* (?:the |our |its )?old (?:address|name)|(?:ten|dia chi)(?: [a-z]+){0,6}? (?:bi sai|ghi sai|sai roi)|(?:ghi|in) sai (?:so nha|dia chi|ten)|(?:name|address|detail|information)[a-z']*(?: [a-z'-]+){0,5}? (?:is|are|was|were) (?:(?:now |still )?(?:wrong|incorrect|outdat|out of date|out-of-date|inaccurat)|no longer (?:correct|accurat|right)))/u;
const ENGLISH_CHANGE =
  /(?<![\p{L}])(?<!(?:recent|latest|rule|law|legal|regulatory|\d{4}) )(?<!(?:noth|noth else|nothing|nothing else|not|never|n't|n t)(?: (?:been|ha|has|have|is|was|are|were|be))* )(?:(?:amend|modif[a-z]*|chang|adjust|alter|swap|postpon|reschedul|renam)(?![\p{L}])(?! (?:it|is|was|anyth|anything|someth|something)(?![\p{L}]))|(?:correct|fix|swap|replac|substitut)[a-z]*(?= (?:it|them|the|this|that|our|its)(?![\p{L}])))/u;
// … moving it to another hall, venue or date ("need to move it to another hall"), which is changing
// what was registered (not "register a fair and move the fair to a bigger hall later") …
const ENGLISH_MOVE =
  /(?<![\p{L}])(?:mov|shift|relocat)[a-z]* (?:it|them) to (?:another|a different|a new) (?:hall|venue|location|place|site|date|week|month)(?![\p{L}])/u;
// … and, once something is registered, notified or held already ("we hold a tobacco wholesale
// licence"), words that change what was filed:
// "push the end date back", "move to 22–25 October", "run 10 days longer", "add more products",
// "the opening date must move two weeks later";
// not "must wait longer", "takes longer".
const ENGLISH_DONE =
  /(?<![\p{L}])(?:already|(?:we|i|they|you|company|shop|store) (?:have |has |had )?(?:register|notify|submit|fil|report)|(?:we|i|they|company|shop|store) (?:hold|have) (?:a|an|the|our|my|its) (?:[a-z-]+ ){0,3}?(?:licen[cs]|permit|certificat)[a-z]*)(?![\p{L}])/u;
// Filed already, in the words as typed (the tense is in them): "Viet Expo JSC registered the fair
// … and the department confirmed it", "đã có giấy phép bán lẻ thuốc lá, nay muốn …", "dời ngày hội
// chợ đã đăng ký", "da gui tb khuyen mai roi" (a notification, shortened as people type it).
const FILED =
  /(?<![\p{L}])(?:registered|notified|submitted|filed|(?:was|were|been|got it) (?:approved|confirmed|accepted)|da (?:co|duoc cap|dang ky|dk|thong bao|tb|gui thong bao|gui tb|nop thong bao|nop tb) (?:\S+ ){0,14}?(?:giay phep|giay chung nhan|khuyen mai|km|chuong trinh|hoi cho|trien lam|roi)|(?:giay phep|giay chung nhan|khuyen mai|hoi cho|trien lam) (?:\S+ ){0,3}?da (?:dang ky|dk|thong bao|tb|duoc cap|duoc xac nhan))(?![\p{L}])/u;
// … and then, in Vietnamese, asks to add to it, move it or make it longer (not "bán thêm" another
// product, which needs its own licence, nor "mở thêm điểm bán", another shop).
const FOLDED_CHANGE_AFTER =
  /(?<![\p{L}])(?:(?<!(?:ban|mo) )them (?:[a-z]+ ){0,3}?(?:nha|diem|dia|san pham|gian hang|qua)|bo sung|keo dai|lui (?:ngay|lich|thoi)|doi (?:ngay|lich|thoi|dia|ten)|doi sang|mo rong|sua lai|da sua)(?![\p{L}])/u;
const ENGLISH_CHANGE_AFTER =
  /(?<![\p{L}])(?:push (?:[a-z0-9]+ ){0,3}back|bring (?:[a-z0-9]+ ){0,3}forward|move? (?:it |them |everything |the [a-z]+ )?to|(?:move?|shift) (?:the |our |its |their )?(?:date|venu|time|schedul|location|place)|(?:date|venu|time|schedul|location|place)s? (?:must|will|ha to|has to|have to|need to|needs to|should) (?:be )?(?:mov|shift|push|postpon|delay)[a-z]*|(?:mov|push|shift|delay)[a-z]* (?:[a-z0-9]+ ){0,3}(?:later|earlier)|(?<!(?:wait|take|takes|taking|took|tak|no|any) )(?:longer|shorter)|reduc|increas|add (?:(?:one|two|three|four|five|six|\d+|several|a few|a couple of) )?(?:more|another|extra|new|a|an|some)|extend (?:the|it|our|its))(?![\p{L}])/u;

/** Aspects asked, in the order the person asked them. */
function detectAspects(plain: string): Aspect[] {
  const found: Array<[number, Aspect]> = [];
  for (const [aspect, pattern] of ASPECT_PATTERNS) {
    const position = plain.search(pattern);
    if (position >= 0) found.push([position, aspect]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, aspect]) => aspect);
}

/** The bigrams of clauses set aside, with those of the synonyms they say. */
function pairsOfClauses(clauses: string[], lexicon: Lexicon): string[] {
  if (clauses.length === 0) return [];
  return unique([
    ...bigramsOfSegments(clauses.flatMap((clause) => segmentsOf(clause))),
    ...bigramsOfSegments(lexicon.canonical(fold(clauses.join(' | '))).map((phrase) => phrase.split(' '))),
  ]);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
