import { loadMorphology } from '@app/ner';
import { englishForms } from './search-english.js';

/** Words of a query made only of words (no quotes, `or`, or `-`): the case the lemma expansion handles. */
const PLAIN_QUERY = /^[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*(?:\s+[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*)*$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ENGLISH = /^[a-z]+(?:'[a-z]+)?$/i;
/** More words than this and the query is searched as typed: each word adds a tsquery to build. */
const MAX_WORDS = 8;
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
const NUMBERS = ['sing', 'plur'];
/** Readings below this likelihood are not expanded: a rare reading would pull in another word's forms. */
const MIN_SCORE = 0.1;

/** Every case form, singular and plural, of the likely readings of a Russian word, the word itself first. */
function formsOf(word: string): string[] {
  const forms = new Set([word.toLowerCase()]);
  for (const parse of loadMorphology().parse(word.toLowerCase())) {
    if (parse.score < MIN_SCORE) continue;
    forms.add(parse.lemma);
    for (const c of CASES) for (const n of NUMBERS) forms.add(parse.inflect([c, n]) ?? parse.lemma);
  }
  return [...forms];
}

/** A word's forms to search for: every case form of a Russian word, the irregular forms of an English one. */
function searchForms(word: string): string[] {
  if (CYRILLIC.test(word)) return formsOf(word);
  if (ENGLISH.test(word)) return englishForms(word);
  return [word];
}

/**
 * A plain query as one `websearch_to_tsquery` text per word, each OR-ing the word's forms: PostgreSQL's Russian
 * stemmer gives «Татарстана» and «Татарстане» different stems, and its English one leaves `children` and `child`
 * apart, so a search must name the forms it means. Null for a query with search syntax, which is searched as
 * typed, and for one whose words have no other forms.
 *
 * @example
 * expandedWords('Татарстане') // ['татарстане or татарстан or татарстана or …']
 * expandedWords('children budget') // ['children or child', 'budget']
 */
export function expandedWords(q: string): string[] | null {
  if (!PLAIN_QUERY.test(q)) return null;
  const words = q.split(/\s+/);
  if (words.length > MAX_WORDS || words.some((w) => w.toLowerCase() === 'or')) return null;
  const forms = words.map(searchForms);
  if (forms.every((f) => f.length === 1)) return null;
  return forms.map((f, i) => (f.length === 1 ? words[i]! : f.join(' or ')));
}
