import type { Morphology, WordParse } from '../morphology/index.js';
import { cached } from './candidates.cache.js';
import { CASES, type Case, dictionaryParsesOf, inCase } from './russian-word.js';

/** What the words around a person mention say of its case and gender; absent when they say nothing. */
export interface PersonContext {
  readonly cases?: ReadonlySet<Case>;
  readonly gender?: 'masc' | 'femn';
}

const NONE: PersonContext = {};
/** Every case but the nominative. */
export const OBLIQUE_CASES: ReadonlySet<Case> = new Set(CASES.filter((c) => c !== 'nomn'));
// The word right before the mention, past an apposition dash («пианиста — Тони Мэдигана»).
const BEFORE = /([а-яё]+)[ \u00a0]*(?:[-–—][ \u00a0]*)?$/iu;
const LOOK = 40;
const RARE = 0.05;

const casesOf = (parses: readonly WordParse[]): Set<Case> =>
  new Set(CASES.filter((c) => parses.some((p) => inCase(p, c))));

const genderOf = (parses: readonly WordParse[]): 'masc' | 'femn' | undefined => {
  const sing = parses.filter((p) => p.tags.has('sing'));
  if (sing.length === 0 || sing.length < parses.length) return undefined;
  if (sing.every((p) => p.tags.has('femn'))) return 'femn';
  return sing.every((p) => p.tags.has('masc')) ? 'masc' : undefined;
};

const only = (parses: readonly WordParse[], tag: string): readonly WordParse[] =>
  parses.every((p) => p.tags.has(tag)) ? parses : [];

// A lower-case word before a name: a preposition governs an oblique case («у Гарфилда», «с Путиным»); an adjective
// agrees with the name in case and gender («прозорливая Ванга»); a person noun stands in apposition, in the name's
// case, unless the name is its genitive owner («барона Донована», «брат Сулимы»), and a feminine one names a
// woman («певицу Кузнецову»). Only words whose likely readings are all one part of speech count.
function fromWordBefore(parses: readonly WordParse[]): PersonContext {
  if (parses.length === 0) return NONE;
  if (only(parses, 'PREP').length > 0) return { cases: OBLIQUE_CASES };
  // Not a participle: «снятый Орсоном Уэллсом» names the agent, in the instrumental.
  if (only(parses, 'ADJF').length > 0) {
    const singular = parses.filter((p) => p.tags.has('sing'));
    return singular.length === 0 ? NONE : { cases: casesOf(singular), gender: genderOf(singular) };
  }
  const nouns = only(parses, 'NOUN').filter((p) => p.tags.has('anim'));
  if (nouns.length === 0 || nouns.length < parses.length) return NONE;
  const cases = casesOf(nouns);
  cases.add('gent');
  return { cases, gender: genderOf(nouns) === 'femn' ? 'femn' : undefined };
}

const lowerCase = (word: string | undefined): word is string => !!word && word === word.toLowerCase();
// The dictionary's readings of a word worth considering: not the rare ones nor abbreviations («в»: «век»).
const likely = (morphology: Morphology, word: string): readonly WordParse[] =>
  dictionaryParsesOf(morphology, word).filter((p) => p.score >= RARE && !p.tags.has('Abbr'));

/**
 * What the word right before a person mention says of its case and gender, for the mention's reading to prefer:
 * «Тони Мэдигана» is «Тони Мэдиган» after «пианиста», «Ванга» a woman after «прозорливая». The word after is not
 * asked: a verb there is as often another's («пост Федутинова заняла Павлова»).
 */
export function personContext(
  morphology: Morphology,
  text: string,
  mention: { readonly start: number; readonly end: number },
): PersonContext {
  const before = BEFORE.exec(text.slice(Math.max(0, mention.start - LOOK), mention.start))?.[1];
  return lowerCase(before)
    ? cached(morphology, 'context', before, () => fromWordBefore(likely(morphology, before)))
    : NONE;
}

/** A cache key for a context: «» when it says nothing. */
export const contextKey = (c: PersonContext): string =>
  c.cases || c.gender ? `${[...(c.cases ?? [])].join(',')}/${c.gender ?? ''}` : '';
