/**
 * What the detector knows of one language. Languages that share a script are told apart by letters (which
 * the others lack) and by frequent short words; `alphabet` and `marks` are lower case.
 */
interface LanguageProfile {
  readonly code: string;
  /** Every letter the language writes: a word with any other letter of its script counts against it. */
  readonly alphabet: string;
  /** Letters that set it apart from its neighbours: a word with one (and nothing foreign) counts for it. */
  readonly marks: string;
  /** Frequent short words; one shared by several languages counts for each of them. */
  readonly stopWords: readonly string[];
}

const RUSSIAN_LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * In order of preference on a tie: Russian first (this pipeline's main language, as English is among the
 * Latin ones), and a language before any whose marks include all of its own (uk and tt before kk), so a
 * short Ukrainian text with only «і» is not called Kazakh.
 *
 * Marks leave out letters shared with languages not listed: «ө ү ң» are Kyrgyz and Bashkir too, so they
 * count for neither Tatar nor Kazakh (a Kyrgyz text comes out `und`, not `tt`). Bulgarian has no letter of
 * its own, but writes «ъ» inside words far more often than Russian does, and lacks «ы э ё».
 */
const CYRILLIC_PROFILES: readonly LanguageProfile[] = [
  {
    code: 'ru',
    alphabet: RUSSIAN_LETTERS,
    marks: '',
    stopWords: [
      'и',
      'в',
      'не',
      'на',
      'что',
      'с',
      'по',
      'это',
      'как',
      'из',
      'для',
      'о',
      'его',
      'от',
      'к',
      'за',
      'также',
      'был',
      'была',
      'было',
      'были',
      'она',
      'они',
      'у',
      'же',
      'который',
      'которые',
      'уже',
      'после',
      'но',
      'а',
      'до',
      'при',
      'про',
    ],
  },
  {
    code: 'uk',
    alphabet: 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя',
    marks: 'ґєії',
    stopWords: [
      'і',
      'й',
      'та',
      'що',
      'не',
      'на',
      'з',
      'у',
      'в',
      'це',
      'як',
      'до',
      'від',
      'для',
      'його',
      'її',
      'вона',
      'він',
      'також',
      'був',
      'була',
      'були',
      'які',
      'який',
      'яка',
      'за',
      'про',
      'після',
      'але',
      'а',
      'при',
      'вже',
    ],
  },
  {
    code: 'be',
    alphabet: 'абвгдеёжзійклмнопрстуўфхцчшыьэюя',
    marks: 'іў',
    stopWords: [
      'і',
      'й',
      'у',
      'ў',
      'на',
      'не',
      'з',
      'што',
      'гэта',
      'як',
      'да',
      'для',
      'ад',
      'яго',
      'яе',
      'яна',
      'ён',
      'таксама',
      'быў',
      'была',
      'былі',
      'якія',
      'які',
      'за',
      'пра',
      'пасля',
      'але',
      'а',
      'ужо',
      'па',
    ],
  },
  {
    code: 'bg',
    alphabet: 'абвгдежзийклмнопрстуфхцчшщъьюя',
    marks: 'ъ',
    stopWords: [
      'и',
      'в',
      'във',
      'на',
      'за',
      'не',
      'по',
      'от',
      'с',
      'със',
      'се',
      'са',
      'е',
      'да',
      'че',
      'това',
      'той',
      'тя',
      'те',
      'който',
      'която',
      'които',
      'беше',
      'ще',
      'към',
      'след',
      'но',
      'а',
      'при',
      'до',
      'има',
    ],
  },
  {
    code: 'sr',
    alphabet: 'абвгдђежзијклљмнњопрстћуфхцчџш',
    marks: 'ђјљњћџ',
    stopWords: [
      'и',
      'у',
      'на',
      'за',
      'не',
      'по',
      'од',
      'са',
      'се',
      'је',
      'да',
      'што',
      'то',
      'он',
      'она',
      'они',
      'који',
      'која',
      'које',
      'био',
      'била',
      'су',
      'као',
      'али',
      'а',
      'из',
      'до',
      'при',
      'ће',
    ],
  },
  {
    code: 'mk',
    alphabet: 'абвгдѓежзѕијклљмнњопрстќуфхцчџш',
    marks: 'ѓѕјљњќџ',
    stopWords: [
      'и',
      'во',
      'на',
      'за',
      'не',
      'по',
      'од',
      'со',
      'се',
      'е',
      'да',
      'дека',
      'што',
      'тоа',
      'тој',
      'таа',
      'тие',
      'кои',
      'кој',
      'која',
      'беше',
      'ќе',
      'ги',
      'го',
      'ја',
      'но',
      'а',
      'при',
      'до',
    ],
  },
  {
    code: 'tt',
    alphabet: `${RUSSIAN_LETTERS}әөүҗңһ`,
    marks: 'әҗһ',
    stopWords: [
      'һәм',
      'белән',
      'да',
      'дә',
      'бу',
      'шул',
      'өчен',
      'дип',
      'буенча',
      'турында',
      'бер',
      'аның',
      'иде',
      'булып',
      'ул',
      'инде',
      'ә',
      'тә',
      'та',
      'әле',
    ],
  },
  {
    code: 'kk',
    alphabet: `${RUSSIAN_LETTERS}әғқңөұүһі`,
    marks: 'әғқұһі',
    stopWords: [
      'және',
      'мен',
      'бұл',
      'осы',
      'үшін',
      'деп',
      'бойынша',
      'туралы',
      'бір',
      'оның',
      'болып',
      'ол',
      'сол',
      'тағы',
      'еді',
      'де',
      'да',
      'та',
      'те',
      'жылы',
    ],
  },
];

