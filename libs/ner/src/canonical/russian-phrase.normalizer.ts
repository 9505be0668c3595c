import type { Morphology, WordParse } from '../morphology/index.js';
import { nameKey } from './letter-case.js';
import {
  adjectiveFirst,
  agreesWithNext,
  casePart,
  casePartAt,
  declineOrdinal,
  feminineGenitive,
  feminineInIa,
  foreignWord,
  genderOf,
  isAdjective,
  isNoun,
  modifierReadings,
  type NumberTag,
  ORDINAL,
  surnameBefore,
} from './phrase-words.js';
import { keepStem } from './same-stem.js';
import { isSurnameParticle } from './surname-particles.js';
import {
  CASES,
  type Case,
  dictionaryParsesOf,
  inCase,
  inflectChosen,
  isFixedWord,
  parsesOf,
  readings,
  stripAcronymEnding,
} from './russian-word.js';

// Names are mostly written in the nominative and in the singular («Голоса Америки» is «Голос», not plural).
// A noun whose dictionary form is the word as written is likelier than a homonym's form («море»: the sea, not
// «мор» in the locative).
const PRIOR = { nomn: Math.log(1.5), plur: Math.log(0.3), kind: Math.log(2), lemma: Math.log(1.5) };
// The grammemes an adjective or participle keeps when it goes to the nominative («Объединённого» → «Объединённый»).
const KEPT = ['actv', 'pssv', 'past', 'pres', 'perf', 'impf', 'Supr', 'Cmp2'];
// A place reads best as a geographical name, an organisation as an organisation's.
const KIND = { LOC: 'Geox', ORG: 'Orgn', PER: 'Name' } as const;
const MISS = 0.02;
const ALTERNATIVES = 3;
const OBLIQUE = ['gent', 'datv', 'ablt', 'loct'];
// A guessed plural in an oblique case is how the guesser misreads an unknown name («Телеграм»: the dative plural
// of «телегра»; «Русал»: the genitive plural of «русало») far more often than a name is in the plural, unless
// the ending is a plural one and no name's («Викиновостям», «Известиях»).
const PLURAL_ENDING = /(ям|ями|ами|ях)$/u;
const unlikelyGuess = (p: WordParse, word: string): boolean =>
  !p.known && p.tags.has('plur') && OBLIQUE.some((c) => p.tags.has(c)) && !PLURAL_ENDING.test(word.toLowerCase());

// A name the dictionary lacks that ends in «-и» (not «-ии») is a foreign one that does not decline («Кушадаси»,
// «Тбилиси»): Russian's own oblique «-и» forms are of words the dictionary knows («Рязани», «Праги»).
const FOREIGN_I = /[^иИ][иИ]$/u;

/**
 * Readings of a word that may head a name: of the whole hyphenated word when the dictionary knows it
 * («Альфа-Банка», «Петропавловске-Камчатском»), else of the part that carries the case. For a word the
 * dictionary lacks, guessed oblique plurals are left out, and every oblique reading of one in «-и».
 */
function headReadings(
  morphology: Morphology,
  word: string,
): { readonly parses: readonly WordParse[]; readonly written: string } {
  if (word.includes('-')) {
    const whole = dictionaryParsesOf(morphology, word);
    if (whole.some(isNoun)) return { parses: whole, written: word };
  }
  const part = casePart(word);
  const parses = readings(morphology, part, isNoun);
  if (parses.some((p) => p.known && isNoun(p))) return { parses, written: part };
  const indeclinable = FOREIGN_I.test(part);
  return {
    parses: parses.filter((p) => (indeclinable ? inCase(p, 'nomn') : !unlikelyGuess(p, part))),
    written: part,
  };
}

function bestOf(parses: readonly WordParse[], keep: (p: WordParse) => boolean): WordParse | undefined {
  let best: WordParse | undefined;
  for (const p of parses) if (keep(p) && (!best || p.score > best.score)) best = p;
  return best;
}

interface Reading {
  readonly grammCase: Case;
  readonly num: NumberTag;
  readonly gender?: string;
  readonly score: number;
}

