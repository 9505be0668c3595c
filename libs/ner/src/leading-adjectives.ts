import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import type { Morphology, WordParse } from './morphology/index.js';
import { F_AFTER_OPEN, F_CAP, F_CYR, F_LAT, F_PUNCT, type TokenInfo } from './token-info.js';

const ORG = ENTITY_TYPES.indexOf('ORG');
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
/** Adjectives in -ский/-цкий/-ской name what a thing belongs to (a country, a city, a body), not what it is like. */
const RELATIONAL_LEMMA = /(?:ск|цк)(?:ий|ой)$/u;
/** A cheap test of the written form before the dictionary is asked («японского», «московском», «российских»). */
const RELATIONAL_FORM = /[сц]к[а-яё]{1,3}$/u;

/** The text of token `k`. */
export type WordAt = (k: number) => string;

/** The cases (one bit each) some reading of the word allows; `only` keeps the readings it accepts. */
function casesOf(parses: readonly WordParse[], only: (p: WordParse) => boolean = () => true): number {
  let bits = 0;
  for (const p of parses) if (only(p)) for (let c = 0; c < CASES.length; c++) if (p.tags.has(CASES[c]!)) bits |= 1 << c;
  return bits;
}

const isAdjective = (p: WordParse): boolean => p.tags.has('ADJF');

/** A lower-case Cyrillic word whose likeliest reading is a relational adjective (guessed ones too: Az lacks «украинском»); the cases it allows, or 0. */
function relationalAdjective(t: TokenInfo, k: number, word: WordAt, morphology: Morphology): number {
  const f = t.flags[k]!;
  if (f & (F_CAP | F_PUNCT | F_LAT) || !(f & F_CYR)) return 0;
  const w = word(k);
  if (!RELATIONAL_FORM.test(w)) return 0;
  const parses = morphology.parse(w);
  const top = parses[0];
  if (!top || !isAdjective(top) || top.tags.has('Qual') || top.tags.has('Apro') || !RELATIONAL_LEMMA.test(top.lemma))
    return 0;
  return casesOf(parses, isAdjective);
}

/**
 * Russian only: factRuEval's organisation name takes in the relational adjectives before it («японского МИДа»,
 * «российского Минсельхоза», «московского «Центра»»), where NEREL-trained weights start at the capital letter. An
 * ORG span whose first word is Cyrillic grows leftwards over lower-case adjectives in -ский/-цкий (by their likeliest
 * reading, neither qualitative nor pronominal) that agree with that word in case; one opening quote may stand
 * between. Evaluative adjectives stay out, as in factRuEval: «нелегитимной Мосгордумы», «новом Конгрессе».
 */
export function extendLeadingAdjectives(
  t: TokenInfo,
  spans: TokenSpan[],
  word: WordAt,
  morphology: Morphology,
): TokenSpan[] {
  return spans.map((s, i) => {
    if (s.type !== ORG) return s;
    const head = t.flags[s.first]! & F_PUNCT ? s.first + 1 : s.first;
    if (head > s.last || !(t.flags[head]! & F_CYR) || t.flags[head]! & F_LAT) return s;
    const floor = i > 0 ? spans[i - 1]!.last + 1 : 0;
    let first = s.first;
    let k = head === s.first && t.flags[head]! & F_AFTER_OPEN ? s.first - 2 : s.first - 1;
    let headCases = -1; // read only when an adjective stands before the name: most spans have none
    while (k >= floor) {
      const cases = relationalAdjective(t, k, word, morphology);
      if (cases === 0) break;
      if (headCases < 0) headCases = casesOf(morphology.parse(word(head)));
      if (headCases !== 0 && (cases & headCases) === 0) break;
      first = k--;
    }
    return first === s.first ? s : { ...s, first };
  });
}
