import type { Morphology, WordParse } from '../morphology/index.js';
import { inCaseOf, nameKey } from './letter-case.js';

export const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
export type Case = (typeof CASES)[number];
// The second genitive, accusative and locative («чаю», «в аэропорту») count as their main case.
const SECOND: Partial<Record<Case, string>> = { gent: 'gen2', accs: 'acc2', loct: 'loc2' };

/** Whether a parse is in the case, second forms included. */
export function inCase(parse: WordParse, grammCase: Case): boolean {
  const second = SECOND[grammCase];
  return parse.tags.has(grammCase) || (second !== undefined && parse.tags.has(second));
}

/** A word of a name and the parse chosen for it, or none when the word is left as written. */
export interface Chosen {
  readonly word: string;
  readonly parse?: WordParse;
}

/** Words the analyser must not touch: acronyms, numbers, Latin, initials, «Лента.ру». */
export function isFixedWord(word: string): boolean {
  return !/^[а-яё]+$/i.test(word) || /^[А-ЯЁ]{2,}$/.test(word) || word.length < 2;
}

/** «КАМАЗа» → «КАМАЗ»: an upper-case acronym with a lower-case case ending. */
export function stripAcronymEnding(word: string): string {
  const match = /^([А-ЯЁ]{2,})(а|у|ом|е|ы|ой|ов|ам|ами|ах)$/.exec(word);
  return match ? match[1]! : word;
}

/** The word form of `chosen` in the given grammemes, written in the original's letter case. */
export function inflectChosen(chosen: Chosen, grammemes: readonly string[]): string {
  const { word, parse } = chosen;
  if (!parse || parse.tags.has('Fixd')) return word;
  const form = parse.inflect(grammemes) ?? parse.inflect(grammemes.slice(0, 1));
  if (!form) return word;
  // Part by part for a hyphenated word, so that each keeps its capital («Петропавловск-Камчатский»).
  const [parts, formParts] = [word.split('-'), form.split('-')];
  return parts.length > 1 && parts.length === formParts.length
    ? parts.map((p, i) => inCaseOf(p, formParts[i]!)).join('-')
    : inCaseOf(word, form);
}

// Az also reads a word as another with a letter doubled or dropped («Юлии» as «Юли»); those readings are of a
// different word. Filtered once per parse list (the analyser caches one list per word).
const sameWord = new WeakMap<readonly WordParse[], readonly WordParse[]>();

function ofTheWord(word: string, parses: readonly WordParse[]): readonly WordParse[] {
  let kept = sameWord.get(parses);
  if (!kept) {
    const key = nameKey(word);
    kept = parses.every((p) => nameKey(p.form) === key) ? parses : parses.filter((p) => nameKey(p.form) === key);
    sameWord.set(parses, kept);
  }
  return kept;
}

/** The analyser's readings of exactly this word (dictionary first, then guesses). */
export function parsesOf(morphology: Morphology, word: string): readonly WordParse[] {
  return ofTheWord(word, morphology.parse(word));
}

/** The dictionary's readings of exactly this word, none when the dictionary lacks it. */
export function dictionaryParsesOf(morphology: Morphology, word: string): readonly WordParse[] {
  return ofTheWord(word, morphology.lookUp(word));
}

/**
 * Parses of a word, with suffix guesses added when the dictionary knows the word but no reading that `fits`
 * («Тукая» is only a gerund there). Guessing costs as much as parsing, so only for capitalised words.
 */
export function readings(
  morphology: Morphology,
  word: string,
  fits: (parse: WordParse) => boolean,
): readonly WordParse[] {
  const parses = parsesOf(morphology, word);
  if (parses.some(fits) || !parses.some((p) => p.known) || word[0] === word[0]!.toLowerCase()) return parses;
  return [...parses, ...ofTheWord(word, morphology.guess(word))];
}

/** A word the dictionary knows no noun or adjective for: a rare name whose form only its ending tells. */
export function isUnknownName(parses: readonly WordParse[]): boolean {
  return !parses.some((p) => p.known && (p.tags.has('NOUN') || p.tags.has('ADJF')));
}
