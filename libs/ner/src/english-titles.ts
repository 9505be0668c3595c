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

/** Whether a token is a title word ("Mr", "mr.", "President"): exported for the other English rules. */
export const isTitle = (word: string): boolean => TITLES.has(word.toLowerCase().replace(/\.$/, ''));
const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/**
 * English only: a person span loses the titles it starts with, and the stop after one ("Ms. Clinton"), when what
 * is left starts with a capitalised word that is not a title ("Secretary of State John Kerry" keeps its span: "of"
 * is neither). A person span that is nothing but titles ("Mr" tagged apart from "Osborne") is dropped.
 */
export function dropLeadingTitles(spans: readonly TokenSpan[], word: (k: number) => string): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (s.type !== PER) {
      out.push(s);
      continue;
    }
    let first = s.first;
    while (first <= s.last && (isTitle(word(first)) || (first > s.first && word(first) === '.'))) first++;
    if (first > s.last) continue;
    out.push(first > s.first && capitalised(word(first)) ? { ...s, first } : s);
  }
  return out;
}
