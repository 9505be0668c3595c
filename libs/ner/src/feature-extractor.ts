import { mix, mix2 } from './feature-hash.js';
import { MORPH_PROPER_MASK } from './morph-features.js';
import { F_ALLCAP, F_CAP, F_SENT_START, type TokenInfo } from './token-info.js';

const BOS = 0x0b05;
const EOS = 0x0e05;
const SENT_FLAGS = F_CAP | F_ALLCAP | F_SENT_START;

/** Upper bound of static features per token (the buffer size callers allocate). */
export const MAX_FEATURES = 64;

/** Where a neighbour stands relative to the token whose features it adds to. */
export const PREV1 = 0;
export const PREV2 = 1;
export const NEXT1 = 2;
export const NEXT2 = 3;
export type NeighbourRole = typeof PREV1 | typeof PREV2 | typeof NEXT1 | typeof NEXT2;

/**
 * Writes the hashed static (pass-independent) features of token `k` (sentence tokens `from`..`to`-1) into `out`; returns how many.
 * Template ids are small integers mixed into each hash, so the model file is tied to these functions. The
 * features come in three parts (the token's own word, each neighbour's word alone, and conjunctions across
 * positions) so that inference can cache the first two per word form (word-scores.ts); the sum is the same.
 */
export function staticFeatures(t: TokenInfo, k: number, from: number, to: number, out: Uint32Array): number {
  let n = ownFeatures(t, k, out, 0);
  n = k - 1 >= from ? neighbourOf(t, k - 1, PREV1, out, n) : edgeFeatures(PREV1, out, n);
  n = k - 2 >= from ? neighbourOf(t, k - 2, PREV2, out, n) : edgeFeatures(PREV2, out, n);
  n = k + 1 < to ? neighbourOf(t, k + 1, NEXT1, out, n) : edgeFeatures(NEXT1, out, n);
  n = k + 2 < to ? neighbourOf(t, k + 2, NEXT2, out, n) : edgeFeatures(NEXT2, out, n);
  return pairFeatures(t, k, from, to, out, n);
}

/**
 * Features of token `k`'s own word. They may read only the fields `WordScores` keys its cache on (`low`,
 * `affix`, `shape`, `flags`, `gaz`, `lex`, `morph`, `lemma`), never a neighbour's.
 */
export function ownFeatures(t: TokenInfo, k: number, out: Uint32Array, n: number): number {
  const a = k * 8;
  const f = t.flags[k]!;
  const g = t.gaz[k]!;
  const lex = t.lex[k]!;
  out[n++] = mix(1, 0);
  out[n++] = mix(2, t.low[k]!);
  for (let j = 0; j < 8; j++) out[n++] = mix(3 + j, t.affix[a + j]!);
  out[n++] = mix(11, t.shape[k]!);
  out[n++] = mix(12, f & SENT_FLAGS);
  out[n++] = mix(13, f);
  if (g !== 0) {
    out[n++] = mix(24, g);
    out[n++] = mix2(25, g, f & SENT_FLAGS);
  }
  out[n++] = mix2(27, lex, f & SENT_FLAGS);
  out[n++] = mix2(33, lex, g);
  const m = t.hasMorph ? t.morph[k]! : 0;
  if (m !== 0) {
    // Russian only: OpenCorpora readings of capitalised words (Geox «Мехико», Orgn «Газпрома», Surn, case).
    out[n++] = mix(60, m);
    out[n++] = mix2(61, m & MORPH_PROPER_MASK, f & SENT_FLAGS);
    out[n++] = mix(62, t.lemma[k]!);
  }
  return n;
}

/** What token `j`'s word adds, alone, to the features of the token it is the `role` neighbour of. */
export function neighbourOf(t: TokenInfo, j: number, role: NeighbourRole, out: Uint32Array, n: number): number {
  return neighbourFeatures(role, t.low[j]!, t.shape[j]!, t.affix[j * 8 + 6]!, out, n);
}

/** The same where the neighbour's position is outside the sentence. */
export function edgeFeatures(role: NeighbourRole, out: Uint32Array, n: number): number {
  const edge = role === PREV1 || role === PREV2 ? BOS : EOS;
  return neighbourFeatures(role, edge, edge, edge, out, n);
}

function neighbourFeatures(
  role: NeighbourRole,
  low: number,
  shape: number,
  suffix3: number,
  out: Uint32Array,
  n: number,
): number {
  if (role === PREV1) {
    out[n++] = mix(14, low);
    out[n++] = mix(18, shape);
    out[n++] = mix(20, suffix3);
  } else if (role === PREV2) out[n++] = mix(15, low);
  else if (role === NEXT1) {
    out[n++] = mix(16, low);
    out[n++] = mix(19, shape);
    out[n++] = mix(21, suffix3);
  } else out[n++] = mix(17, low);
  return n;
}

/** Conjunctions of the token with its neighbours (word pairs, names-list and lexicon context): computed per token. */
export function pairFeatures(t: TokenInfo, k: number, from: number, to: number, out: Uint32Array, n: number): number {
  const low = t.low;
  const shape = t.shape;
  const p1 = k - 1 >= from ? low[k - 1]! : BOS;
  const p2 = k - 2 >= from ? low[k - 2]! : BOS;
  const n1 = k + 1 < to ? low[k + 1]! : EOS;
  const n2 = k + 2 < to ? low[k + 2]! : EOS;
  out[n++] = mix2(22, p1, low[k]!);
  out[n++] = mix2(23, low[k]!, n1);
  out[n++] = mix2(29, p1, shape[k]!);
  out[n++] = mix2(32, shape[k]!, n1);
  // Word pairs around the token («Палаты представителей», «министр иностранных …»): where a long name goes on.
  out[n++] = mix2(37, p2, p1);
  out[n++] = mix2(38, n1, n2);
  out[n++] = mix2(39, p1, n1);
  out[n++] = mix2(26, k - 1 >= from ? t.gaz[k - 1]! : 99, k + 1 < to ? t.gaz[k + 1]! : 99);
  out[n++] = mix2(28, k - 1 >= from ? t.lex[k - 1]! : 99, k + 1 < to ? t.lex[k + 1]! : 99);
  if (!t.hasMorph) return n;
  const m = t.morph[k]!;
  const prev = k - 1 >= from ? t.morph[k - 1]! & MORPH_PROPER_MASK : 1;
  const next = k + 1 < to ? t.morph[k + 1]! & MORPH_PROPER_MASK : 1;
  out[n++] = mix2(63, prev, next);
  out[n++] = mix2(64, m & MORPH_PROPER_MASK, next);
  return n;
}

/** Features that depend on the previous two predicted labels; appended after the static ones. */
export function historyFeatures(
  t: TokenInfo,
  k: number,
  prev: number,
  prev2: number,
  out: Uint32Array,
  n: number,
): number {
  return wordHistoryFeatures(t, k, prev, out, labelHistoryFeatures(prev, prev2, out, n));
}

/** The history features of the labels alone: 13 × 13 values, so inference scores them from a table. */
export function labelHistoryFeatures(prev: number, prev2: number, out: Uint32Array, n: number): number {
  out[n++] = mix(50, prev);
  out[n++] = mix2(51, prev2, prev);
  return n;
}

/** The history features of the previous label with token `k`'s word. */
export function wordHistoryFeatures(t: TokenInfo, k: number, prev: number, out: Uint32Array, n: number): number {
  out[n++] = mix2(52, prev, t.low[k]!);
  out[n++] = mix2(53, prev, t.shape[k]!);
  out[n++] = mix2(54, prev, t.affix[k * 8 + 6]!);
  return n;
}
