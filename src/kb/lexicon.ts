import type { OutOfScopeTopic, Synonyms } from './content-schema.ts';
import {
  escapeRegExp,
  fold,
  foldWord,
  hasAccents,
  lower,
  segmentsOf,
  sentencesOf,
  baseForm,
  words,
} from './normalize.ts';

export type Lexicon = {
  /** Replaces whole-word abbreviations by their expansion and English words by their base form (baseForm); keeps everything else as typed. */
  expand(text: string): string;
  /** The canonical phrases (folded) of every synonym group whose member occurs in the folded text. */
  canonical(folded: string): string[];
  /**
   * What a folded text says, as concepts: the canonical phrase of each synonym group said (spaces
   * as "_"), and every word outside those phrases as it is. English and Vietnamese wordings of one
   * thing meet here whatever their order ("liquor retail licence", "retail licence for liquor").
   */
  concepts(folded: string): string[];
  /** Whether a concept is a synonym group's canonical phrase (spaces as "_"), not a word outside every group. */
  isGroup(concept: string): boolean;
  /**
   * Out-of-scope topics whose phrase occurs in the folded text, with the matched phrase. With the
   * text as typed, when it was typed with accents, a phrase written with accents must be said with
   * them: folded, "sổ đỏ" is also "trong số đó", and "cào" the "Cao" of "Cao Bằng".
   */
  outOfScope(folded: string, typed?: string): Array<{ topic: OutOfScopeTopic; phrase: string }>;
};

const WORD = /[\p{L}\p{N}/-]+/gu;

