import type { CompactWeights } from './compact-weights.js';
import {
  edgeFeatures,
  MAX_FEATURES,
  NEXT1,
  NEXT2,
  neighbourOf,
  type NeighbourRole,
  ownFeatures,
  pairFeatures,
  PREV1,
  PREV2,
  wordHistoryFeatures,
} from './feature-extractor.js';
import { LABEL_COUNT } from './labels.js';
import type { TokenInfo } from './token-info.js';

/** Cache entries (direct-mapped): the commonest few thousand word forms of a news stream fit. */
const ENTRIES = 1 << 13;
/** Key fields per entry: low, 8 affixes, shape, flags, gaz, lex, morph, lemma, then the "filled" marker. */
const KEY = 16;
const MARK = 15;
/** One partial score: 13 labels padded to 16. */
const PART = 16;
/**
 * Partial scores per word: its own features, what it adds as the token's PREV1, PREV2, NEXT1, NEXT2, then its
 * history features after the label O (the previous label of most tokens).
 */
const PARTS = 6;
const AFTER_O = 5 * PART;
const VALS = PART * PARTS;
/** Spill entries allocated up front (the area grows if a document evicts more of its own words). */
const SPILL = 64;
const ROLES: readonly NeighbourRole[] = [PREV1, PREV2, NEXT1, NEXT2];

/**
 * Inference's static scores with the per-word parts cached across documents. Two thirds of a token's static
 * features read its own word or one neighbour's word alone, so their summed weights depend only on that word's
 * hashes and flags: a word seen before costs one cache probe instead of ~30 scattered weight-row reads, which
 * were the largest share of the processor's CPU. The scores are integer sums of int8 weights, so they equal
 * `staticFeatures` scored in one go, exactly (word-scores.spec.ts checks it). Not shared between concurrent callers.
 */
export class WordScores {
  private readonly keys: Uint32Array;
  /**
   * Sums of at most MAX_FEATURES int8 weights: |v| ≤ 64 × 128, so int16 holds them. The cache's entries, then
   * the spill area: the entries of the current document that a later word of it evicted.
   */
  private vals: Int16Array;
  private readonly edges = new Int16Array(PARTS * PART);
  /** Where each token's partial scores are in `vals` (last `scoreAll`): read in place, not copied. */
  private at = new Int32Array(0);
  /** The document (`scoreAll` call) each entry was last used in: only those entries can need a spill. */
  private readonly used: Uint32Array;
  private document = 0;
  private spilled = 0;
  private readonly feats = new Uint32Array(MAX_FEATURES);
  private readonly sums = new Float64Array(LABEL_COUNT);
  /** Cache probes that hit and missed, for benchmarks. */
  hits = 0;
  misses = 0;

  constructor(
    private readonly weights: CompactWeights,
    private readonly mask: number,
    /** A power of two; tests pass 1 so that every word collides with the last one. */
    private readonly entries = ENTRIES,
  ) {
    this.keys = new Uint32Array(entries * KEY);
    this.vals = new Int16Array((entries + SPILL) * VALS);
    this.used = new Uint32Array(entries);
    for (const role of ROLES) this.store(edgeFeatures(role, this.feats, 0), this.edges, (role + 1) * PART);
  }

