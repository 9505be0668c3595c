import { nameWords, wordSkeleton } from '@app/nlp';

/** Past this many names the cache starts afresh: the write path sees the same few thousand names again and again. */
const CACHE_SIZE = 20_000;
const cache = new Map<string, string[]>();

/** A word as searched: lower case, ё read as е. */
export const searchWord = (word: string): string => word.toLowerCase().replaceAll('ё', 'е');

/**
 * The search terms of one entity name: each word in lower case and its cross-script skeleton (vowels as spelled, so
 * that every prefix of the word is a prefix of its skeleton), so a prefix of any word in either script finds it
 * (`GET /v1/entities?prefix=Minnikh` finds «Рустам Минниханов»).
 *
 * @example
 * nameTerms('Рустам Минниханов') // ['рустам', 'rustam', 'минниханов', 'minihanov']
 */
export function nameTerms(name: string): string[] {
  let terms = cache.get(name);
  if (terms) return terms;
  const set = new Set<string>();
  for (const word of nameWords(name)) {
    set.add(searchWord(word));
    const skeleton = wordSkeleton(word, false);
    if (skeleton !== '') set.add(skeleton);
  }
  terms = [...set];
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(name, terms);
  return terms;
}

/** The language a name is filed under: the primary subtag of its article's language (`ru-RU` → `ru`). */
export const nameLanguage = (lang: string): string => lang.toLowerCase().split('-')[0]!;