export function createLexicon(synonyms: Synonyms, topics: OutOfScopeTopic[]): Lexicon {
  // A place named as part of an address ("xã Hòa Bình", "đường Hải Phòng") is not the province, nor
  // one where an office sits ("the Ministry in Hanoi", "trụ sở chính ở Hà Nội"): nothing is done there.
  const places = (synonyms.places ?? []).map((place) => words(fold(place)).join('\\s+'));
  const placePattern =
    places.length > 0
      ? new RegExp(
          `(?<!(?:xa|phuong|thi tran|thon|ap|duong|pho|quan|huyen|commune|ward|street|road|district)\\s)(?<!(?:ministry|bo cong thuong|head office|headquarter|headquarters|tru so chinh|hoi so) (?:in|o|tai|based in)\\s)(?<![\\p{L}\\p{N}])(?:${places.join('|')})(?![\\p{L}\\p{N}])`,
          'gu',
        )
      : null;
  // Moving to a named province ("cả nhà chuyển về Nghệ An", "chuyển công tác về Cần Thơ", "moving
  // back to Da Nang"), or going on receiving there ("tiếp tục nhận phần trợ cấp còn lại ở Cần Thơ",
  // "mấy tháng còn lại em muốn lĩnh ở Thanh Hóa", "chuyển sang nhận trợ cấp ở Cần Thơ", "nhận nốt hai
  // tháng còn lại ở Thanh Hóa"), is moving to another province, in the words the synonyms know.
  const written = (synonyms.places ?? []).flatMap((place) => [lower(place), fold(place)]);
  const movedTo =
    written.length > 0
      ? new RegExp(
          `(?<![\\p{L}])(?:(?:chuyển|chuyen|dọn|don) (?:hẳn |han |cả nhà |ca nha |công tác |cong tac |nhà |nha )?(?:về|ve|ra|vào|vao|đến|den|tới|toi)|(?:tiếp tục (?:nhận|hưởng|lãnh|lĩnh)|tiep tuc (?:nhan|huong|lanh|linh)|(?:còn lại|con lai)(?: \\p{L}+){0,3}? (?:nhận|hưởng|lãnh|lĩnh|nhan|huong|lanh|linh)|(?:nhận|hưởng|lãnh|lĩnh|nhan|huong|lanh|linh) (?:tiếp|tiep|nốt|not)|(?:chuyển|chuyen) (?:sang |qua )?(?:nhận|hưởng|lãnh|lĩnh|nhan|huong|lanh|linh))(?: \\p{L}+){0,5}? (?:ở|tại|o|tai)|(move|moving|moved|relocat[a-z]*)(?: back)? to) (?:(?:tỉnh|tinh|thành phố|thanh pho|tp\\.?) )?(?:${written.map((place) => escapeRegExp(place).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
          'gu',
        )
      : null;
  const severalPlaces = (folded: string): boolean => {
    if (COUNTED_PLACES.test(folded)) return true;
    const named = new Set(
      (placePattern ? [...folded.matchAll(placePattern)] : []).map((match) => match[0].replace(/\s+/g, ' ')),
    );
    return named.size >= 2;
  };
  const abbreviations = new Map<string, string>();
  for (const [key, expansion] of Object.entries(synonyms.abbreviations)) {
    abbreviations.set(fold(key), lower(expansion));
  }
  const phraseWords = (phrase: string) => words(fold(joinPrefixes(phrase))).map(baseForm);
  const canonicals = synonyms.phrases.map((group) => phraseWords(group[0] ?? '').join(' '));
  const groupConcepts = new Set(canonicals.map((canonical) => canonical.replace(/ /g, '_')));
  // Members by first word: one pass over the words of a text finds every group, where a pattern
  // per group would scan the whole text once per group (long procedure bodies, at every build).
  const byFirstWord = new Map<string, Array<{ words: string[]; group: number }>>();
  synonyms.phrases.forEach((group, index) => {
    for (const phrase of group) {
      const memberWords = phraseWords(phrase);
      const first = memberWords[0];
      if (first !== undefined)
        byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { words: memberWords, group: index }]);
    }
  });
  // The synonyms' phrases said in one segment of folded words, with their positions.
  const keptMatches = (segment: string[]): Array<{ at: number; end: number; group: number }> => {
    const matches: Array<{ at: number; end: number; group: number }> = [];
    segment.forEach((word, at) => {
      for (const member of byFirstWord.get(word) ?? []) {
        if (member.words.every((next, offset) => segment[at + offset] === next))
          matches.push({ at, end: at + member.words.length, group: member.group });
      }
    });
    // A phrase inside a longer one of another group is a part of it, not a thing of its own:
    // "gas station" is petrol, not the "gas" (LPG) it holds ("bán gas" still says LPG: its
    // group's phrase does).
    return matches.filter(
      (match) =>
        !matches.some(
          (other) =>
            other.group !== match.group &&
            other.at <= match.at &&
            other.end >= match.end &&
            other.end - other.at > match.end - match.at &&
            !` ${canonicals[other.group]} `.includes(` ${canonicals[match.group]} `),
        ),
    );
  };
  // Each part written with accents, by its folded form: what an accented message must say.
  const accentedParts = new Map<string, string[]>();
  for (const part of topics.flatMap((topic) => topic.phrases.flatMap((phrase) => phrase.split(/\s+&\s+/)))) {
    const folded = phraseWords(part).join(' ');
    if (hasAccents(part) && folded !== SEVERAL_PROVINCES)
      accentedParts.set(folded, [...(accentedParts.get(folded) ?? []), lower(part)]);
  }
  const accentedPatterns = new Map([...accentedParts].map(([folded, parts]) => [folded, wholePhrases(parts)]));
  const saidWithAccents = (part: string, typed: string[]): boolean => {
    const pattern = accentedPatterns.get(part.replace(/[\s-]+/g, ' '));
    return !pattern || typed.some((text) => pattern.test(text));
  };
  // "nhà hàng & an toàn thực phẩm": a phrase of parts, all of which the text must say (in any
  // order); the first part is the phrase reported. Restaurants are another sector's only where food
  // safety is asked ("nhà hàng" alone also sells liquor on the premises, which is ours).
  const scoped = topics.map((topic) => {
    const parts = topic.phrases.map((phrase) => phrase.split(/\s+&\s+/).map((part) => phraseWords(part).join(' ')));
    const single = parts.filter((phrase) => phrase.length === 1).map(([phrase]) => phrase ?? '');
    return {
      topic,
      pattern: single.length > 0 ? wholePhrases(single, 'g') : null,
      together: parts.filter((phrase) => phrase.length > 1).map((phrase) => phrase.map((part) => wholePhrases([part]))),
    };
  });

  const lexicon: Lexicon = {
    expand: (text) =>
      joinPrefixes(lower(text))
        .replace(DURATION_ADJECTIVE, ' ')
        .replace(FIRST_WHEN, ' ')
        .replace(DISTANCE, ' ')
        .replace(movedTo ?? NOTHING, (_, english?: string) =>
          english ? ' moving to another province ' : ' chuyển sang tỉnh khác ',
        )
        .replace(MOVED_HERE, (_, english?: string) =>
          english ? ' moving to another province ' : ' chuyển sang tỉnh khác ',
        )
        .replace(
          WORD,
          (word) =>
            abbreviations.get(foldWord(word)) ??
            (word.includes('-') ? word.split('-').map(baseForm).join('-') : baseForm(word)),
        ),
    canonical: (folded) => {
      const found = new Set<number>();
      for (const segment of segmentsOf(folded)) for (const match of keptMatches(segment)) found.add(match.group);
      return canonicals.filter((_, group) => found.has(group));
    },
    concepts: (folded) => {
      const found = new Set<string>();
      for (const segment of segmentsOf(folded)) {
        const covered = new Set<number>();
        for (const { at, end, group } of keptMatches(segment)) {
          found.add((canonicals[group] ?? '').replace(/ /g, '_'));
          for (let i = at; i < end; i++) covered.add(i);
        }
        segment.forEach((word, at) => {
          if (!covered.has(at)) found.add(word);
        });
      }
      return [...found].filter((concept) => concept !== '');
    },
    isGroup: (concept) => groupConcepts.has(concept),
    outOfScope: (said, typed) => {
      // Two provinces or more, named or counted, read as "nhiều tỉnh": a lucky draw across them is the Ministry's.
      // Someone named by what they handle ("my visa agent said the same") is no topic asked.
      const unnamed = said.replace(AGENT_NAMED, 'agent');
      const several = severalPlaces(unnamed);
      const folded = several ? `${unnamed} | ${SEVERAL_PROVINCES}` : unnamed;
      // As typed and with its abbreviations spelled out ("pccc"), when typed with accents; read only
      // once a phrase is met (most questions meet none).
      let accented: string[] | null | undefined;
      const asTyped = (part: string) => {
        accented ??= typed !== undefined && hasAccents(typed) ? [lower(typed), lexicon.expand(typed)] : null;
        return accented === null || saidWithAccents(part, accented);
      };
      return scoped.flatMap(({ topic, pattern, together }) => {
        // The first phrase met, or, when that one is not said as typed, any later one.
        const first = pattern ? pattern.exec(folded) : null;
        if (pattern) pattern.lastIndex = 0;
        const single =
          first && !asTyped(first[0])
            ? [...folded.matchAll(pattern ?? NOTHING)].find((match) => asTyped(match[0]))
            : first;
        if (single) return [{ topic, phrase: single[0].replace(/\s+/g, ' ') }];
        // Every phrase of parts said within three sentences, each reported by its first part:
        // whether one is the best candidate's own words is judged phrase by phrase (decide.ts). Parts
        // said further apart are different things ("Công ty tôi kinh doanh xăng dầu. … trạm nạp LPG
        // vào xe bồn. … Cho tôi hỏi xin cấp lại giấy này …" re-issues the station's certificate, not a
        // petrol one).
        const sentences = together.length > 0 ? nearSentences(unnamed, several) : [];
        const phrases = together.flatMap(([first, ...rest]) =>
          sentences.flatMap((sentence) => {
            const said = first?.exec(sentence);
            const saidAll = rest.every((part) => {
              const met = part.exec(sentence);
              return met !== null && asTyped(met[0]);
            });
            return said && asTyped(said[0]) && saidAll ? [said[0].replace(/\s+/g, ' ')] : [];
          }),
        );
        return [...new Set(phrases)].map((phrase) => ({ topic, phrase }));
      });
    },
  };
  return lexicon;
}

/** Each sentence with the two after it (the text itself when it is that short), "nhiều tỉnh" added to each when said. */
function nearSentences(text: string, several: boolean): string[] {
  const sentences = sentencesOf(text).filter((sentence) => sentence.trim() !== '');
  const near =
    sentences.length <= NEAR
      ? [text]
      : sentences.slice(0, 1 - NEAR).map((_, i) => sentences.slice(i, i + NEAR).join(' '));
  return several ? near.map((part) => `${part} | ${SEVERAL_PROVINCES}`) : near;
}
const NEAR = 3;

// Moving the office, the shop or the home from another province to this one ("chuyển hẳn văn
// phòng về tỉnh mình", "move our office here to your province"): moving to another province, as
// the place it leaves sees it.
const MOVED_HERE =
  /(?<![\p{L}])(?:chuyển|chuyen|dời|doi) (?:hẳn |han )?(?:(?:văn phòng|van phong|trụ sở|tru so|cửa hàng|cua hang|nhà|nha|địa điểm|dia diem)(?: \p{L}+){0,2}? )?(?:về|ve|sang|ra|vào|vao|đến|den|tới|toi) (?:tỉnh|tinh|thành phố|thanh pho) (?:mình|minh|này|nay|nhà|nha|bên này|ben nay)(?![\p{L}])|(?<![\p{L}])(move|moving|moved|relocat[a-z]*) (?:it |them |the office |our office |the shop |our shop )?(?:here |over )?to (?:your|this) province/giu;
// A distance or a road's milestone ("km 12 quốc lộ 1A", "cách 5 km"): no "km" (khuyến mại) asked about.
const DISTANCE = /(?<![\p{L}\p{N}])(?:km ?\d+|\d+(?:[.,]\d+)? ?km)(?![\p{L}\p{N}])/giu;
const SEVERAL_PROVINCES = 'nhieu tinh';
const AGENT_NAMED =
  /(?<![\p{L}])(?:(?:visa|immigration) (?:agen[a-z]*|consultan[a-z]*)|(?:ben )?dich vu (?:lam )?visa|ben lam visa)(?![\p{L}])/gu;
const NOTHING = /(?!)/gu;
// A number of two or more before provinces or cities: "9 provinces", "ba tỉnh", "several cities".
const COUNTED_PLACES =
  /(?<![\p{L}\p{N}])(?:[2-9]|[1-9]\d+|hai|ba|bon|chin|muoi|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|cac|nhieu) (?:tinh|tinh thanh|thanh pho|provinc[a-z]*|cit(?:y|i[a-z]*))(?![\p{L}])/u;

// "giấy phép lao động cấp lần đầu năm 2024", "first issued in 2024": when something was first
// issued is its history, not a first licence asked for.
const FIRST_WHEN =
  /(?<![\p{L}])(?:lần đầu|lan dau|for the first time|first)(?= (?:vào |hồi |từ |vao |hoi |tu |in |on )?(?:năm |ngày |tháng |nam |ngay |thang )?(?:\d{1,2}\/)?\d{4}(?![\p{N}]))|(?<=(?:issued|granted|obtained) )(?:for the first time|first)(?= in \d{4})/giu;

// "a new 1-year contract", "a 12-month lease": a length said before the noun is not a word of the
// phrase ("new contract") and would keep it from being met.
// In Vietnamese the length follows the contract: "ký hợp đồng 1 năm với công ty mới".
const DURATION_ADJECTIVE =
  /(?<![\p{L}\p{N}-])(?:\d+|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)-(?:year|month|week|day)(?:-long)?(?![\p{L}\p{N}-])|(?<=(?:hợp đồng|hop dong|hđlđ|hdld) )\d+ (?:năm|tháng|nam|thang)(?![\p{L}\p{N}])/giu;

// "re-issue" and "reissue", "re-register" and "reregister" are one word: the prefix is joined
// before base forms are taken, so both spellings meet ("re-issued" → "reissu").
const PREFIXED = /(?<![\p{L}\p{N}-])re-(?=[a-z])/giu;

function joinPrefixes(text: string): string {
  return text.replace(PREFIXED, (prefix) => prefix.slice(0, -1));
}

/** Words that end in "cấp" (folded "cap"): supply, allowance, high-end, intermediate, urgent, level. */
const ENDS_IN_CAP = 'cung|tro|cao|trung|khan|so|thuong|ha';

/** A RegExp matching any of the phrases as whole words, spaces or hyphens between them. */
function wholePhrases(phrases: string[], flags = ''): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    // "fire-prevention" says "fire prevention", and "haven't paid" says "haven t paid" (the phrase's
    // words, as the content's phrases are read).
    .map((phrase) => {
      const pattern = escapeRegExp(phrase).replace(/\s+/g, "[\\s'’-]+");
      // Folded, "cấp" (to issue) ends words of its own: "cung cấp mới" is a new supplier, not a new licence.
      return /^cap\s/.test(phrase) ? `(?<!(?:${ENDS_IN_CAP})\\s)${pattern}` : pattern;
    })
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, `u${flags}`);
}

/**
 * Out-of-scope topics said in any of a text's readings (spelled out and as typed: chat shorthand
 * must not hide another sector's phrase, "my TRC" is a residence card where the shorthand "trc"
 * reads "trước"), each topic and phrase once.
 */
export function topicsSaid(
  lexicon: Lexicon,
  typed: string,
  ...readings: string[]
): Array<{ topic: OutOfScopeTopic; phrase: string }> {
  const found = readings.flatMap((folded) => lexicon.outOfScope(folded, typed));
  return found.filter(
    (one, at) => found.findIndex((other) => other.topic.id === one.topic.id && other.phrase === one.phrase) === at,
  );
}