  /** Writes the static scores of every token of `t` into `out` (LABEL_COUNT per token). */
  scoreAll(t: TokenInfo, sentStarts: readonly number[], out: Float64Array): void {
    if (this.at.length < t.count) this.at = new Int32Array(t.count * 2);
    this.document = (this.document + 1) >>> 0 || 1;
    this.spilled = 0;
    for (let k = 0; k < t.count; k++) this.load(t, k);
    const vals = this.vals;
    const at = this.at;
    const edges = this.edges;
    const sums = this.sums;
    for (let s = 0; s + 1 < sentStarts.length; s++) {
      const from = sentStarts[s]!;
      const to = sentStarts[s + 1]!;
      for (let k = from; k < to; k++) {
        sums.fill(0);
        this.weights.addRows(this.feats, pairFeatures(t, k, from, to, this.feats, 0), this.mask, sums);
        const own = at[k]!;
        const p1 = k - 1 >= from ? vals : edges;
        const p1At = (k - 1 >= from ? at[k - 1]! : 0) + PART;
        const p2 = k - 2 >= from ? vals : edges;
        const p2At = (k - 2 >= from ? at[k - 2]! : 0) + 2 * PART;
        const n1 = k + 1 < to ? vals : edges;
        const n1At = (k + 1 < to ? at[k + 1]! : 0) + 3 * PART;
        const n2 = k + 2 < to ? vals : edges;
        const n2At = (k + 2 < to ? at[k + 2]! : 0) + 4 * PART;
        const o = k * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++)
          out[o + l] = sums[l]! + vals[own + l]! + p1[p1At + l]! + p2[p2At + l]! + n1[n1At + l]! + n2[n2At + l]!;
      }
    }
  }

  /** Adds token `k`'s `wordHistoryFeatures` after the label O (of the last `scoreAll`) to `scores`. */
  addAfterOutside(k: number, scores: Float64Array): void {
    const at = this.at[k]! + AFTER_O;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] += this.vals[at + l]!;
  }

  /** Points token `k` at its partial scores, from the cache or computed (and cached). */
  private load(t: TokenInfo, k: number): void {
    const slot = keyHash(t, k) & (this.entries - 1);
    const v = slot * VALS;
    if (this.matches(t, k, slot * KEY)) this.hits++;
    else {
      this.misses++;
      if (this.used[slot] === this.document) this.spill(v, k);
      this.remember(t, k, slot * KEY);
      this.store(ownFeatures(t, k, this.feats, 0), this.vals, v);
      for (const role of ROLES) this.store(neighbourOf(t, k, role, this.feats, 0), this.vals, v + (role + 1) * PART);
      this.store(wordHistoryFeatures(t, k, 0, this.feats, 0), this.vals, v + AFTER_O);
    }
    this.used[slot] = this.document;
    this.at[k] = v;
  }

  /**
   * Moves the entry at `v`, which tokens before `k` of this document read, to the spill area before a word
   * that collides with it takes its place (a few times a document: ~200 distinct words in 8,192 entries).
   */
  private spill(v: number, k: number): void {
    const to = (this.entries + this.spilled) * VALS;
    if (to + VALS > this.vals.length) {
      const grown = new Int16Array(this.vals.length + Math.max(SPILL, this.spilled) * VALS);
      grown.set(this.vals);
      this.vals = grown;
    }
    this.vals.copyWithin(to, v, v + VALS);
    for (let j = 0; j < k; j++) if (this.at[j] === v) this.at[j] = to;
    this.spilled++;
  }

  private matches(t: TokenInfo, k: number, at: number): boolean {
    const keys = this.keys;
    if (keys[at + MARK] !== (t.hasMorph ? 2 : 1)) return false;
    const a = k * 8;
    for (let j = 0; j < 8; j++) if (keys[at + 1 + j] !== t.affix[a + j]) return false;
    return (
      keys[at] === t.low[k] &&
      keys[at + 9] === t.shape[k] &&
      keys[at + 10] === t.flags[k]! >>> 0 &&
      keys[at + 11] === t.gaz[k] &&
      keys[at + 12] === t.lex[k] &&
      keys[at + 13] === (t.hasMorph ? t.morph[k] : 0) &&
      keys[at + 14] === (t.hasMorph ? t.lemma[k] : 0)
    );
  }

  private remember(t: TokenInfo, k: number, at: number): void {
    const keys = this.keys;
    keys[at] = t.low[k]!;
    for (let j = 0; j < 8; j++) keys[at + 1 + j] = t.affix[k * 8 + j]!;
    keys[at + 9] = t.shape[k]!;
    keys[at + 10] = t.flags[k]!;
    keys[at + 11] = t.gaz[k]!;
    keys[at + 12] = t.lex[k]!;
    keys[at + 13] = t.hasMorph ? t.morph[k]! : 0;
    keys[at + 14] = t.hasMorph ? t.lemma[k]! : 0;
    keys[at + MARK] = t.hasMorph ? 2 : 1;
  }

  /** Sums the rows of the first `n` features of `this.feats` into `into` at `at`. */
  private store(n: number, into: Int16Array, at: number): void {
    this.sums.fill(0);
    this.weights.addRows(this.feats, n, this.mask, this.sums);
    for (let l = 0; l < LABEL_COUNT; l++) into[at + l] = this.sums[l]!;
  }
}

/** Spreads a word's key over the cache's slots; equality of all key fields, not this hash, decides a hit. */
function keyHash(t: TokenInfo, k: number): number {
  let h = Math.imul(t.low[k]! ^ t.affix[k * 8 + 7]!, 0x9e3779b1) ^ t.shape[k]!;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ t.flags[k]! ^ (t.gaz[k]! << 12) ^ (t.lex[k]! << 20);
  if (t.hasMorph) h ^= t.morph[k]! ^ t.lemma[k]!;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
