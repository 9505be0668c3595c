import { hasCyrillic, transliterate } from './cyrillic-latin.js';

/** Letters of ISO 9 / GOST 7.79 and of Turkic romanisations, spelled out the way BGN/PCGN writes them. */
const SPELLED_OUT: Record<string, string> = {
  ž: 'zh',
  č: 'ch',
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

/**
 * Rewrites, in order, that make the spellings of one sound meet: the Latin systems (BGN/PCGN, ISO 9, passport)
 * and the forms agencies write ("Tokayev"/"Tokaev", "Kassym"/"Kasym", "Jomart"/"Zhomart", "Yevgeny"/"Evgeny").
 * `c` alone stands for ч and `j` for ж/дж once these have run.
 */
const REWRITES: [RegExp, string][] = [
  // ISO 9 and German write й as j (Sergej); before a consonant or at the end it cannot be English j.
  [/([aeiou])j(?![aeiou])/g, '$1y'],
  [/shch|sch/g, 'sh'],
  [/tch/g, 'ch'],
  [/chr/g, 'kr'],
  [/ck/g, 'k'],
  [/c(?=[eiy])/g, 's'],
  [/c(?!h)/g, 'k'],
  [/ch/g, 'c'],
  [/dzh|dj|zh/g, 'j'],
  [/kh/g, 'h'],
  // An h closing a syllable is silent in English (John) and stands for х in both spellings alike (Bakhtiyar).
  [/([aeiou])h(?![aeiou])/g, '$1'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/tz/g, 'ts'],
  [/x/g, 'ks'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/oo|ou/g, 'u'],
  [/y/g, 'i'],
  // A glide between vowels is written or not: Tokayev, Tokaev, Tokaiev.
  [/([aeiou])i(?=[aeou])/g, '$1'],
  // Initial ye-/ie- (Yevgeny, Ievgenii) is e- in most English spellings.
  [/^ie/, 'e'],
  // The silent final e of English and French spellings (Lagarde, Christine) is not written in Cyrillic.
  [/([^aeiou])e$/, '$1'],
  [/(.)\1+/g, '$1'],
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
 * spellings share. It is meant for matching, never for display.
 *
 * @example
 * wordSkeleton('Токаев') === wordSkeleton('Tokayev') // 'tokaev'
 */
export function wordSkeleton(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  let key = latinWord(hasCyrillic(lower) ? transliterate(lower, 'bgn') : lower);
  for (const [pattern, replacement] of REWRITES) key = key.replace(pattern, replacement);
  return key;
}

/** The words of a name: letters and digits, hyphens and apostrophes splitting as spaces do. */
export function nameWords(name: string): string[] {
  return name.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** The skeletons of a name's words, in order, empty ones left out. */
export function nameSkeleton(name: string): string[] {
  return nameWords(name)
    .map(wordSkeleton)
    .filter((w) => w !== '');
}
