import { hasCyrillic, transliterate } from './cyrillic-latin.js';

/** Letters of ISO 9 / GOST 7.79 and of Turkic romanisations, spelled out the way BGN/PCGN writes them. */
const SPELLED_OUT: Record<string, string> = {
  ž: 'zh',
  č: 'ch',
  ć: 'ch',
  š: 'sh',
  ŝ: 'shch',
  û: 'yu',
  â: 'ya',
  ê: 'ye',
  ë: 'e',
  è: 'e',
  ǵ: 'g',
  ķ: 'k',
  ṇ: 'ng',
  ḥ: 'h',
  ẑ: 'zh',
  ù: 'u',
  ı: 'i',
  ğ: 'g',
  ş: 'sh',
  ç: 'ch',
  ñ: 'n',
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'e',
};

/** The silent final e of English and French spellings (Lagarde, Christine) is not written in Cyrillic. */
const SILENT_E: [RegExp, string] = [/([^aeiou])e$/, '$1'];

/**
 * Rewrites, in order, that make the spellings of one sound meet: the Latin systems (BGN/PCGN, ISO 9, passport)
 * and the forms agencies write ("Tokayev"/"Tokaev", "Kassym"/"Kasym", "Jomart"/"Zhomart", "Yevgeny"/"Evgeny").
 * `c` alone stands for ч and `j` for ж/дж once these have run.
 */
const REWRITES: [RegExp, string][] = [
  // ISO 9 and German write й as j (Sergej); before a consonant or at the end it cannot be English j.
  [/([aeiou])j(?![aeiou])/g, '$1y'],
  // Silent initial letters of English spellings (Knott, Wright).
  [/^kn/, 'n'],
  [/^wr/, 'r'],
  // Mc is Mac (McNeilly/МакНейлли, McDonald/Макдональд).
  [/^mc(?=[^aeiou])/, 'mak'],
  [/eau/g, 'o'],
  // The German particle is фон in Russian (von der Leyen/фон дер Ляйен); English final oe is о (Joe/Джо).
  [/^von$/, 'fon'],
  [/oe$/, 'o'],
  // English ew is ю (Newton/Ньютон, Andrew/Эндрю).
  [/ew/g, 'yu'],
  // French -que is к (Remarque/Ремарк), South Slavic -vić/-vic is -вич (Djokovic/Джокович).
  [/que$/, 'k'],
  [/vic$/, 'vich'],
  [/qu/g, 'kv'],
  // Latin -tion, -ssion and their adjectives are Russian -ция, -ссия (Constitution/Конституция, Commission/Комиссия);
  // a Russian adjective in -ционный is read as its noun (`adjectiveAsEnglish`).
  [/tion(?:al)?$/, 'tsia'],
  [/ssion(?:al)?$/, 'ssia'],
  // English -sea in place names is и (Chelsea/Челси, Swansea/Суонси).
  [/(?<=[^aeiou])sea$/, 'si'],
  [/shch|sch/g, 'sh'],
  [/tch/g, 'ch'],
  [/chr/g, 'kr'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/ch/g, 'c'],
  [/dzh|dj|zh/g, 'j'],
  // English g before e, i, y is дж (Gerry, George): written j on both sides, as Cyrillic г goes through the same.
  [/gh(?=[eiy])/g, 'g'],
  // Not before the glide of Cyrillic я, ю, ё (Гюнтер/Günter is gyu, a hard g).
  [/g(?=[ei]|y(?![aeiou]))/g, 'j'],
  [/kh/g, 'h'],
  // After kh is h, so that г+х (Беллингхем) meets English gh (Bellingham).
  [/gh/g, 'g'],
  // An h closing a syllable is silent in English (John) and stands for х in both spellings alike (Bakhtiyar).
  [/([aeiou])h(?![aeiou])/g, '$1'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/tz/g, 'ts'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/oo|ou/g, 'u'],
  // Russian writes English w before a vowel as у (Уинстон/Winston, Уатт/Watt, Эдуард/Edward).
  [/u(?=[aeio])/g, 'v'],
  [/y/g, 'i'],
  // A glide between vowels is written or not: Tokayev, Tokaev, Tokaiev.
  [/([aeiou])i(?=[aeou])/g, '$1'],
  // Initial ye-/ie- (Yevgeny, Ievgenii) is e- in most English spellings.
  [/^ie/, 'e'],
  SILENT_E,
  [/(.)\1+/g, '$1'],
];

/** An acronym is read letter by letter: its final e is a letter (ПАСЕ/PACE is not El País). */
const ACRONYM_REWRITES = REWRITES.filter((rewrite) => rewrite !== SILENT_E);

