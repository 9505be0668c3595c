import { mix, mix2 } from './feature-hash.js';
import { MORPH_PROPER_MASK } from './morph-features.js';
import { F_ALLCAP, F_CAP, F_SENT_START, type TokenInfo } from './token-info.js';

const BOS = 0x0b05;
const EOS = 0x0e05;
const SENT_FLAGS = F_CAP | F_ALLCAP | F_SENT_START;

/** Upper bound of static features per token (the buffer size callers allocate). */
export const MAX_FEATURES = 64;

/**
 * Writes the hashed static (pass-independent) features of token `k` (sentence tokens `from`..`to`-1) into `out`; returns how many.
 * Template ids are small integers mixed into each hash, so the model file is tied to this function.
 */
export function staticFeatures(t: TokenInfo, k: number, from: number, to: number, out: Uint32Array): number {
  let n = 0;
  const low = t.low;
  const shape = t.shape;
  const a = k * 8;
  const f = t.flags[k]!;
  const p1 = k - 1 >= from ? low[k - 1]! : BOS;
  const p2 = k - 2 >= from ? low[k - 2]! : BOS;
  const n1 = k + 1 < to ? low[k + 1]! : EOS;
  const n2 = k + 2 < to ? low[k + 2]! : EOS;
  const sp = k - 1 >= from ? shape[k - 1]! : BOS;
  const sn = k + 1 < to ? shape[k + 1]! : EOS;
  out[n++] = mix(1, 0);
  out[n++] = mix(2, low[k]!);
  for (let j = 0; j < 8; j++) out[n++] = mix(3 + j, t.affix[a + j]!);
  out[n++] = mix(11, shape[k]!);
  out[n++] = mix(12, f & SENT_FLAGS);
  out[n++] = mix(13, f);
  out[n++] = mix(14, p1);
  out[n++] = mix(15, p2);
  out[n++] = mix(16, n1);
  out[n++] = mix(17, n2);
  out[n++] = mix(18, sp);
  out[n++] = mix(19, sn);
  out[n++] = mix(20, k - 1 >= from ? t.affix[a - 2]! : BOS);
  out[n++] = mix(21, k + 1 < to ? t.affix[a + 14]! : EOS);
  out[n++] = mix2(22, p1, low[k]!);
  out[n++] = mix2(23, low[k]!, n1);
  out[n++] = mix2(29, p1, shape[k]!);
  out[n++] = mix2(32, shape[k]!, n1);
  // Word pairs around the token («Палаты представителей», «министр иностранных …»): where a long name goes on.
  out[n++] = mix2(37, p2, p1);
  out[n++] = mix2(38, n1, n2);
  out[n++] = mix2(39, p1, n1);
  const g = t.gaz[k]!;
  if (g !== 0) {
    out[n++] = mix(24, g);
    out[n++] = mix2(25, g, f & SENT_FLAGS);
  }
  out[n++] = mix2(26, k - 1 >= from ? t.gaz[k - 1]! : 99, k + 1 < to ? t.gaz[k + 1]! : 99);
  const lex = t.lex[k]!;
  out[n++] = mix2(27, lex, f & SENT_FLAGS);
  out[n++] = mix2(28, k - 1 >= from ? t.lex[k - 1]! : 99, k + 1 < to ? t.lex[k + 1]! : 99);
  out[n++] = mix2(33, lex, g);
  if (t.hasMorph) n = morphFeatures(t, k, from, to, out, n);
  return n;
}

/** Russian only: OpenCorpora readings of capitalised words (Geox «Мехико», Orgn «Газпрома», Surn, case). */
function morphFeatures(t: TokenInfo, k: number, from: number, to: number, out: Uint32Array, n: number): number {
  const m = t.morph[k]!;
  if (m !== 0) {
    out[n++] = mix(60, m);
    out[n++] = mix2(61, m & MORPH_PROPER_MASK, t.flags[k]! & SENT_FLAGS);
    out[n++] = mix(62, t.lemma[k]!);
  }
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
  out[n++] = mix(50, prev);
  out[n++] = mix2(51, prev2, prev);
  out[n++] = mix2(52, prev, t.low[k]!);
  out[n++] = mix2(53, prev, t.shape[k]!);
  out[n++] = mix2(54, prev, t.affix[k * 8 + 6]!);
  return n;
}
