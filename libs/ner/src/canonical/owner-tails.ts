import type { Morphology } from '../morphology/index.js';
import type { Mention } from './mention.js';
import { inCase, isFixedWord, parsesOf } from './russian-word.js';

/** A mention as the resolver reads it: where it is and its words as written, outer quotes removed. */
interface Written {
  readonly mention: Mention;
  readonly words: string;
}

// Only spaces between an organisation and its owner: «Конгресса США», not «Конгресса, США» nor across a line.
const ADJACENT = /^[ \u00a0]+$/u;
const MIN_GENITIVE = 0.1;

// Whether a name may follow another in the genitive, as its owner: an acronym or a foreign word, which does not
// decline («США», «РАН», «HP»), or a first word likely enough a genitive («Германии», «Голоса Америки»; not
// «Германия», a genitive only of «германий»).
function readsAsOwner(morphology: Morphology, words: string): boolean {
  const first = words.split(/\s+/u)[0]!;
  if (isFixedWord(first)) return /^[\p{Lu}\d]/u.test(first);
  let genitive = 0;
  for (const p of parsesOf(morphology, first)) if (inCase(p, 'gent')) genitive += p.score;
  return genitive >= MIN_GENITIVE;
}

// A place written as an adjective with its common noun after it («Приморского края»): the span stops at the
// adjective, as factRuEval's does, but the owner's name is both words, the noun agreeing with the adjective.
const NEXT_WORD = /^[ \u00a0]+([а-яё]+)/u;
const NUMBER_GENDER = ['plur', 'masc', 'femn', 'neut'];
function withItsNoun(morphology: Morphology, text: string, owner: Written): string {
  if (/\s/u.test(owner.words)) return owner.words;
  const adjectives = parsesOf(morphology, owner.words).filter((p) => p.tags.has('ADJF') && inCase(p, 'gent'));
  const next = adjectives.length > 0 ? NEXT_WORD.exec(text.slice(owner.mention.end, owner.mention.end + 40)) : null;
  if (!next) return owner.words;
  const agrees = parsesOf(morphology, next[1]!).some(
    (n) =>
      n.tags.has('NOUN') &&
      inCase(n, 'gent') &&
      adjectives.some((a) => NUMBER_GENDER.some((t) => a.tags.has(t) && n.tags.has(t))),
  );
  return agrees ? `${owner.words} ${next[1]}` : owner.words;
}

// An organisation takes a place or organisation as its owner; a place does when it is a part named by a common noun
// («Южного округа Нью-Йорка», «Гагаузской автономии Молдавской республики»), not a city of a country.
const PART_OF_PLACE = /\s[а-яё]/u;
const takesOwner = (head: Written, owner: Written): boolean =>
  head.mention.type === 'ORG'
    ? owner.mention.type !== 'PER'
    : head.mention.type === 'LOC' && owner.mention.type === 'LOC' && PART_OF_PLACE.test(head.words);

/**
 * The owner written right after each organisation mention, as the text writes it: factRuEval's and an editor's
 * name of «Конгресса США» is «Конгресс США», though the tagger's span (and the benchmark's) stops before the place
 * («Министерства сельского хозяйства Германии», «Института этнологии и антропологии РАН»). An owner that is itself
 * an organisation brings its own owner («Палаты представителей Конгресса США»); a part of a place named by a
 * common noun takes its place («Южного округа Нью-Йорка»). Keyed by the organisation or place mention.
 *
 * @example
 * ownerTails(morphology, 'в Конгрессе США', [{ mention: congress, words: 'Конгрессе' }, { mention: usa, words: 'США' }])
 * // Map { congress => 'США' }
 */
export function ownerTails(morphology: Morphology, text: string, sorted: readonly Written[]): Map<Mention, string> {
  const tails = new Map<Mention, string>();
  for (let i = sorted.length - 2; i >= 0; i--) {
    const [head, owner] = [sorted[i]!, sorted[i + 1]!];
    if (!takesOwner(head, owner)) continue;
    if (!ADJACENT.test(text.slice(head.mention.end, owner.mention.start))) continue;
    if (!readsAsOwner(morphology, owner.words)) continue;
    const further = owner.mention.type === 'ORG' ? tails.get(owner.mention) : undefined;
    const name = withItsNoun(morphology, text, owner);
    tails.set(head.mention, further ? `${name} ${further}` : name);
  }
  return tails;
}
