import type { DocContext } from './doc-context.js';
import {
  historyFeatures,
  labelHistoryFeatures,
  MAX_FEATURES,
  staticFeatures,
  wordHistoryFeatures,
} from './feature-extractor.js';
import { LABEL_COUNT } from './labels.js';
import type { TokenInfo } from './token-info.js';

import { CompactWeights } from './compact-weights.js';
import { WordScores } from './word-scores.js';

/** Dense training weights indexed by `(featureHash & mask) * LABEL_COUNT + label`, or compact runtime ones. */
export type WeightArray = Float32Array | CompactWeights;

/** Called on each token during training: returns the label to use as history (the prediction). */
export type TrainHook = (feats: Uint32Array, n: number, predicted: number, k: number) => void;

/** Reusable scratch for greedy decoding: one per thread of work, never shared between concurrent calls. */
export class SequenceDecoder {
  readonly feats = new Uint32Array(MAX_FEATURES * 2);
  private cache = new Float64Array(0);
  readonly scores = new Float64Array(LABEL_COUNT);
  /** Inference (compact weights) caches per-word static scores; training's weights change, so it cannot. */
  readonly words: WordScores | undefined;
  /** Inference: scores of the label-history features for each (prev2, prev), LABEL_COUNT each. */
  private readonly history: Float64Array | undefined;
  private readonly tail = this.feats.subarray(MAX_FEATURES);

  constructor(
    private readonly weights: WeightArray,
    private readonly mask: number,
  ) {
    this.words = weights instanceof CompactWeights ? new WordScores(weights, mask) : undefined;
    this.history = weights instanceof CompactWeights ? this.labelHistoryTable() : undefined;
  }

  private labelHistoryTable(): Float64Array {
    const table = new Float64Array(LABEL_COUNT * LABEL_COUNT * LABEL_COUNT);
    for (let prev2 = 0; prev2 < LABEL_COUNT; prev2++) {
      for (let prev = 0; prev < LABEL_COUNT; prev++) {
        this.score(labelHistoryFeatures(prev, prev2, this.feats, 0));
        table.set(this.scores, (prev2 * LABEL_COUNT + prev) * LABEL_COUNT);
      }
    }
    return table;
  }

  /** Sums the weights of `n` features into `this.scores`. */
  score(n: number): void {
    const s = this.scores;
    const w = this.weights;
    s.fill(0);
    if (w instanceof CompactWeights) return w.addRows(this.feats, n, this.mask, s);
    for (let j = 0; j < n; j++) {
      const base = (this.feats[j]! & this.mask) * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) s[l] += w[base + l]!;
    }
  }

  /**
   * The highest-scoring label. Deliberately unconstrained: forcing well-formed BILOU made one wrong B run on
   * through the sentence (it can only be closed by L), and the span reader tolerates ill-formed runs.
   */
  private best(): number {
    let best = 0;
    for (let l = 1; l < LABEL_COUNT; l++) if (this.scores[l]! > this.scores[best]!) best = l;
    return best;
  }

  /** Training: greedy labelling with all features recomputed (weights change as it goes); `hook` sees each token. */
  decodeTraining(t: TokenInfo, doc: DocContext, sentStarts: readonly number[], out: Uint8Array, hook: TrainHook): void {
    this.decodeWith(
      t,
      doc,
      sentStarts,
      out,
      (k, from, to, n0) => {
        let n = staticFeatures(t, k, from, to, this.feats);
        for (let j = 0; j < n0; j++) this.feats[n + j] = this.feats[MAX_FEATURES + j]!;
        n += n0;
        this.score(n);
        return n;
      },
      hook,
    );
  }

  /** Caches each token's static-feature scores, shared by both passes of `decode` (they are most of the work). */
  precompute(t: TokenInfo, sentStarts: readonly number[]): void {
    if (this.cache.length < t.count * LABEL_COUNT) this.cache = new Float64Array(t.count * LABEL_COUNT * 2);
    if (this.words) return this.words.scoreAll(t, sentStarts, this.cache);
    for (let s = 0; s + 1 < sentStarts.length; s++) {
      for (let k = sentStarts[s]!; k < sentStarts[s + 1]!; k++) {
        this.score(staticFeatures(t, k, sentStarts[s]!, sentStarts[s + 1]!, this.feats));
        this.cache.set(this.scores, k * LABEL_COUNT);
      }
    }
  }

  /** Inference: greedy labelling from the cached static scores plus document and history features. */
  decode(t: TokenInfo, doc: DocContext, sentStarts: readonly number[], out: Uint8Array): void {
    if (this.history) return this.decodeCompact(t, doc, sentStarts, out, this.history);
    this.decodeWith(t, doc, sentStarts, out, (k, _from, _to, n0) => {
      for (let j = 0; j < n0; j++) this.feats[j] = this.feats[MAX_FEATURES + j]!;
      this.score(n0);
      const base = k * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) this.scores[l] += this.cache[base + l]!;
      return n0;
    });
  }

  /**
   * `decode` with compact weights: the label-history features come from a table, the word-history ones after
   * O from the word's cached scores, the rest are read from the tail of `feats` where they are written.
   * Integer sums in another order: the same scores.
   */
  private decodeCompact(
    t: TokenInfo,
    doc: DocContext,
    sentStarts: readonly number[],
    out: Uint8Array,
    history: Float64Array,
  ): void {
    const words = this.words!;
    const scores = this.scores;
    const weights = this.weights as CompactWeights;
    for (let s = 0; s + 1 < sentStarts.length; s++) {
      let prev = 0;
      let prev2 = 0;
      for (let k = sentStarts[s]!; k < sentStarts[s + 1]!; k++) {
        let n = doc.features(k, t.flags[k]!, this.tail, 0);
        if (prev !== 0) n = wordHistoryFeatures(t, k, prev, this.tail, n);
        scores.fill(0);
        weights.addRows(this.tail, n, this.mask, scores);
        if (prev === 0) words.addAfterOutside(k, scores);
        const base = k * LABEL_COUNT;
        const h = (prev2 * LABEL_COUNT + prev) * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) scores[l] += this.cache[base + l]! + history[h + l]!;
        const label = this.best();
        out[k] = label;
        prev2 = prev;
        prev = label;
      }
    }
  }

  /**
   * The greedy loop. Dynamic (document + history) features go to the tail of `feats` at MAX_FEATURES;
   * `scoreToken` completes the scores and returns the feature count the hook gets.
   */
  private decodeWith(
    t: TokenInfo,
    doc: DocContext,
    sentStarts: readonly number[],
    out: Uint8Array,
    scoreToken: (k: number, from: number, to: number, n0: number) => number,
    hook?: TrainHook,
  ): void {
    const tail = this.feats.subarray(MAX_FEATURES);
    for (let s = 0; s + 1 < sentStarts.length; s++) {
      const from = sentStarts[s]!;
      const to = sentStarts[s + 1]!;
      let prev = 0;
      let prev2 = 0;
      for (let k = from; k < to; k++) {
        let n0 = doc.features(k, t.flags[k]!, tail, 0);
        n0 = historyFeatures(t, k, prev, prev2, tail, n0);
        const n = scoreToken(k, from, to, n0);
        const label = this.best();
        if (hook) hook(this.feats, n, label, k);
        out[k] = label;
        prev2 = prev;
        prev = label;
      }
    }
  }
}