// `nouns`: the head's readings in one case, number and gender. The dictionary's add up («Султане»: «султан»
// three ways in the locative against «султана» one way); the guesser repeats itself, so only its best counts.
// `homonyms`: whether nouns of other genders read the head in the same case, so that its lemma decides.
function nounScore(
  nouns: readonly WordParse[],
  grammCase: Case,
  kind: string,
  written: string,
  homonyms: boolean,
): number {
  const noun = bestOf(nouns, () => true)!;
  const likelihood = noun.known ? nouns.reduce((sum, p) => sum + (p.known ? p.score : 0), 0) : noun.score;
  let score = Math.log(likelihood + MISS) + (grammCase === 'nomn' ? PRIOR.nomn : 0);
  if (noun.tags.has('plur') && !noun.tags.has('Pltm')) score += PRIOR.plur;
  if (homonyms && noun.known && nameKey(noun.lemma) === nameKey(written)) score += PRIOR.lemma;
  return noun.known && noun.tags.has(kind) ? score + PRIOR.kind : score;
}

// Every case, number and (in the singular) gender the head noun can have, scored with the adjectives agreeing.
function rankReadings(
  head: readonly WordParse[],
  written: string,
  adjectives: readonly (readonly WordParse[])[],
  kind: string,
): Reading[] {
  const found: Reading[] = [];
  for (const num of ['sing', 'plur'] as const) {
    for (const grammCase of CASES) {
      const nouns = head.filter((p) => isNoun(p) && inCase(p, grammCase) && p.tags.has(num));
      if (nouns.length === 0) continue;
      const genders = num === 'sing' ? new Set(nouns.map(genderOf)) : new Set([undefined]);
      for (const gender of genders) {
        const ofGender = num === 'plur' ? nouns : nouns.filter((p) => genderOf(p) === gender);
        let score = nounScore(ofGender, grammCase, kind, written, genders.size > 1);
        for (const adj of adjectives) {
          const agreeing = bestOf(
            adj,
            (p) =>
              (isAdjective(p) || (p.known && p.tags.has('Surn'))) &&
              inCase(p, grammCase) &&
              p.tags.has(num) &&
              (!gender || p.tags.has(gender)),
          );
          score += Math.log((agreeing?.score ?? 0) + MISS);
        }
        found.push({ grammCase, num, gender, score });
      }
    }
  }
  return found.sort((a, b) => b.score - a.score);
}

// Declines a word by the reading `keep` picks: the whole hyphenated word when the dictionary knows it, else only
// the part that carries the case («Нур-Султане» → «Нур-Султан», «Ростове-на-Дону» → «Ростов-на-Дону»).
function declineWord(
  morphology: Morphology,
  word: string,
  keep: (p: WordParse) => boolean,
  grammemes: (p: WordParse) => string[],
): string {
  const parts = word.split('-');
  if (parts.length > 1) {
    const whole = bestOf(dictionaryParsesOf(morphology, word), keep);
    if (whole) return inflectChosen({ word, parse: whole }, grammemes(whole));
  }
  const at = casePartAt(parts);
  const part = parts[at]!;
  if (isFixedWord(part)) return word;
  const parse = bestOf(parsesOf(morphology, part), keep) ?? bestOf(readings(morphology, part, isNoun), keep);
  if (!parse) return word;
  const form = inflectChosen({ word: part, parse }, grammemes(parse));
  const declined = isAdjective(parse) ? keepStem(morphology, part, form, parse, grammemes(parse)) : form;
  return [...parts.slice(0, at), declined, ...parts.slice(at + 1)].join('-');
}

function adjectiveGrammemes(p: WordParse, num: NumberTag, gender: string | undefined): string[] {
  return ['nomn', num, ...(gender ? [gender] : []), ...KEPT.filter((t) => p.tags.has(t))];
}

// «японского МИДа» → «японский МИД»: before an acronym (gender unknown, mostly masculine) adjectives go to the masculine.
function declineBeforeFixed(morphology: Morphology, words: readonly string[], headAt: number): string[] {
  const before = words.slice(0, headAt).map((w) =>
    declineWord(
      morphology,
      w,
      (p) => isAdjective(p) && p.tags.has('sing') && p.tags.has('masc'),
      (p) => adjectiveGrammemes(p, 'sing', 'masc'),
    ),
  );
  return [...before, ...words.slice(headAt)];
}

// A surname before a common noun, agreeing with it, is a possessive the dictionary lacks as an adjective
// («Воробьёвых гор» → «Воробьёвы горы»); it declines as the surname, in the noun's number.
function possessive(
  morphology: Morphology,
  word: string,
  matches: (p: WordParse) => boolean,
): ((p: WordParse) => boolean) | undefined {
  if (!foreignWord(morphology, word)) return undefined;
  const surname = (p: WordParse): boolean => p.known && p.tags.has('Surn') && matches(p);
  return dictionaryParsesOf(morphology, casePart(word)).some(surname) ? surname : undefined;
}