/** The same for Latin-script languages; `nl` lists its rare accents in the alphabet but marks none. */
const LATIN_PROFILES: readonly LanguageProfile[] = [
  {
    code: 'en',
    alphabet: LATIN_LETTERS,
    marks: '',
    stopWords: [
      'the',
      'and',
      'of',
      'to',
      'in',
      'is',
      'that',
      'for',
      'on',
      'with',
      'as',
      'was',
      'by',
      'at',
      'it',
      'from',
      'he',
      'said',
      'has',
      'have',
      'are',
      'were',
      'will',
      'which',
      'its',
      'but',
      'after',
      'an',
      'this',
      'would',
    ],
  },
  {
    code: 'de',
    alphabet: `${LATIN_LETTERS}äöüß`,
    marks: 'äöüß',
    stopWords: [
      'der',
      'die',
      'und',
      'das',
      'ist',
      'nicht',
      'mit',
      'den',
      'von',
      'zu',
      'auf',
      'für',
      'ein',
      'eine',
      'sich',
      'auch',
      'dem',
      'des',
      'im',
      'in',
      'wurde',
      'hat',
      'bei',
      'nach',
      'werden',
    ],
  },
  {
    code: 'fr',
    alphabet: `${LATIN_LETTERS}àâæçéèêëîïôœùûÿ`,
    marks: 'àâæçéèêëîïôœùûÿ',
    stopWords: [
      'le',
      'la',
      'les',
      'et',
      'des',
      'est',
      'une',
      'un',
      'dans',
      'pour',
      'que',
      'du',
      'sur',
      'au',
      'aux',
      'pas',
      'avec',
      'il',
      'de',
      'qui',
      'par',
      'en',
      'ne',
      'se',
      'été',
      'ont',
      'sont',
      'cette',
    ],
  },
  {
    code: 'es',
    alphabet: `${LATIN_LETTERS}áéíñóúü`,
    marks: 'áéíñóúü',
    stopWords: [
      'el',
      'la',
      'los',
      'las',
      'y',
      'que',
      'en',
      'del',
      'por',
      'con',
      'para',
      'una',
      'un',
      'es',
      'se',
      'su',
      'sus',
      'al',
      'de',
      'no',
      'lo',
      'como',
      'más',
      'fue',
      'ha',
      'este',
      'esta',
    ],
  },
  {
    code: 'pt',
    alphabet: `${LATIN_LETTERS}áâãàçéêíóôõú`,
    marks: 'áâãàçéêíóôõú',
    stopWords: [
      'o',
      'os',
      'as',
      'e',
      'que',
      'de',
      'do',
      'da',
      'dos',
      'das',
      'em',
      'no',
      'na',
      'nos',
      'nas',
      'um',
      'uma',
      'para',
      'com',
      'não',
      'por',
      'mais',
      'ao',
      'se',
      'foi',
      'pelo',
      'pela',
      'é',
      'nesta',
      'neste',
    ],
  },
  {
    code: 'it',
    alphabet: `${LATIN_LETTERS}àèéìíòóù`,
    marks: 'àèéìíòóù',
    stopWords: [
      'il',
      'lo',
      'la',
      'gli',
      'le',
      'e',
      'che',
      'di',
      'del',
      'della',
      'in',
      'un',
      'una',
      'per',
      'con',
      'non',
      'è',
      'sono',
      'da',
      'dal',
      'al',
      'alla',
      'anche',
      'nel',
      'nella',
      'ha',
    ],
  },
  {
    code: 'nl',
    alphabet: `${LATIN_LETTERS}áéèëíïóöúü`,
    marks: '',
    stopWords: [
      'de',
      'het',
      'een',
      'van',
      'en',
      'in',
      'is',
      'op',
      'dat',
      'niet',
      'met',
      'voor',
      'zijn',
      'te',
      'er',
      'ook',
      'aan',
      'bij',
      'werd',
      'door',
      'worden',
      'heeft',
    ],
  },
];

