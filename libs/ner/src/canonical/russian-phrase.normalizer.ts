import type { Morphology, WordParse } from '../morphology/index.js';
import { CASES, type Case, inCase, inflectChosen, isFixedWord, readings, stripAcronymEnding } from './russian-word.js';

type NumberTag = 'sing' | 'plur';
// Names are mostly written in the nominative and in the singular («Голоса Америки» is «Голос», not plural).
const PRIOR = { nomn: Math.log(1.5), plur: Math.log(0.3), kind: Math.log(2) };
// The grammemes an adjective or participle keeps when it goes to the nominative («Объединённого» → «Объединённый»).
const KEPT = ['actv', 'pssv', 'past', 'pres', 'perf', 'impf', 'Supr', 'Cmp2'];
// A place reads best as a geographical name, an organisation as an organisation's.
const KIND = { LOC: 'Geox', ORG: 'Orgn', PER: 'Name' } as const;
const MISS = 0.02;
const ALTERNATIVES = 3;
const GENDERS = ['masc', 'femn', 'neut'];

const isNoun = (p: WordParse): boolean => p.tags.has('NOUN');
const isAdjective = (p: WordParse): boolean => p.tags.has('ADJF') || p.tags.has('PRTF');
const lastPart = (word: string): string => word.split('-').at(-1)!;

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

function nounScore(noun: WordParse, grammCase: Case, kind: string): number {
  let score = Math.log(noun.score + MISS) + (grammCase === 'nomn' ? PRIOR.nomn : 0);
  if (noun.tags.has('plur') && !noun.tags.has('Pltm')) score += PRIOR.plur;
  return noun.known && noun.tags.has(kind) ? score + PRIOR.kind : score;
}

function rankReadings(head: readonly WordParse[], adjectives: readonly (readonly WordParse[])[], kind: string): Reading[] {
  const found: Reading[] = [];
  for (const num of ['sing', 'plur'] as const) {
    for (const grammCase of CASES) {
      const noun = bestOf(head, (p) => isNoun(p) && inCase(p, grammCase) && p.tags.has(num));
      if (!noun) continue;
      const gender = num === 'sing' ? GENDERS.find((g) => noun.tags.has(g)) : undefined;
      let score = nounScore(noun, grammCase, kind);
      for (const adj of adjectives) {
        const agreeing = bestOf(adj, (p) => isAdjective(p) && inCase(p, grammCase) && p.tags.has(num) && (!gender || p.tags.has(gender)));
        score += Math.log((agreeing?.score ?? 0) + MISS);
      }
      found.push({ grammCase, num, gender, score });
    }
  }
  return found.sort((a, b) => b.score - a.score);
}

// Declines each part of a hyphenated word that has a reading in the case («Нур-Султане» → «Нур-Султан»).
function declineWord(morphology: Morphology, word: string, keep: (p: WordParse) => boolean, grammemes: (p: WordParse) => string[]): string {
  return word
    .split('-')
    .map((part) => {
      if (isFixedWord(part)) return part;
      const parse = bestOf(morphology.parse(part), keep) ?? bestOf(readings(morphology, part, isNoun), keep);
      return parse ? inflectChosen({ word: part, parse }, grammemes(parse)) : part;
    })
    .join('-');
}

function adjectiveGrammemes(p: WordParse, num: NumberTag, gender: string | undefined): string[] {
  return ['nomn', num, ...(gender ? [gender] : []), ...KEPT.filter((t) => p.tags.has(t))];
}

// «японского МИДа» → «японский МИД»: before an acronym (gender unknown, mostly masculine) adjectives go to the masculine.
function declineBeforeFixed(morphology: Morphology, words: readonly string[], headAt: number): string[] {
  const before = words.slice(0, headAt).map((w) =>
    declineWord(morphology, w, (p) => isAdjective(p) && p.tags.has('sing') && p.tags.has('masc'), (p) => adjectiveGrammemes(p, 'sing', 'masc')),
  );
  return [...before, ...words.slice(headAt)];
}

function phraseUnder(morphology: Morphology, words: readonly string[], headAt: number, r: Reading): string[] {
  const { grammCase, num, gender } = r;
  const matches = (p: WordParse): boolean => inCase(p, grammCase) && p.tags.has(num);
  const agrees = (p: WordParse): boolean => isAdjective(p) && matches(p) && (!gender || p.tags.has(gender));
  const before = words.slice(0, headAt).map((w) => declineWord(morphology, w, agrees, (p) => adjectiveGrammemes(p, num, gender)));
  const head = declineWord(morphology, words[headAt]!, (p) => isNoun(p) && matches(p), () => ['nomn', num]);
  return [...before, head, ...words.slice(headAt + 1)];
}

// «Частного» before a noun is an adjective, though the dictionary's likeliest reading is the noun «частное».
function adjectiveFirst(parses: readonly WordParse[]): boolean {
  let [adjective, noun] = [0, 0];
  for (const p of parses) {
    if (isAdjective(p)) adjective += p.score;
    else if (isNoun(p)) noun += p.score;
  }
  return parses.length > 0 && (isAdjective(parses[0]!) || (adjective > 0 && adjective >= noun));
}

// The head: the first word that is not an adjective, if it can be a noun; an acronym, number or foreign word
// there heads the name too. Anything else first («За права человека») means the name is not a noun phrase.
function findHead(morphology: Morphology, words: readonly string[]): number {
  for (const [at, word] of words.entries()) {
    if (isFixedWord(lastPart(word))) return at;
    // The dictionary's readings settle an adjective; guessing is for a head it does not know as a noun.
    if (at < words.length - 1 && adjectiveFirst(morphology.parse(lastPart(word)))) continue;
    return readings(morphology, lastPart(word), isNoun).some(isNoun) ? at : -1;
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
export function normalizeRussianPhrase(morphology: Morphology, text: string, type: keyof typeof KIND = 'ORG'): string[] {
  const pieces = text.split(/\s+/).filter(Boolean).map(splitAffixes);
  const words = pieces.map(([, core]) => stripAcronymEnding(core));
  const write = (cores: readonly string[]): string => cores.map((core, i) => pieces[i]![0] + core + pieces[i]![2]).join(' ');
  const asWritten = write(words);
  const headAt = findHead(morphology, words);
  if (headAt < 0) return [asWritten];
  if (isFixedWord(lastPart(words[headAt]!))) return [write(declineBeforeFixed(morphology, words, headAt))];
  const headParses = readings(morphology, lastPart(words[headAt]!), isNoun);
  const adjectives = words.slice(0, headAt).map((w) => (isFixedWord(lastPart(w)) ? [] : morphology.parse(lastPart(w))));
  const ranked = rankReadings(headParses, adjectives, KIND[type]);
  const names = new Set<string>();
  for (const r of ranked) {
    if (r.score < ranked[0]!.score - Math.log(20) || names.size === ALTERNATIVES) break;
    names.add(r.grammCase === 'nomn' ? asWritten : write(phraseUnder(morphology, words, headAt, r)));
  }
  return names.size > 0 ? [...names] : [asWritten];
}
