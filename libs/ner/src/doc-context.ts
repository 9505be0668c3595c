import { mix, mix2 } from './feature-hash.js';
import { labelType } from './labels.js';
import { F_CAP, F_SENT_START, type TokenInfo } from './token-info.js';

const CAP_MID = 4;
const LOWER = 5;
const SLOTS = 6;

/**
 * Document-level evidence for each token: how the same word is written elsewhere in the document
 * (capitalised mid-sentence, lower-case) and, in the second pass, which entity type the first pass gave the
 * word and its 5-letter stem elsewhere. This is what makes «Лужкова» an entity because «Юрия Лужкова» was one.
 */
export class DocContext {
  private keys = new Uint32Array(0);
  private counts = new Int32Array(0);
  private wordSlot = new Int32Array(0);
  private stemSlot = new Int32Array(0);
  private mask = 0;
  private hasLabels = false;
  private labels: Uint8Array | undefined;
  private count = 0;

  /** Indexes the document; `labels` are first-pass predictions (omit them for the first pass). */
  build(t: TokenInfo, labels?: Uint8Array): this {
    this.allocate(t.count);
    this.hasLabels = labels !== undefined;
    this.labels = labels;
    this.count = t.count;
    for (let k = 0; k < t.count; k++) {
      const f = t.flags[k]!;
      const w = this.slotOf(mix(1, t.low[k]!));
      const s = this.slotOf(mix(2, t.stem[k]!));
      this.wordSlot[k] = w;
      this.stemSlot[k] = s;
      if (f & F_CAP && !(f & F_SENT_START)) this.counts[w * SLOTS + CAP_MID]++;
      if (!(f & F_CAP)) this.counts[w * SLOTS + LOWER]++;
      if (labels) {
        this.counts[w * SLOTS + labelType(labels[k]!) + 1]++;
        if (f & F_CAP) this.counts[s * SLOTS + labelType(labels[k]!) + 1]++;
      }
    }
    return this;
  }

  private allocate(n: number): void {
    let size = 256;
    while (size < n * 4) size *= 2;
    if (this.keys.length < size) {
      this.keys = new Uint32Array(size);
      this.counts = new Int32Array(size * SLOTS);
    } else {
      this.keys.fill(0, 0, size);
      this.counts.fill(0, 0, size * SLOTS);
    }
    if (this.wordSlot.length < n) {
      this.wordSlot = new Int32Array(Math.max(n, 256));
      this.stemSlot = new Int32Array(Math.max(n, 256));
    }
    this.mask = size - 1;
  }

  private slotOf(hash: number): number {
    const key = hash || 1;
    let slot = key & this.mask;
    while (this.keys[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    return slot;
  }

  /** Majority entity type among the other occurrences: type*4 + share bucket, 0 when none. */
  private typeValue(slot: number, own: number): number {
    const c = this.counts;
    const base = slot * SLOTS;
    let total = 0;
    let best = 0;
    let bestCount = 0;
    for (let t = 0; t < 4; t++) {
      const n = c[base + t]! - (t === own ? 1 : 0);
      total += n;
      if (t > 0 && n > bestCount) {
        best = t;
        bestCount = n;
      }
    }
    if (total === 0) return 0;
    const share = bestCount === 0 ? 0 : bestCount === total ? 3 : bestCount * 2 >= total ? 2 : 1;
    return best * 4 + share;
  }

  /** Appends token `k`'s document features to `out` from position `n`; returns the new count. */
  features(k: number, f: number, out: Uint32Array, n: number): number {
    const w = this.wordSlot[k]! * SLOTS;
    const capSelf = f & F_CAP && !(f & F_SENT_START) ? 1 : 0;
    const capOthers = this.counts[w + CAP_MID]! - capSelf > 0 ? 1 : 0;
    const lowOthers = this.counts[w + LOWER]! - (f & F_CAP ? 0 : 1) > 0 ? 2 : 0;
    out[n++] = mix2(40, capOthers | lowOthers, f & (F_CAP | F_SENT_START));
    if (!this.hasLabels) return n;
    const own = labelType(this.labels![k]!) + 1;
    const wt = this.typeValue(this.wordSlot[k]!, own);
    const st = f & F_CAP ? this.typeValue(this.stemSlot[k]!, own) : 0;
    out[n++] = mix(41, wt);
    out[n++] = mix(42, st);
    out[n++] = mix2(43, wt, st);
    // Stacking: the first pass's labels around the token give the greedy second pass a look at the right context.
    const labels = this.labels!;
    const next = k + 1 < this.count ? labels[k + 1]! : 99;
    const next2 = k + 2 < this.count ? labels[k + 2]! : 99;
    out[n++] = mix(44, labels[k]!);
    out[n++] = mix2(45, next, labels[k]!);
    out[n++] = mix2(46, next, next2);
    return n;
  }
}
