import type { Morphology, WordParse } from '../morphology/index.js';
import { CASES, dictionaryParsesOf, inCase, parsesOf } from './russian-word.js';

// The words of a Russian organisation or place name one by one: which part of a word carries the case, which words
// modify the head, and the nominative of words the dictionary lacks or misfiles.
export type NumberTag = 'sing' | 'plur';
export const GENDERS = ['masc', 'femn', 'neut'] as const;
// A short lower-case part inside a hyphenated name is a preposition or article: «Ростов-на-Дону», «Вейк-ан-Зее».
const INNER_PREPOSITION = /^[а-яё]{1,3}$/u;
// An ordinal written in digits with its ending («16-й», «12-ой», «3-го»): an adjective whose nominative ending
// follows the head's gender and number («16-я экспедиция», «3-й созыв», «5-е управление»).
export const ORDINAL = /^(\d+)-[а-яё]{1,3}$/u;
const ORDINAL_ENDING = { masc: 'й', femn: 'я', neut: 'е', plur: 'е' } as const;
export const declineOrdinal = (word: string, num: NumberTag, gender: string | undefined): string =>
  `${ORDINAL.exec(word)![1]}-${ORDINAL_ENDING[num === 'plur' ? 'plur' : ((gender ?? 'masc') as (typeof GENDERS)[number])]}`;

export const isNoun = (p: WordParse): boolean => p.tags.has('NOUN');
export const isAdjective = (p: WordParse): boolean => p.tags.has('ADJF') || p.tags.has('PRTF');
export const genderOf = (p: WordParse): string | undefined => GENDERS.find((g) => p.tags.has(g));

// The part of a hyphenated word that carries its case: the last one before an inner preposition. The parts
// before it stay as written («Нур-Султане» → «Нур-Султан», «Кока-Колы» → «Кока-Кола»), the parts after too
// («Ростове-на-Дону» → «Ростов-на-Дону»).
export function casePartAt(parts: readonly string[]): number {
  const preposition = parts.findIndex((part, i) => i > 0 && INNER_PREPOSITION.test(part));
  return (preposition < 0 ? parts.length : preposition) - 1;
}

export const casePart = (word: string): string => {
  const parts = word.split('-');
  return parts[casePartAt(parts)]!;
};

// Readings of a word before the head: of the whole hyphenated word when the dictionary knows it («Северо-Западного»).
export function modifierReadings(morphology: Morphology, word: string): readonly WordParse[] {
  const whole = word.includes('-') ? dictionaryParsesOf(morphology, word) : [];
  return whole.length > 0 ? whole : parsesOf(morphology, casePart(word));
}

// «Частного» before a noun is an adjective, though the dictionary's likeliest reading is the noun «частное».
export function adjectiveFirst(parses: readonly WordParse[]): boolean {
  let [adjective, noun] = [0, 0];
  for (const p of parses) {
    if (isAdjective(p)) adjective += p.score;
    else if (isNoun(p)) noun += p.score;
  }
  return parses.length > 0 && (isAdjective(parses[0]!) || (adjective > 0 && adjective >= noun));
}

// Whether a word can be an adjective agreeing with the noun after it: «Первом канале» is not the noun «первое»
// followed by another noun in the same case (the dictionary rates the two readings of «Первом» alike).
export function agreesWithNext(modifier: readonly WordParse[], next: readonly WordParse[]): boolean {
  return modifier.some(
    (a) =>
      isAdjective(a) &&
      next.some(
        (n) =>
          isNoun(n) &&
          CASES.some((c) => inCase(a, c) && inCase(n, c)) &&
          (a.tags.has('plur') ? n.tags.has('plur') : GENDERS.some((g) => a.tags.has(g) && n.tags.has(g))),
      ),
  );
}

// A surname in the case and number of the lower-case common noun after it: «Воробьёвых гор» names the hills, the
// surname is their possessive (Russian puts a person's genitive after the noun, «горы Воробьёвых»).
export function surnameBefore(morphology: Morphology, word: string, next: string): boolean {
  if (!/^[а-яё]+$/u.test(next)) return false;
  const nouns = dictionaryParsesOf(morphology, next).filter(
    (n) => isNoun(n) && !n.tags.has('Name') && !n.tags.has('Surn'),
  );
  return dictionaryParsesOf(morphology, casePart(word)).some(
    (s) =>
      s.tags.has('Surn') &&
      nouns.some(
        (n) =>
          CASES.some((c) => inCase(s, c) && inCase(n, c)) &&
          (s.tags.has('plur') ? n.tags.has('plur') : n.tags.has('sing')),
      ),
  );
}

// A capitalised word the dictionary knows at most as a person's name. In a name of two such words Russian declines
// only the last («Фридом Финанса»), so the first is not the head: read as one, it is cut («Фрид», a first name).
const PERSONAL = ['Name', 'Surn', 'Patr'];
export const foreignWord = (morphology: Morphology, word: string): boolean =>
  /^[А-ЯЁ]/u.test(word) &&
  dictionaryParsesOf(morphology, casePart(word)).every((p) => PERSONAL.some((g) => p.tags.has(g)));

// An organisation the dictionary lacks, written in «-ы» after a hard consonant, is a feminine name in the genitive
// («Хезболлы», «Аль-Кайды»): the guesser reads it as a plural («Кайд»), but organisations are hardly ever named so.
const FEMININE_GENITIVE = /[бвдзлмнпрстф]ы$/u;
export function feminineGenitive(head: {
  readonly parses: readonly WordParse[];
  readonly written: string;
}): string | undefined {
  if (head.parses.some((p) => p.known) || !FEMININE_GENITIVE.test(head.written)) return undefined;
  return `${head.written.slice(0, -1)}а`;
}

// A name the dictionary lacks in «-ия» or «-ья» is a feminine noun («Павия», «Моравии», «Эмилия-Романья»), but the
// guesser knows only neuters in «-ие» for it and invents «Павие», «Романие»: the nominative is the ending's own.
// («-ью» is left out: it is the instrumental of «Катынь» as well.)
const FEMININE_IA = /(?:(и)(?:я|и|ю|ей)|(ь)(?:я|и|ей))$/u;
export function feminineInIa(head: {
  readonly parses: readonly WordParse[];
  readonly written: string;
}): string | undefined {
  if (head.parses.some((p) => p.known) || !FEMININE_IA.test(head.written)) return undefined;
  return head.written.replace(FEMININE_IA, '$1$2я');
}
