import type { Language } from '../i18n/index.ts';
import { fold, lower } from './normalize.ts';

/**
 * The language a message is written in, from its text: Vietnamese or English. A person may switch
 * from one message to the next, so every message is read on its own; the hint (the page's or the
 * app's language, or the last message's) decides only when the text does not tell — "ok", "2", a
 * code like "P05" or "1.001234", a URL.
 *
 * Hand-written rather than a trigram detector (franc, cld): those need longer text than a chat
 * message and read Vietnamese typed without accents ("gia han gpld") as anything but Vietnamese.
 * Here each word votes: a tone mark or "đ" is Vietnamese; common English words and common
 * accent-less Vietnamese syllables that are not English words vote for their language.
 */
export function detectLanguage(text: string, hint: Language = 'vi'): Language {
  let vi = 0;
  let en = 0;
  for (const word of lower(text).replace(NOT_WORDS, ' ').match(WORD) ?? []) {
    const folded = fold(word);
    if (folded !== word) vi++;
    else if (ENGLISH.has(word)) en++;
    else if (VIETNAMESE.has(word)) vi++;
  }
  if (vi === en) return hint;
  // A Vietnamese name in an English sentence ("our office in Bình Dương") is not Vietnamese:
  // English wins with twice as many words as Vietnamese has, and the reverse.
  if (en >= 2 * vi && en >= 2) return 'en';
  if (vi >= 2 * en && vi >= 1) return 'vi';
  return hint;
}

/** Whether a word (lower case) is Vietnamese: accented, or a common accent-less syllable that is no English word. */
export function isVietnameseWord(word: string): boolean {
  return fold(word) !== word || VIETNAMESE.has(word);
}

// URLs, e-mail addresses and codes say nothing of the language.
const NOT_WORDS = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+|\b\w*\d\w*(?:[./-]\w+)*\b/gu;
const WORD = /\p{L}+(?:'\p{L}+)?/gu;

// Words that are English and are not Vietnamese syllables typed without accents ("to", "do",
// "an", "can", "the", "may", "con", "sang", "ban" are both, and vote for neither).
const ENGLISH = new Set(
  (
    'i my we us our you your his she her it its they them their this these those what which who whom whose ' +
    'how why where when is are was were been being am does did done doing have has had having will would shall ' +
    'should could must might of for from with without about into onto by at in up out over under and or but if ' +
    'because than then there here not yes please thanks thank hello hi hey dear sir madam just also still ' +
    'already yet only very much many more most some any every each all both either neither own same other such ' +
    "what's i'm it's don't doesn't can't we're i've isn't aren't wasn't " +
    'get got need needs want wants apply applying application submit file filing send sent take takes took make ' +
    'know tell said say says ask asking help find found lost renew renewal extend extension issue issued reissue ' +
    'permit permits licence license licences licenses certificate document documents paperwork fee fees cost costs ' +
    'days week weeks month months year years time office department ministry province city company ' +
    'business shop store worker workers employee employees employer foreign foreigner expert director staff ' +
    'work working job jobs unemployment benefit benefits allowance labour labor rules regulations registration ' +
    'register registered online post mail email address where whether which who anyone someone new old next last ' +
    'before after during while until within since wine spirits liquor tobacco cigarettes alcohol retail wholesale ' +
    'sell selling sale sales trade fair exhibition promotion discount website representative card travel'
  ).split(' '),
);

// Accent-less Vietnamese syllables that are not English words: the commonest of chat questions.
const VIETNAMESE = new Set(
  (
    'khong ko k dc duoc cho toi em anh chi minh ban thi la cua voi nhung nay gi sao nao nhu roi nhe ' +
    'giay phep lao dong nguoi nuoc ngoai thu tuc ho xin cap lai gia han bao nhieu lau ngay thang nam mat ' +
    'phi le nop o dau phai co lam viec tro cap that nghiep huong ruou thuoc la hang cong ty doanh nghiep ' +
    'dang ky thong bao xac nhan giai quyet noi quy khuyen mai hoi cho trien lam chung nhan kinh doanh ' +
    'ubnd vay oi ad mk mn cty nhe nha va hay hoac neu khi thi duoc vs j bn ntn hok hk'
  ).split(' '),
);
