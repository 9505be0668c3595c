import { Gazetteer } from './gazetteer.js';
import { labelType } from './labels.js';
import { stemKey } from './lexicon-keys.js';
import type { TokenInfo } from './token-info.js';

const MIN_SHARE = 0.3;

/** Entity-type bits (PER 1, ORG 2, LOC 4) of a word given its label counts [O, PER, ORG, LOC]. */
function bitsOf(c: ArrayLike<number>, minus?: ArrayLike<number>): number {
  const get = (i: number) => c[i]! - (minus ? minus[i]! : 0);
  const total = get(0) + get(1) + get(2) + get(3);
  let bits = 0;
  for (let t = 1; t <= 3; t++) if (get(t) > 0 && get(t) >= total * MIN_SHARE) bits |= 1 << (t - 1);
  return bits;
}

/**
 * A geo/org/person lexicon learnt from the training data: how often each word form and each stem was inside
 * a PER/ORG/LOC span. Training documents see it leave-one-out (their own counts removed), so the tagger
 * learns how far to trust it on words it has not seen.
 */
export class LexiconCounts {
  private readonly counts = new Map<number, Int32Array>();

  private static add(map: Map<number, Int32Array>, key: number, type: number): void {
    let c = map.get(key);
    if (!c) map.set(key, (c = new Int32Array(4)));
    c[type + 1]++;
  }

  private static docCounts(t: TokenInfo, gold: Uint8Array): Map<number, Int32Array> {
    const own = new Map<number, Int32Array>();
    for (let k = 0; k < t.count; k++) {
      if (t.len[k]! < 2) continue;
      LexiconCounts.add(own, t.low[k]!, labelType(gold[k]!));
      LexiconCounts.add(own, stemKey(t.stem[k]!), labelType(gold[k]!));
    }
    return own;
  }

  /** Adds one training document (tokens with gold labels). */
  addDoc(t: TokenInfo, gold: Uint8Array): void {
    for (const [key, c] of LexiconCounts.docCounts(t, gold)) {
      const total = this.counts.get(key);
      if (total) for (let i = 0; i < 4; i++) total[i] += c[i]!;
      else this.counts.set(key, Int32Array.from(c));
    }
  }

  /** Sets `t.lex` for a training document from everyone's counts but its own. */
  assignLeaveOneOut(t: TokenInfo, gold: Uint8Array): void {
    const own = LexiconCounts.docCounts(t, gold);
    for (let k = 0; k < t.count; k++) {
      if (t.len[k]! < 2) {
        t.lex[k] = 0;
        continue;
      }
      const w = this.counts.get(t.low[k]!)!;
      const s = this.counts.get(stemKey(t.stem[k]!))!;
      t.lex[k] = bitsOf(w, own.get(t.low[k]!)) | (bitsOf(s, own.get(stemKey(t.stem[k]!))) << 3);
    }
  }

  /** The runtime lexicon: keys with at least one type bit. */
  toGazetteer(): Gazetteer {
    const keys: number[] = [];
    const bits: number[] = [];
    for (const [key, c] of this.counts) {
      const b = bitsOf(c);
      if (b === 0) continue;
      keys.push(key);
      bits.push(b);
    }
    return new Gazetteer(Uint32Array.from(keys), Uint8Array.from(bits));
  }
}
