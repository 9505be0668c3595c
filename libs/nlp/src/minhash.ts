/** Signature length: the Jaccard estimate's standard error is about 1/√64 ≈ 0.06. */
export const MINHASH_SIZE = 64;
/** 16 bands of 4 rows: pairs with Jaccard ≈ 0.5 become candidates half the time, 0.8 almost always (0.99). */
export const MINHASH_BANDS = 16;
const ROWS = MINHASH_SIZE / MINHASH_BANDS;
const SHINGLE = 3;
const SEEDS = Int32Array.from({ length: MINHASH_SIZE }, (_, i) => mixInt(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit outside a surrogate pair: 0 not yet asked, 1 a letter or digit, 2 not (filled lazily). */
const UNIT_CLASS = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  let cls = UNIT_CLASS[code]!;
  if (cls === 0) {
    cls = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    UNIT_CLASS[code] = cls;
  }
  return cls === 1;
}

/**
 * The text's words as `[start, end)` offsets, the same runs as `text.match(/[\p{L}\p{N}]+/gu)` finds, without a
 * string per word (those strings and the regular expression were a third of minhash's time). Reuses its arrays.
 */
class WordSpans {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  count = 0;

  scan(text: string): void {
    let n = 0;
    for (let i = 0; i < text.length;) {
      const code = text.charCodeAt(i);
      const pair = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1));
      const width = pair ? 2 : 1;
      if (pair ? WORD_CHAR.test(text.slice(i, i + 2)) : isWordUnit(code)) {
        if (n > 0 && this.ends[n - 1] === i) this.ends[n - 1] = i + width;
        else {
          if (n === this.starts.length) this.grow();
          this.starts[n] = i;
          this.ends[n] = i + width;
          n++;
        }
      }
      i += width;
    }
    this.count = n;
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const spans = new WordSpans();

/**
 * FNV-1a of the words `[from, from + SHINGLE)` of `text` joined by single spaces, folded word by word: the same value as
 * hashing the joined string, without building it. As an int32.
 */
function shingleHash(text: string, from: number): number {
  let hash = 0x811c9dc5;
  const end = Math.min(spans.count, from + SHINGLE);
  for (let w = from; w < end; w++) {
    if (w > from) hash = Math.imul(hash ^ 0x20, 0x01000193);
    for (let i = spans.starts[w]!; i < spans.ends[w]!; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return hash;
}

/** MurmurHash3's 32-bit finaliser: a cheap, well-mixed permutation of 32-bit values. As an int32. */
function mixInt(value: number): number {
  let h = value ^ (value >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** `mixInt` as a uint32. */
function mix(value: number): number {
  return mixInt(value) >>> 0;
}

/**
 * MinHash signature of the text's word 3-gram shingles (lower-cased letters and digits): the share of equal
 * positions in two signatures estimates the Jaccard similarity of their shingle sets.
 *
 * @example
 * estimateJaccard(minhash(story), minhash(story.replace('вторник', 'среду'))) // ≈ 0.9
 */
export function minhash(text: string): Uint32Array {
  const lower = text.toLowerCase();
  spans.scan(lower);
  // Minima kept as int32 with the sign bit flipped (the same order as uint32): values above 2^31 would otherwise
  // leave V8's integer fast path.
  const minima = new Int32Array(MINHASH_SIZE).fill(0x7fffffff);
  const count = Math.max(1, spans.count - SHINGLE + 1);
  for (let i = 0; i < count; i++) {
    const base = shingleHash(lower, i);
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const value = mixInt(base ^ SEEDS[k]!) ^ 0x80000000;
      if (value < minima[k]!) minima[k] = value;
    }
  }
  const signature = new Uint32Array(MINHASH_SIZE);
  for (let k = 0; k < MINHASH_SIZE; k++) signature[k] = minima[k]! ^ 0x80000000;
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