function phraseUnder(morphology: Morphology, words: readonly string[], headAt: number, r: Reading): string[] {
  const { grammCase, num, gender } = r;
  const matches = (p: WordParse): boolean => inCase(p, grammCase) && p.tags.has(num);
  const agrees = (p: WordParse): boolean => isAdjective(p) && matches(p) && (!gender || p.tags.has(gender));
  const before = words
    .slice(0, headAt)
    .map((w) =>
      ORDINAL.test(w)
        ? declineOrdinal(w, num, gender)
        : declineWord(morphology, w, possessive(morphology, w, matches) ?? agrees, (p) =>
            adjectiveGrammemes(p, num, gender),
          ),
    );
  const noun = (p: WordParse): boolean => isNoun(p) && matches(p) && (num === 'plur' || genderOf(p) === gender);
  const head = declineWord(morphology, words[headAt]!, noun, () => ['nomn', num]);
  return [...before, head, ...words.slice(headAt + 1)];
}

// The head: the first word that is not an adjective, if it can be a noun; an acronym, number or foreign word
// there heads the name too. Anything else first («За права человека») means the name is not a noun phrase.
function findHead(morphology: Morphology, words: readonly string[]): number {
  for (const [at, word] of words.entries()) {
    if (at < words.length - 1 && ORDINAL.test(word)) continue;
    if (isFixedWord(casePart(word))) return at;
    if (at < words.length - 1 && foreignWord(morphology, word) && foreignWord(morphology, words[at + 1]!)) continue;
    if (at < words.length - 1 && foreignWord(morphology, word) && surnameBefore(morphology, word, words[at + 1]!))
      continue;
    // A particle of a foreign name does not decline («Аль Аине» → «Аль Аин», not «Али»).
    if (at < words.length - 1 && isSurnameParticle(word)) continue;
    // The dictionary's readings settle an adjective; guessing is for a head it does not know as a noun.
    const readings = modifierReadings(morphology, word);
    if (at < words.length - 1 && adjectiveFirst(readings)) continue;
    if (at < words.length - 1 && agreesWithNext(readings, parsesOf(morphology, casePart(words[at + 1]!)))) continue;
    return headReadings(morphology, word).parses.some(isNoun) ? at : -1;
  }
  return -1;
}

// Splits quotes and brackets off a word («Центра» → «, Центра, ») so that only the letters are declined.
function splitAffixes(word: string): [string, string, string] {
  const match = /^([«"“„(]*)(.*?)([»"”)]*)$/u.exec(word)!;
  return [match[1]!, match[2]!, match[3]!];
}

/**
 * A Russian organisation or place name in the nominative: the likeliest reading first, then up to two others.
 * The head noun and the adjectives before it agree in case and number; the words after the head are its
 * dependants and stay as written («Российской Федерацией» → «Российская Федерация», «Республики Казахстан» →
 * «Республика Казахстан»); a name headed by an acronym or a foreign word stays as written.
 */
export function normalizeRussianPhrase(
  morphology: Morphology,
  text: string,
  type: keyof typeof KIND = 'ORG',
): string[] {
  const pieces = text.split(/\s+/).filter(Boolean).map(splitAffixes);
  const words = pieces.map(([, core]) => stripAcronymEnding(core));
  const write = (cores: readonly string[]): string =>
    cores.map((core, i) => pieces[i]![0] + core + pieces[i]![2]).join(' ');
  const asWritten = write(words);
  const headAt = findHead(morphology, words);
  if (headAt < 0) return [asWritten];
  if (isFixedWord(casePart(words[headAt]!))) return [write(declineBeforeFixed(morphology, words, headAt))];
  const head = headReadings(morphology, words[headAt]!);
  const feminine =
    words.length > 1 ? undefined : ((type === 'ORG' ? feminineGenitive(head) : undefined) ?? feminineInIa(head));
  if (feminine) return [write([words[0]!.slice(0, -head.written.length) + feminine]), asWritten];
  const adjectives = words
    .slice(0, headAt)
    .map((w) => (isFixedWord(casePart(w)) ? [] : modifierReadings(morphology, w)));
  const ranked = rankReadings(head.parses, head.written, adjectives, KIND[type]);
  const names = new Set<string>();
  for (const r of ranked) {
    if (r.score < ranked[0]!.score - Math.log(20) || names.size === ALTERNATIVES) break;
    names.add(r.grammCase === 'nomn' ? asWritten : write(phraseUnder(morphology, words, headAt, r)));
  }
  return names.size > 0 ? [...names] : [asWritten];
}
