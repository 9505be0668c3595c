/** Signature length: the Jaccard estimate's standard error is about 1/√64 ≈ 0.06. */
export const MINHASH_SIZE = 64;
/** 16 bands of 4 rows: pairs with Jaccard ≈ 0.5 become candidates half the time, 0.8 almost always (0.99). */
export const MINHASH_BANDS = 16;
const ROWS = MINHASH_SIZE / MINHASH_BANDS;
const SHINGLE = 3;
const SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

/**
 * FNV-1a of `words[from..from+SHINGLE)` joined by single spaces, folded word by word: the same value as hashing
 * the joined string, without building it (that string per shingle was most of minhash's allocation).
 */
function shingleHash(words: readonly string[], from: number): number {
  let hash = 0x811c9dc5;
  const end = Math.min(words.length, from + SHINGLE);
  for (let w = from; w < end; w++) {
    if (w > from) hash = Math.imul(hash ^ 0x20, 0x01000193);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit values. */
function mix(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * MinHash signature of the text's word 3-gram shingles (lower-cased letters and digits): the share of equal
 * positions in two signatures estimates the Jaccard similarity of their shingle sets.
 *
 * @example
 * estimateJaccard(minhash(story), minhash(story.replace('вторник', 'среду'))) // ≈ 0.9
 */
export function minhash(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const count = Math.max(1, words.length - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const base = shingleHash(words, i);
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const value = mix(base ^ SEEDS[k]!);
      if (value < signature[k]!) signature[k] = value;
    }
  }
  return signature;
}

export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let equal = 0;
  for (let k = 0; k < MINHASH_SIZE; k++) if (a[k] === b[k]) equal++;
  return equal / MINHASH_SIZE;
}

/** One 32-bit key per band, for the LSH lookup: similar texts share at least one band key. */
export function minhashBands(signature: ArrayLike<number>): number[] {
  return Array.from({ length: MINHASH_BANDS }, (_, band) => {
    let hash = band + 1;
    for (let r = 0; r < ROWS; r++) hash = mix(hash ^ signature[band * ROWS + r]!);
    return hash | 0;
  });
}