const PROFILES = [...CYRILLIC_PROFILES, ...LATIN_PROFILES];
/** Bit `i` of every mask below stands for `PROFILES[i]`. */
const bits = (profiles: readonly LanguageProfile[]) =>
  profiles.reduce((mask, p) => mask | (1 << PROFILES.indexOf(p)), 0);
const CYRILLIC_MASK = bits(CYRILLIC_PROFILES);
const LATIN_MASK = bits(LATIN_PROFILES);
/**
 * Russian writes «ъ» only as a separator before е, ё, ю, я («объявил», «съезд»); Bulgarian, whose mark it is,
 * never there (its «ъ» is a vowel: «във», «път»). Such a word is Russian evidence, not Bulgarian.
 */
const BULGARIAN_MASK = 1 << PROFILES.findIndex((p) => p.code === 'bg');
const SEPARATING_HARD_SIGN = /ъ[еёюя]/;

/** Lower-case letters of both scripts have char codes below this (Cyrillic ends at U+052F). */
const LETTER_CODES = 0x530;
/** For each char code, a mask of the languages whose alphabet (or marks) has it: arrays, as this runs per letter. */
function letterMasks(pick: (p: LanguageProfile) => string): Int32Array {
  const masks = new Int32Array(LETTER_CODES);
  PROFILES.forEach((profile, i) => {
    for (const letter of pick(profile)) masks[letter.charCodeAt(0)]! |= 1 << i;
  });
  return masks;
}
const ALPHABET_MASKS = letterMasks((p) => p.alphabet);
const MARK_MASKS = letterMasks((p) => p.marks);
const STOP_WORD_MASKS = new Map<string, number>();
PROFILES.forEach((profile, i) => {
  for (const word of profile.stopWords) STOP_WORD_MASKS.set(word, (STOP_WORD_MASKS.get(word) ?? 0) | (1 << i));
});

/** Points needed to name a language: fewer is a guess from a headline-sized text. */
const MIN_SCORE = 3;

/** The languages a word can belong to, by the script of its first letter (a UTF-16 code unit). */
function scriptMask(code: number): number {
  if (code >= 0x400 && code < 0x530) return CYRILLIC_MASK;
  // Basic Latin, Latin-1 letters, Latin Extended-A and B: what the Latin alphabets above draw on.
  return code < 0x250 ? LATIN_MASK : 0;
}

/** What one word says, as masks of languages: it is a frequent word of theirs, only they spell it, they cannot spell it. */
interface WordEvidence {
  readonly stop: number;
  readonly marked: number;
  readonly foreign: number;
}

/**
 * A frequent short word counts for each language that uses it. A word in lower case counts against each
 * language of its script that lacks one of its letters, else for each language it has a mark of. A word
 * starting with a capital says nothing by its letters: it may be a name, and a Russian article about
 * Kazakhstan quotes «Әлихан» and «Тоқаев».
 */
