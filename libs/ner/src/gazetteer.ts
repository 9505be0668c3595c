import { FNV_SEED, fnvStep } from './feature-hash.js';

/** Gazetteer classes, one bit each (names lists from natasha-names). */
export const GAZ_FIRST = 1;
export const GAZ_LAST = 2;
export const GAZ_MIDDLE = 4;
/** English models reuse the two surname/patronymic bits: a one-word place, a word of a longer place name. */
export const GAZ_PLACE = 2;
export const GAZ_PLACE_PART = 4;

/**
 * A read-only set of 32-bit word hashes with a small bit mask each, in an open-addressing table (no strings
 * kept: lookups hash the word's characters on the fly).
 */
export class Gazetteer {
  private readonly table: Uint32Array;
  private readonly values: Uint8Array;
  private readonly mask: number;

  constructor(
    readonly keys: Uint32Array,
    readonly bits: Uint8Array,
  ) {
    let size = 1024;
    while (size < keys.length * 2) size *= 2;
    this.table = new Uint32Array(size);
    this.values = new Uint8Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) this.insert(keys[i]! || 1, bits[i]!);
  }

  private insert(key: number, bits: number): void {
    let slot = key & this.mask;
    while (this.table[slot] !== 0 && this.table[slot] !== key) slot = (slot + 1) & this.mask;
    this.table[slot] = key;
    this.values[slot] |= bits;
  }

  /** The bits stored for a word hash (0 when absent). */
  get(key: number): number {
    const k = key >>> 0 || 1;
    let slot = k & this.mask;
    for (;;) {
      const t = this.table[slot]!;
      if (t === k) return this.values[slot]!;
      if (t === 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** Builds gazetteer keys and bits from word lists (same word in several lists gets several bits). */
export function buildGazetteer(lists: ReadonlyArray<{ words: Iterable<string>; bit: number }>): Gazetteer {
  const merged = new Map<number, number>();
  for (const { words, bit } of lists) {
    for (const w of words) {
      let h = FNV_SEED;
      for (let i = 0; i < w.length; i++) h = fnvStep(h, w.charCodeAt(i));
      const key = h >>> 0 || 1;
      merged.set(key, (merged.get(key) ?? 0) | bit);
    }
  }
  const keys = Uint32Array.from(merged.keys());
  return new Gazetteer(
    keys,
    Uint8Array.from(keys, (k) => merged.get(k)!),
  );
}

/** Lemma guesses for an inflected Russian word: cut 1–3 letters, optionally add a nominative ending. */
const ENDINGS = [0, 0x439, 0x430, 0x44c, 0x44f]; // '', й, а, ь, я

/**
 * Gazetteer bits of a lower-cased word given its prefix hashes (`prefix[j]` = FNV of the first j letters):
 * the exact form in the low 3 bits, a guessed lemma («Миннихановым» → «минниханов») shifted left by 3.
 */
export function lookupInflected(gaz: Gazetteer, prefix: Uint32Array, len: number): number {
  let exact = gaz.get(prefix[len]!);
  let guessed = 0;
  for (let cut = 1; cut <= 3 && len - cut >= 3; cut++) {
    const stem = prefix[len - cut]!;
    for (const ending of ENDINGS) guessed |= gaz.get(ending === 0 ? stem : fnvStep(stem, ending) >>> 0);
  }
  exact &= 7;
  return exact | ((guessed & 7) << 3);
}
