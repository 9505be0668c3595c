import { nameKey } from './letter-case.js';

// Countries written under several names in one Russian text, each set one place. Abbreviations of a name written
// out in the same text are found without a table (`isAcronymOf`); these are the sets whose abbreviation is not of
// the name news use most («РФ» is «Российская Федерация», written «Россия»).
const COUNTRY_NAMES: readonly (readonly string[])[] = [
  ['Россия', 'РФ', 'Российская Федерация'],
  ['США', 'Соединённые Штаты', 'Соединённые Штаты Америки'],
  ['Китай', 'КНР', 'Китайская Народная Республика'],
  ['Северная Корея', 'КНДР'],
  ['Южная Корея', 'Республика Корея'],
  ['Германия', 'ФРГ'],
  ['Великобритания', 'Британия', 'Соединённое Королевство'],
  ['ОАЭ', 'Объединённые Арабские Эмираты', 'Эмираты'],
  ['СССР', 'Советский Союз'],
  ['Белоруссия', 'Беларусь', 'Республика Беларусь'],
  ['Молдавия', 'Молдова', 'Республика Молдова'],
];

const COUNTRY_OF = new Map(COUNTRY_NAMES.flatMap((names) => names.map((n) => [nameKey(n), nameKey(names[0]!)])));

// Words an abbreviation leaves out: «Министерство по чрезвычайным ситуациям» → «МЧС» keeps «по» out.
const SKIPPED = new Set(['и', 'по', 'в', 'на', 'за', 'при', 'для', 'с', 'of', 'and', 'the', 'for']);

/** Whether the name is the one news use most for its country («Россия», not «РФ» nor «Российская Федерация»). */
export const isCountryName = (name: string): boolean => COUNTRY_OF.get(nameKey(name)) === nameKey(name);

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** The initial letters of a name of 2 to 6 words, function words left out («Российская Федерация» → «РФ»), else undefined. */
function initialsOf(name: string): string | undefined {
  const words = name.split(/[\s-]+/u).filter((w) => w && !SKIPPED.has(w.toLowerCase()));
  if (words.length < 2 || words.length > 6) return undefined;
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * The keys under which a place or organisation name meets its other names in one text: its country («РФ» and
 * «Россия» both give `c:россия`) and its abbreviation («РФ» and «Российская Федерация» both give `a:РФ`).
 *
 * @example
 * aliasKeys('Российская Федерация') // ['c:россия', 'a:РФ']
 */
export function aliasKeys(name: string): string[] {
  const country = COUNTRY_OF.get(nameKey(name));
  const acronym = ACRONYM.test(name) ? name : initialsOf(name);
  return [...(country ? [`c:${country}`] : []), ...(acronym ? [`a:${acronym}`] : [])];
}
