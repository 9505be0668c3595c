import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const PER = ENTITY_TYPES.indexOf('PER');

// Honorifics that only ever stand before a person's name («Mr Winterkorn», «Mrs. May»); offices such as «President»
// also name organisations' heads and places («President Hotel»), so they are not here.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr']);
const MAX_WORDS = 3;

const capitalised = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word);

/**
 * English only: the capitalised words right after «Mr», «Mrs», «Ms», «Miss», «Dr» (and its stop) are a person's
 * name. Left untagged («Mr. Comey's letter»), up to three of them become a PER span; a one-word ORG or LOC span
 * there is retyped PER («Ms Klein»). Runs after the title rule, which has cut these words off person spans.
 */
export function tagAfterHonorifics(
  spans: readonly TokenSpan[],
  word: (k: number) => string,
  count: number,
  /** A cheap pre-check that token `k` starts with a capital (the tagger's flags), to skip slicing the rest. */
  maybeName: (k: number) => boolean = () => true,
): TokenSpan[] {
  const owner = new Int32Array(count).fill(-1);
  spans.forEach((s, i) => owner.fill(i, s.first, s.last + 1));
  const out = [...spans];
  const added: TokenSpan[] = [];
  for (let k = 0; k + 1 < count; k++) {
    if (!maybeName(k) || !HONORIFICS.has(word(k).toLowerCase())) continue;
    let first = k + 1;
    if (word(first) === '.' && first + 1 < count) first++;
    if (!capitalised(word(first))) continue;
    const at = owner[first]!;
    if (at >= 0) {
      const s = out[at]!;
      if (s.type !== PER && s.first === first && s.last === first) out[at] = { ...s, type: PER };
      continue;
    }
    let last = first;
    while (last + 1 < count && last - first + 1 < MAX_WORDS && owner[last + 1]! < 0 && capitalised(word(last + 1)))
      last++;
    added.push({ first, last, type: PER });
  }
  return added.length ? [...out, ...added].sort((a, b) => a.first - b.first) : out;
}
