import { mix } from './feature-hash.js';
import { F_CAP, type TokenInfo } from './token-info.js';
import { wordKeys } from './word-keys.js';

/** Lower-case words inside one name («Bank of America», «Foundation for the Visual Arts», «Procter & Gamble»). */
const JOINERS = wordKeys(['of', 'for', 'the', '&', 'de']);
/** Farthest a run is followed (tokens), so a long title-case headline costs no more than a name. */
const REACH = 8;

const capital = (t: TokenInfo, j: number): boolean => (t.flags[j]! & F_CAP) !== 0;

/** The last capitalised token of the name run going right from `k` (up to two joiners between capitals). */
function runEnd(t: TokenInfo, k: number, to: number): number {
  let last = k;
  for (let j = k + 1; j < to && j - k <= REACH; j++) {
    if (capital(t, j)) last = j;
    else if (!JOINERS.has(t.low[j]!) || j - last > 2) break;
  }
  return last;
}

/** The first capitalised token of the name run going left from `k`. */
function runStart(t: TokenInfo, k: number, from: number): number {
  let first = k;
  for (let j = k - 1; j >= from && k - j <= REACH; j--) {
    if (capital(t, j)) first = j;
    else if (!JOINERS.has(t.low[j]!) || first - j > 2) break;
  }
  return first;
}

/**
 * English only (a model header's `nameRuns`): a capitalised token sees the last and the first word of the run
 * of capitalised words it stands in, beyond the ±2 window: «Andy» in «Andy Warhol Foundation for the Visual
 * Arts» sees «arts», «Municipality» in «Municipality of Livorno» sees «livorno», «Teaching» sees «tang».
 */
export function nameRunFeatures(
  t: TokenInfo,
  k: number,
  from: number,
  to: number,
  out: Uint32Array,
  n: number,
): number {
  if (!capital(t, k)) return n;
  const last = runEnd(t, k, to);
  const first = runStart(t, k, from);
  if (last > k) out[n++] = mix(40, t.low[last]!);
  if (first < k) out[n++] = mix(41, t.low[first]!);
  out[n++] = mix(42, Math.min(last - first, 4) * 8 + Math.min(k - first, 4));
  return n;
}