/**
 * Vowels are where transcriptions disagree most (Trump/Трамп, Fallon/Фэллон, Klein/Кляйн): inside a word any vowel
 * run is one vowel; an initial one stays (Oman, Amman, Yemen), a final one keeps its class, which tells Maria from
 * Mario and Иванова from Иванов.
 */
const FOLD_VOWELS: [RegExp, string | ((match: string, last: string) => string)][] = [
  // English writes a silent e before a final s (James/Джеймс, Jones/Джонс, Torres/Торрес): -es and -s meet.
  [/(?<=[aeiou][^aeiou])es$/, 's'],
  // An initial h before e or i is Cyrillic г there, which the rewrites made j (Henry/Генри, Helmut/Гельмут); not
  // before the glide of ю (Хьюстон/Houston).
  [/^h(?=e|i(?![aeiou]))/, 'j'],
  // German initial z is ц (Zimmer/Циммер, Zuckerberg/Цукерберг), English z is з: both are one letter.
  [/^ts/, 'z'],
  // Final German ch is х, Slavic and English ch is ч (Dietrich/Дитрих, Aldrich/Олдрич), and х after a vowel is
  // not written: -ich, -ич and -их meet after a first syllable (Rich is not Ray).
  [/(?<=[aeiou][^aeiou]+i)c$/, ''],
  // English -er after two consonants is Russian -р (Alexander/Александр, Lysander/Лисандр): one after the other.
  [/(?<=[^aeiou]{2})[aeo]r$/, 'r'],
  [/(?<=[^aeiou])[aeiou]+(?=[^aeiou])/g, 'a'],
  // An initial a, e or o is heard as another (Andy/Энди, Aldrin/Олдрин, Eibingen/Айбинген); i and u stay.
  [/^[aeo][aeiou]*(?=[^aeiou])/, 'a'],
  // An initial English h is г in the older transcription news still uses (Homer/Гомер, Harry/Гарри).
  [/^h/, 'g'],
  [/(?<=[^aeiou])[aeiou]*([aeiou])$/, (_, last) => (last === 'a' ? 'a' : last === 'o' || last === 'u' ? 'o' : 'i')],
  // Inside a word s and z are voiced as the neighbours go (Kansas/Канзас, Woods/Вудз, Barroso/Баррозу), and German z is ц
  // (Zimmer/Циммер, Franz/Франц).
  [/(?<=.)z/g, 's'],
];

function latinWord(word: string): string {
  const spelled = [...word].map((c) => SPELLED_OUT[c] ?? c).join('');
  return spelled
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The identity skeleton of one word: a lower-case Latin key that the word's Cyrillic form and its usual Latin
 * spellings share. It is meant for matching, never for display. Without `foldVowels` the vowels stay as spelled
 * (the gazetteer's key: short names such as Oman and Asia need them).
 *
 * @example
 * wordSkeleton('Токаев') === wordSkeleton('Tokayev') // 'takav'
 */
export function wordSkeleton(word: string, foldVowels = true): string {
  const key = spelledSkeleton(word, REWRITES);
  return foldVowels ? foldedSkeleton(key) : key;
}

/** The skeleton of an acronym (NATO, ОПЕК, ПАСЕ): vowels as spelled, a final e kept. */
export const acronymSkeleton = (word: string): string => spelledSkeleton(word, ACRONYM_REWRITES);

function spelledSkeleton(word: string, rewrites: readonly [RegExp, string][]): string {
  const lower = word.normalize('NFC').toLowerCase();
  // Russian writes an English g or h before a as гэ, хэ (Гэри/Gary, Хэнкс/Hanks); read as га, ха they escape the
  // rules for g and h before e.
  const cyrillic = hasCyrillic(lower) ? lower.replaceAll('гэ', 'га').replaceAll('хэ', 'ха') : undefined;
  let key = latinWord(cyrillic === undefined ? lower : transliterate(cyrillic, 'bgn'));
  for (const [pattern, replacement] of rewrites) key = key.replace(pattern, replacement);
  return key;
}

/** A skeleton with its vowels as spelled (`wordSkeleton(word, false)`) made the folded one. */
export function foldedSkeleton(spelled: string): string {
  let key = spelled;
  for (const [pattern, fold] of FOLD_VOWELS) key = key.replace(pattern, fold as string);
  return key;
}

/** The words of a name: letters and digits, hyphens and apostrophes splitting as spaces do. */
export function nameWords(name: string): string[] {
  return name.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The skeletons of a name's words, in order, empty ones left out; `foldVowels` as for `wordSkeleton`. */
export function nameSkeleton(name: string, foldVowels = true): string[] {
  return nameWords(name)
    .map((w) => wordSkeleton(w, foldVowels))
    .filter((w) => w !== '');
}
