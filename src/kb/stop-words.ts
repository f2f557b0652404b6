// Function words and aspect words: they don't say which procedure is meant. Questions never
// search by them, so the index never stores them either: a term no query asks for only costs
// posting lists (at national scale, half the index) and start-up time.

/** Folded syllables that never count as content. */
export const STOP = new Set(
  (
    'toi em anh chi minh ban chau chung cho hoi xin a vay thi la co khong duoc cua va cac nhung mot nay do khi nao gi sao the nhu ' +
    'nhieu lau o dau voi ve de phai can muon da dang se roi neu hay hoac ma vi nen bi theo trong ra vao tu den tai qua ai cai ' +
    'gom buoc nhan moi cung con nua luc sau truoc ' +
    'i my we our you your is are do does how what where when which who the a an to of for in on with and or can should get need'
  ).split(' '),
);

/**
 * English function words, in the base forms the lexicon gives them (baseForm: "does" stays,
 * "having" → "hav"), and the words every English procedure name or question may say
 * ("issuing", "procedure", "Vietnam"): they never tell one procedure from another. Used only
 * where English is read as English (an entry's English names against an English question).
 */
export const ENGLISH_STOP = new Set(
  (
    'a an the to of for in on at by from with without about into onto over under as and or but if then than so ' +
    'not no nor be is am are was were been being has have hav had do does did done doing will would shall should ' +
    'can could may might must need it its it s this that these those there here i me my we us our you your he him ' +
    'his she her they them their who whom whose what which where when why how any some each every all both other ' +
    'such own same just also still only very much many more most one ones s t m re ve ll d get got ' +
    'issu procedur vietnam vietnames administrativ work'
  ).split(' '),
);

/** Folded bigrams that name an aspect of any procedure, not a procedure. */
export const STOP_PAIRS = new Set([
  'ho_so',
  'thu_tuc',
  'giay_to',
  'thoi_han',
  'le_phi',
  'bao_lau',
  'bao_nhieu',
  'quy_dinh',
  'can_cu',
  'truong_hop',
]);

/** A folded syllable a question can search by (numbers alone say nothing: "30", "2025"). */
export function isContentSyllable(syllable: string): boolean {
  return !STOP.has(syllable) && !/^\d+$/.test(syllable);
}

/** A folded bigram ("giay_phep") a question can search by. */
export function isContentPair(pair: string): boolean {
  if (STOP_PAIRS.has(pair)) return false;
  const split = pair.indexOf('_');
  return !STOP.has(pair.slice(0, split)) && !STOP.has(pair.slice(split + 1));
}

/** Changes whenever the lists change, so an index snapshot made with other lists is rebuilt. */
export const STOP_FINGERPRINT = `${STOP.size}.${STOP_PAIRS.size}.${ENGLISH_STOP.size}.${[...STOP, ...STOP_PAIRS, ...ENGLISH_STOP].join('').length}`;
