import type { TokenSpan } from './labels.js';
import { ENTITY_TYPES } from './labels.js';

const PER = ENTITY_TYPES.indexOf('PER');

// Titles and offices written before a name: not part of it ("President Kassym-Jomart Tokayev", "Ms Pugh",
// "Prime Minister Modi"), as in WikiGold, English-PUD and the news style the issue asks for.
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr sir dame lord lady president vice prime minister chancellor premier senator sen rep gov ' +
    'governor mayor king queen prince princess pope emperor general gen col capt captain lt sgt judge justice ' +
    'professor prof rev reverend father sheikh ayatollah chief executive ceo chairman chairwoman secretary ' +
    'ambassador commissioner director foreign finance defence defense interior deputy former late'
  ).split(' '),
);

const isTitle = (word: string): boolean => TITLES.has(word.toLowerCase().replace(/\.$/, ''));
const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/**
 * English only: a person span loses the titles it starts with, when what is left starts with a capitalised word
 * that is not a title ("Secretary of State John Kerry" keeps its span: "of" is neither).
 */
export function dropLeadingTitles(spans: readonly TokenSpan[], word: (k: number) => string): TokenSpan[] {
  return spans.map((s) => {
    if (s.type !== PER) return s;
    let first = s.first;
    while (first < s.last && isTitle(word(first))) first++;
    return first > s.first && capitalised(word(first)) ? { ...s, first } : s;
  });
}
