import { LABEL_COUNT } from './labels.js';

/** Row stride: 13 labels padded to 16 so a row never straddles two cache lines. */
const STRIDE = 16;
/** Up to 2^19 buckets (8 MB of int8 rows) the table is used directly, without the index. */
const DIRECT_LIMIT = 1 << 19;

/**
 * Runtime weights as int8 rows of 16 bytes. A model of up to 2^19 buckets (the shipped ones have 2^18: 4 MB)
 * is one direct table; a bigger one keeps only its used buckets behind a small open-addressing index. The
 * int16 dense table (2^20×13 at first) missed the CPU cache on nearly every feature; this is what made
 * tagging several times faster.
 */
export class CompactWeights {
  private readonly index: Int32Array;
  private readonly rows: Int8Array;
  private readonly shift: number;
  private readonly indexMask: number;
  /** Real weight = stored int8 × scale. */
  readonly scale: number;
  private readonly direct: boolean;

  constructor(dense: Int16Array, denseScale: number) {
    const bucketCount = dense.length / LABEL_COUNT;
    let used = 0;
    let max = 0;
    for (let b = 0; b < bucketCount; b++) {
      let any = false;
      for (let l = 0; l < LABEL_COUNT; l++) {
        const v = Math.abs(dense[b * LABEL_COUNT + l]!);
        if (v) any = true;
        if (v > max) max = v;
      }
      if (any) used++;
    }
    this.direct = bucketCount <= DIRECT_LIMIT;
    let size = 1024;
    let bits = 10;
    while (size < used * 2) {
      size *= 2;
      bits++;
    }
    this.index = new Int32Array(this.direct ? 2 : size * 2).fill(-1);
    this.shift = 32 - bits;
    this.indexMask = size - 1;
    this.rows = new Int8Array((this.direct ? bucketCount : Math.max(1, used)) * STRIDE);
    this.scale = ((max || 1) * denseScale) / 127;
    this.fill(dense, bucketCount, (max || 1) / 127);
  }

  private slot(bucket: number): number {
    return Math.imul(bucket, 0x9e3779b1) >>> this.shift;
  }

  private fill(dense: Int16Array, bucketCount: number, step: number): void {
    let row = 0;
    for (let b = 0; b < bucketCount; b++) {
      let any = false;
      for (let l = 0; l < LABEL_COUNT; l++) if (dense[b * LABEL_COUNT + l]) any = true;
      if (!any) continue;
      if (this.direct) {
        for (let l = 0; l < LABEL_COUNT; l++)
          this.rows[b * STRIDE + l] = Math.round(dense[b * LABEL_COUNT + l]! / step);
        continue;
      }
      let s = this.slot(b);
      while (this.index[s * 2] !== -1) s = (s + 1) & this.indexMask;
      this.index[s * 2] = b;
      this.index[s * 2 + 1] = row * STRIDE;
      for (let l = 0; l < LABEL_COUNT; l++)
        this.rows[row * STRIDE + l] = Math.round(dense[b * LABEL_COUNT + l]! / step);
      row++;
    }
  }

  /** Small tables skip the index: row = bucket (one memory access per feature instead of two). */
  private addDirect(feats: Uint32Array, n: number, mask: number, scores: Float64Array): void {
    const rows = this.rows;
    // Thirteen register accumulators, unrolled: the hot loop of the whole extractor.
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0,
      s9 = 0,
      s10 = 0,
      s11 = 0,
      s12 = 0;
    for (let j = 0; j < n; j++) {
      const base = (feats[j]! & mask) << 4;
      s0 += rows[base + 0]!;
      s1 += rows[base + 1]!;
      s2 += rows[base + 2]!;
      s3 += rows[base + 3]!;
      s4 += rows[base + 4]!;
      s5 += rows[base + 5]!;
      s6 += rows[base + 6]!;
      s7 += rows[base + 7]!;
      s8 += rows[base + 8]!;
      s9 += rows[base + 9]!;
      s10 += rows[base + 10]!;
      s11 += rows[base + 11]!;
      s12 += rows[base + 12]!;
    }
    scores[0] += s0;
    scores[1] += s1;
    scores[2] += s2;
    scores[3] += s3;
    scores[4] += s4;
    scores[5] += s5;
    scores[6] += s6;
    scores[7] += s7;
    scores[8] += s8;
    scores[9] += s9;
    scores[10] += s10;
    scores[11] += s11;
    scores[12] += s12;
  }

  /** Adds the rows of `n` features (already masked to buckets) to `scores`. */
  addRows(feats: Uint32Array, n: number, mask: number, scores: Float64Array): void {
    if (this.direct) return this.addDirect(feats, n, mask, scores);
    const index = this.index;
    const rows = this.rows;
    for (let j = 0; j < n; j++) {
      const bucket = feats[j]! & mask;
      let s = Math.imul(bucket, 0x9e3779b1) >>> this.shift;
      let key = index[s * 2]!;
      while (key !== bucket && key !== -1) {
        s = (s + 1) & this.indexMask;
        key = index[s * 2]!;
      }
      if (key === -1) continue;
      const base = index[s * 2 + 1]!;
      for (let l = 0; l < LABEL_COUNT; l++) scores[l] += rows[base + l]!;
    }
  }
}