function evidenceOf(word: string): WordEvidence {
  const lower = word.toLowerCase();
  const stop = STOP_WORD_MASKS.get(lower) ?? 0;
  if (lower.charAt(0) !== word.charAt(0)) return { stop, marked: 0, foreign: 0 };
  const scope = scriptMask(lower.charCodeAt(0));
  let spelled = scope;
  let marks = 0;
  for (let i = 0; i < lower.length && spelled !== 0; i++) {
    const code = lower.charCodeAt(i);
    spelled &= code < LETTER_CODES ? ALPHABET_MASKS[code]! : 0;
    marks |= code < LETTER_CODES ? MARK_MASKS[code]! : 0;
  }
  if (SEPARATING_HARD_SIGN.test(lower))
    return { stop, marked: spelled & marks & ~BULGARIAN_MASK, foreign: (scope & ~spelled) | BULGARIAN_MASK };
  return { stop, marked: spelled & marks, foreign: scope & ~spelled };
}

/** Word forms whose evidence is remembered; the cache starts afresh when full (a news stream repeats its words). */
const EVIDENCE_CACHE_LIMIT = 50_000;
const evidenceCache = new Map<string, WordEvidence>();

/** `evidenceOf`, remembered per word form: most words of an article were seen in earlier ones. */
function cachedEvidenceOf(word: string): WordEvidence {
  let evidence = evidenceCache.get(word);
  if (evidence === undefined) {
    if (evidenceCache.size >= EVIDENCE_CACHE_LIMIT) evidenceCache.clear();
    evidence = evidenceOf(word);
    evidenceCache.set(word, evidence);
  }
  return evidence;
}

/** Points per language (in `PROFILES` order): +1 for each frequent word and each marked word, −1 for each foreign word. */
function scoreLanguages(words: readonly string[]): number[] {
  const scores = PROFILES.map(() => 0);
  for (const word of words) {
    const { stop, marked, foreign } = cachedEvidenceOf(word);
    // Only the languages the word says something about: one bit at a time, lowest first.
    for (let rest = stop | marked | foreign; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      scores[31 - Math.clz32(bit)]! +=
        ((stop & bit) !== 0 ? 1 : 0) + ((marked & bit) !== 0 ? 1 : 0) - ((foreign & bit) !== 0 ? 1 : 0);
    }
  }
  return scores;
}

/**
 * The language of a text as an ISO 639-1 code (ru, uk, be, bg, sr, mk, tt, kk; en, de, fr, es, pt, it, nl),
 * `und` when no language has enough evidence. Each language scores its frequent short words and the
 * lower-case words only it can spell, less the lower-case words it cannot spell (`evidenceOf`); the best
 * score wins, ties going to the first listed. A Russian article that quotes a Kazakh name or a phrase in
 * another language stays Russian, since names do not count and a few words do not outweigh its function
 * words. A short, mostly Cyrillic text (a headline) with nothing pointing elsewhere is Russian, the likeliest
 * language of this pipeline's feeds: «Генерал НАТО погиб в ДТП в Италии» has too few words to score, and a short
 * Bulgarian or Serbian line that happens to use only letters Russian has is the price. Deterministic, one pass
 * over the words.
 *
 * @example
 * detectLanguage('Президент Татарстана встретился с делегацией из Казахстана') // 'ru'
 */
export function detectLanguage(text: string): string {
  const words = wordsOf(text.normalize('NFC'));
  const scores = scoreLanguages(words);
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  if (scores[best]! >= MIN_SCORE) return PROFILES[best]!.code;
  return isShortRussian(words, scores) ? 'ru' : 'und';
}

/**
 * Letters after a number are its suffix («3-й», «111-й»), not a word («й» is a Ukrainian and Belarusian word).
 * One scan: a number with its suffix is matched where it starts, as removing them first would, and left out by
 * its hyphen (a letter run has none).
 */
const WORD_OR_NUMBER_SUFFIX = /\p{N}+-\p{L}+|\p{L}+/gu;

/** The letter runs of `text`, numbers' suffixes left out. */
function wordsOf(text: string): string[] {
  return (text.match(WORD_OR_NUMBER_SUFFIX) ?? []).filter((match) => !match.includes('-'));
}

/** Too few points for anyone, but mostly Cyrillic, and no word Russian cannot spell or that scores elsewhere. */
function isShortRussian(words: readonly string[], scores: readonly number[]): boolean {
  const cyrillic = words.filter((w) => /\p{Script=Cyrillic}/u.test(w)).length;
  if (cyrillic === 0 || cyrillic < words.length - cyrillic) return false;
  const ru = scores[0]!;
  return ru >= 0 && scores.every((score) => score <= ru);
}
