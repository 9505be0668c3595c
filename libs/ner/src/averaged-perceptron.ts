import { LABEL_COUNT } from './labels.js';

/**
 * Perceptron weights with lazy averaging (each weight remembers when it last changed, so averaging costs
 * nothing per step): the averaged weights generalise far better than the last ones.
 */
export class AveragedPerceptron {
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private time = 0;

  constructor(readonly bits: number) {
    const size = (1 << bits) * LABEL_COUNT;
    this.weights = new Float32Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Float64Array(size);
  }

  get mask(): number {
    return (1 << this.bits) - 1;
  }

  /** Advances the clock by one training instance. */
  tick(): void {
    this.time++;
  }

  private bump(i: number, delta: number): void {
    this.totals[i] += (this.time - this.stamps[i]!) * this.weights[i]!;
    this.stamps[i] = this.time;
    this.weights[i] += delta;
  }

  /** Moves the features' weights towards `gold` and away from `predicted`. */
  update(feats: Uint32Array, n: number, gold: number, predicted: number): void {
    const mask = this.mask;
    for (let j = 0; j < n; j++) {
      const base = (feats[j]! & mask) * LABEL_COUNT;
      this.bump(base + gold, 1);
      this.bump(base + predicted, -1);
    }
  }

  /** The averaged weights as a new array (training can go on afterwards). */
  averaged(): Float32Array {
    const out = new Float32Array(this.weights.length);
    const t = Math.max(1, this.time);
    for (let i = 0; i < out.length; i++) {
      out[i] = (this.totals[i]! + (t - this.stamps[i]!) * this.weights[i]!) / t;
    }
    return out;
  }
}

/** Quantises weights to int16, zeroing those below `prune` × the largest magnitude (smaller model file). */
export function quantise(weights: Float32Array, prune: number): { values: Int16Array; scale: number } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const scale = max / 32767 || 1;
  const values = new Int16Array(weights.length);
  const cut = max * prune;
  for (let i = 0; i < weights.length; i++) {
    if (Math.abs(weights[i]!) >= cut) values[i] = Math.round(weights[i]! / scale);
  }
  return { values, scale };
}
