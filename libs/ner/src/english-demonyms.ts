import { isTitle } from './english-titles.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const [PER, ORG, LOC] = [ENTITY_TYPES.indexOf('PER'), ENTITY_TYPES.indexOf('ORG'), ENTITY_TYPES.indexOf('LOC')];

// Words for a people or a country's adjective ("Tatar", "French", "South Korean"): in news they qualify a noun and
// are not themselves places or organisations.
const DEMONYM_ENDING = /(?:ian|ese|ish|ean)$/i;
const DEMONYMS = new Set(
  (
    'american african korean mexican german cuban moroccan tibetan chilean kenyan ugandan afghan kazakh tatar ' +
    'uzbek french dutch greek thai swiss iraqi israeli pakistani kuwaiti qatari yemeni omani saudi bangladeshi ' +
    'nepali somali emirati'
  ).split(' '),
);
const isDemonym = (word: string): boolean => DEMONYM_ENDING.test(word) || DEMONYMS.has(word.toLowerCase());
// After these the word is used as a noun, a name ("the Mediterranean as Mare Nostrum", "the British because …").
const FUNCTION_WORDS = new Set(
  'as and or but in on at to of for from by with is was are were has had have will would since because which that who'.split(
    ' ',
  ),
);
// Before a title the word is an adjective too ("Kazakh President", "French Foreign Minister").
const qualifies = (next: string): boolean => (/^\p{Ll}/u.test(next) && !FUNCTION_WORDS.has(next)) || isTitle(next);

/**
 * English only: a place or organisation span that ends in a demonym and is followed by a lower-case word that is
 * not a function word or by a title ("French troops", "South Korean officials", "Kazakh President") is an adjective,
 * not an entity, and is dropped; so is a one-word person span that is a listed demonym (not the «-ian» ending:
 * «Brian», «Christian» are first names).
 */
export function dropDemonyms(spans: readonly TokenSpan[], word: (k: number) => string, count: number): TokenSpan[] {
  return spans.filter((s) => {
    if (s.last - s.first > 1 || s.last + 1 >= count) return true;
    if (s.type === PER)
      return !(s.first === s.last && DEMONYMS.has(word(s.first).toLowerCase()) && qualifies(word(s.last + 1)));
    if (s.type !== LOC && s.type !== ORG) return true;
    return !(isDemonym(word(s.last)) && qualifies(word(s.last + 1)));
  });
}
