import type { Mention, PersonName } from './mention.js';

/** An English mention as written, without a possessive «'s» and, for places and organisations, a leading "the". */
export function normalizeEnglishPhrase(type: Mention['type'], text: string): string {
  let name = text
    .trim()
    .replace(/['’]s?$/u, '')
    .trim();
  if (type !== 'PER') name = name.replace(/^the\s+/i, '');
  return name;
}

const TITLES = /^(mr|mrs|ms|dr|sir|president|senator|gov|prof)\.?$/i;

/** An English person name: the last word is the surname, the words before it the given names. */
export function splitEnglishPerson(name: string): PersonName {
  const words = name.split(/\s+/).filter((w) => w && !TITLES.test(w));
  if (words.length === 0) return { last: name };
  if (words.length === 1) return { last: words[0] };
  return { first: words.slice(0, -1).join(' '), last: words.at(-1) };
}
