import { mix } from './feature-hash.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';
import { F_CAP, type TokenInfo } from './token-info.js';

const MAX_LEN = 4;
/** Persons are left out: the second pass already links «Лужкова» to «Юрия Лужкова», and copying hurt there. */
const PER = ENTITY_TYPES.indexOf('PER');

/** A hash of the word sequence (collisions only cost a wrong copy, at 2^-32 odds). */
function keyOf(t: TokenInfo, first: number, len: number): number {
  let key = len;
  for (let k = first; k < first + len; k++) key = mix(key, t.low[k]!);
  return key;
}

function free(covered: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (covered[k]) return false;
  return true;
}

/**
 * One name, one reading per document: a capitalised word sequence tagged ORG or LOC somewhere is tagged the
 * same way where the tagger left it out («Vestas» three times, found once). Spans are returned in text order.
 */
export function propagateSpans(t: TokenInfo, spans: TokenSpan[]): TokenSpan[] {
  const types = new Map<number, number>();
  const lengths = new Set<number>();
  for (const s of spans) {
    const len = s.last - s.first + 1;
    if (s.type === PER || len > MAX_LEN || !(t.flags[s.first]! & F_CAP)) continue;
    const key = keyOf(t, s.first, len);
    if (!types.has(key)) types.set(key, s.type);
    lengths.add(len);
  }
  if (types.size === 0) return spans;
  const covered = new Uint8Array(t.count);
  for (const s of spans) covered.fill(1, s.first, s.last + 1);
  const added: TokenSpan[] = [];
  const byLength = [...lengths].sort((a, b) => b - a);
  for (let k = 0; k < t.count; k++) {
    if (covered[k] || !(t.flags[k]! & F_CAP)) continue;
    for (const len of byLength) {
      if (k + len > t.count || !free(covered, k, k + len)) continue;
      const type = types.get(keyOf(t, k, len));
      if (type === undefined) continue;
      added.push({ first: k, last: k + len - 1, type });
      covered.fill(1, k, k + len);
      break;
    }
  }
  return added.length === 0 ? spans : [...spans, ...added].sort((a, b) => a.first - b.first);
}
