import { loadMorphology } from '@app/ner';
import { hasCyrillic, nameWords, wordSkeleton } from '@app/nlp';
import { searchWord } from '../write/entity-names.js';

/** More words than this in a prefix are not looked at: names are short. */
const MAX_WORDS = 6;
/** Readings below this likelihood are not used: a rare reading would pull in another word's lemma. */
const MIN_SCORE = 0.1;
/** Shorter words are taken as typed: the lemmas of a word's first letters are other words (Минн → мина). */
const MIN_INFLECTED = 5;
/** The case endings a Russian surname or place name takes (Минниханова, Токаевым, Татарстане), cut as a fallback. */
const OBLIQUE_ENDING = /(?:ым|им|ой|ом|ем|ою|а|у|е|ю|я|ы)$/;

/** What a typed word may be the start of: itself, its lemmas, the stem under an oblique ending, and their skeletons. */
function wordAlternatives(word: string): Set<string> {
  const forms = new Set([searchWord(word)]);
  if (hasCyrillic(word) && word.length >= MIN_INFLECTED) {
    for (const parse of loadMorphology().parse(word.toLowerCase()))
      if (parse.score >= MIN_SCORE) forms.add(searchWord(parse.lemma));
    forms.add(searchWord(word).replace(OBLIQUE_ENDING, ''));
  }
  const alternatives = new Set(forms);
  for (const form of forms) {
    const skeleton = wordSkeleton(form, false);
    if (skeleton !== '') alternatives.add(skeleton);
  }
  return alternatives;
}

/**
 * A typed entity prefix as a `tsquery` over `entity_names.terms`: every typed word must start some word of a name,
 * in any case form (its lemmas) and in either script (its skeleton). Null when the prefix has no word at all.
 *
 * @example
 * entityPrefixQuery('Миннихан') // "('миннихан':* | 'minihan':*)"
 */
export function entityPrefixQuery(prefix: string): string | null {
  const words = nameWords(prefix).slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  // Lexemes are letters and digits only (nameWords), so single quotes need no escaping.
  return words.map((w) => `(${[...wordAlternatives(w)].map((a) => `'${a}':*`).join(' | ')})`).join(' & ');
}
