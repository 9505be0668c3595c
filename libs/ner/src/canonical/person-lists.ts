import type { Morphology } from '../morphology/index.js';
import { nameKey } from './letter-case.js';
import type { Mention, PersonName } from './mention.js';
import { OBLIQUE_CASES, personContext, type PersonContext } from './person-context.js';
import { dictionaryParsesOf } from './russian-word.js';

// What may stand between two names of one list: a comma, a conjunction, or both («Ильфа и Петрова»,
// «Моцарта, Штрауса и Малера»).
const LINK = /^(?:\s*,\s*|\s+(?:и|или|либо)\s+|\s*,\s*(?:и|или|либо)\s+)$/u;
const CONJUNCTION = /(?:и|или|либо)\s+$/u;

/**
 * The runs of mentions (sorted by start) written as one list of names, as indices into `mentions`: names joined by
 * commas and a conjunction share one case. Names joined by commas alone are not taken for a list: a comma also
 * ends a clause («По словам Иванова, Петров уехал»).
 *
 * @example
 * personLists('романы Ильфа и Петрова', mentions) // [[0, 1]]
 */
export function personLists(text: string, mentions: readonly { start: number; end: number }[]): number[][] {
  const lists: number[][] = [];
  let run: number[] = [];
  let joined = false;
  const close = (): void => {
    if (run.length > 1 && joined) lists.push(run);
    [run, joined] = [[], false];
  };
  mentions.forEach((m, i) => {
    const between = i > 0 ? text.slice(mentions[i - 1]!.end, m.start) : '';
    if (i > 0 && LINK.test(between)) {
      joined ||= CONJUNCTION.test(between);
      run.push(i);
    } else {
      close();
      run = [i];
    }
  });
  close();
  return lists;
}

/** A mention with its candidate names, likeliest first; `verbatim` when the likeliest is the text as written. */
interface Read {
  readonly mention: Mention;
  readonly words: string;
  readonly names: readonly unknown[];
  readonly verbatim: boolean;
}

const wholeName = (n: PersonName): string => [n.first, n.patronymic, n.last].filter(Boolean).join(' ');
const PERSONAL = ['Surn', 'Name', 'Patr'];

// Whether each word of `name` that differs from `words` is a name the dictionary knows.
function knownChanges(morphology: Morphology, words: string, name: string): boolean {
  const written = new Set(words.split(/\s+/).map(nameKey));
  return name
    .split(' ')
    .filter((w) => !written.has(nameKey(w)))
    .every((w) => dictionaryParsesOf(morphology, w).some((p) => PERSONAL.some((t) => p.tags.has(t))));
}

/**
 * Names of one list share a case: «Петрова» in «романы Толстого и Петрова» is, like «Толстого», in an oblique
 * case, so a man's genitive rather than a woman's nominative. Person mentions (of `items`, sorted by start) read
 * as written that are listed with one read as declined are read again by `read`, their nominative ruled out; the
 * new reading replaces the item only when the dictionary knows each word it changes as a name («Петров»), not
 * when only an ending guessed it (no «Эзр» from «ибн Эзра»).
 */
export function readListsAlike<T extends Read>(
  morphology: Morphology,
  text: string,
  items: T[],
  read: (words: string, context: PersonContext) => Omit<T, 'mention' | 'words'> & { names: readonly PersonName[] },
): void {
  const people = items.flatMap((item, at) => (item.mention.type === 'PER' ? [at] : []));
  const lists = personLists(
    text,
    people.map((at) => items[at]!.mention),
  );
  for (const members of lists.map((list) => list.map((i) => people[i]!))) {
    if (!members.some((at) => !items[at]!.verbatim)) continue;
    for (const at of members) {
      const { mention, words, verbatim } = items[at]!;
      if (!verbatim) continue;
      const own = personContext(morphology, text, mention);
      const cases = new Set([...(own.cases ?? OBLIQUE_CASES)].filter((c) => OBLIQUE_CASES.has(c)));
      if (cases.size === 0) continue;
      const again = read(words, { ...own, cases });
      if (knownChanges(morphology, words, wholeName(again.names[0]!))) items[at] = { ...items[at]!, ...again };
    }
  }
}
