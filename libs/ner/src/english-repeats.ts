import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const PER = ENTITY_TYPES.indexOf('PER');

const capitalised = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(word);

/**
 * English only: news names a person in full once and by surname after ("Rustam Minnikhanov … Minnikhanov said").
 * A capitalised word left untagged that is the last word of a person span of two or more words elsewhere in the
 * document, and stands alone (no capitalised word right before or after it), is that person; so is a one-word
 * place or organisation span that is such a surname ("Guilbeault" tagged LOC after "Steven Guilbeault"), unless
 * the gazetteer knows the word as a place ("George Washington" … "Washington").
 */
export function tagSurnameRepeats(
  spans: readonly TokenSpan[],
  word: (k: number) => string,
  count: number,
  knownPlace: (k: number) => boolean = () => false,
  /** A cheap pre-check that token `k` starts with a capital (the tagger's flags), to skip slicing the rest. */
  maybeName: (k: number) => boolean = () => true,
): TokenSpan[] {
  const surnames = new Set<string>();
  for (const s of spans)
    if (s.type === PER && s.last > s.first && capitalised(word(s.last))) surnames.add(word(s.last));
  if (surnames.size === 0) return [...spans];
  const retyped = spans.map((s) =>
    s.type !== PER && s.first === s.last && surnames.has(word(s.first)) && !knownPlace(s.first)
      ? { ...s, type: PER }
      : s,
  );
  const tagged = new Uint8Array(count);
  for (const s of retyped) tagged.fill(1, s.first, s.last + 1);
  const added: TokenSpan[] = [];
  for (let k = 0; k < count; k++) {
    if (tagged[k] || !maybeName(k) || !surnames.has(word(k)) || knownPlace(k)) continue;
    if (k > 0 && (tagged[k - 1] || /^\p{Lu}/u.test(word(k - 1)))) continue;
    if (k + 1 < count && (tagged[k + 1] || /^\p{Lu}/u.test(word(k + 1)))) continue;
    added.push({ first: k, last: k, type: PER });
  }
  return added.length ? [...retyped, ...added].sort((a, b) => a.first - b.first) : retyped;
}
