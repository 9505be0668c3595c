import { charClass, DIGIT, lowerCode, OTHER, scriptOf, UPPER, LOWER } from './char-class.js';
import { FNV_SEED, fnvStep } from './feature-hash.js';
import { type Gazetteer, lookupInflected } from './gazetteer.js';
import { lexiconBits } from './lexicon-keys.js';
import type { MorphFeatures } from './morph-features.js';
import type { TokenBuffer } from './tokenizer.js';

export const F_CAP = 1;
export const F_ALLCAP = 2;
export const F_DIGIT = 4;
export const F_ALLDIGIT = 8;
export const F_HYPHEN = 16;
export const F_CYR = 32;
export const F_LAT = 64;
export const F_SENT_START = 128;
export const F_IN_QUOTE = 256;
export const F_PUNCT = 512;
export const F_AFTER_OPEN = 1024;
export const F_BEFORE_CLOSE = 2048;

const MAX_WORD = 64;

/** Per-token hashes and flags of one document, in reusable typed arrays (index = token index). */
export class TokenInfo {
  count = 0;
  low = new Uint32Array(0);
  /** Prefixes 1–4 then suffixes 1–4 of the lower-cased word: 8 hashes per token. */
  affix = new Uint32Array(0);
  shape = new Uint32Array(0);
  stem = new Uint32Array(0);
  flags = new Int32Array(0);
  gaz = new Uint8Array(0);
  /** Training-data lexicon bits (see lexicon.ts). */
  lex = new Uint8Array(0);
  len = new Uint8Array(0);
  /** Packed morphology code and lemma hash of capitalised Cyrillic words (0 elsewhere; see morph-features.ts). */
  morph = new Uint32Array(0);
  lemma = new Uint32Array(0);
  /** Whether `morph` and `lemma` were filled (the Russian model's features use them, the English one's do not). */
  hasMorph = false;
  private readonly prefix = new Uint32Array(MAX_WORD + 1);

  /** Grows the arrays to hold `n` tokens. */
  reserve(n: number): void {
    this.count = n;
    if (this.low.length >= n) return;
    const cap = Math.max(n, this.low.length * 2, 256);
    this.low = new Uint32Array(cap);
    this.affix = new Uint32Array(cap * 8);
    this.shape = new Uint32Array(cap);
    this.stem = new Uint32Array(cap);
    this.flags = new Int32Array(cap);
    this.gaz = new Uint8Array(cap);
    this.lex = new Uint8Array(cap);
    this.len = new Uint8Array(cap);
    this.morph = new Uint32Array(cap);
    this.lemma = new Uint32Array(cap);
  }

  /** Fills the arrays for `buf`'s tokens of `text`; `sentStarts` from `splitSentences`. */
  analyse(
    text: string,
    buf: TokenBuffer,
    sentStarts: readonly number[],
    gaz: Gazetteer | undefined,
    lexicon?: Gazetteer,
    morph?: MorphFeatures,
  ): void {
    this.reserve(buf.count);
    this.hasMorph = morph !== undefined;
    for (let k = 0; k < buf.count; k++) {
      this.analyseToken(text, buf.starts[k]!, buf.ends[k]!, k, gaz);
      this.lex[k] = lexicon ? lexiconBits(lexicon, this.low[k]!, this.stem[k]!, this.len[k]!) : 0;
      if (morph) this.analyseMorph(text, buf.starts[k]!, buf.ends[k]!, k, morph);
    }
    for (let s = 0; s + 1 < sentStarts.length; s++) {
      if (sentStarts[s]! < buf.count) this.flags[sentStarts[s]!] |= F_SENT_START;
    }
    this.markQuotes(text, buf);
  }

  private analyseToken(text: string, start: number, end: number, k: number, gaz: Gazetteer | undefined): void {
    const n = Math.min(end - start, MAX_WORD);
    const prefix = this.prefix;
    let h = FNV_SEED;
    let shape = FNV_SEED;
    let lastShape = -1;
    let repeat = 0;
    let uppers = 0;
    let letters = 0;
    let digits = 0;
    let flags = 0;
    let hyphen = 0;
    prefix[0] = h;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(start + i);
      const cls = charClass(code);
      h = fnvStep(h, lowerCode(code));
      prefix[i + 1] = h;
      const sc = cls === UPPER ? 88 : cls === LOWER ? 120 : cls === DIGIT ? 100 : code;
      if (sc === lastShape) repeat++;
      else repeat = 0;
      if (repeat < 2) shape = fnvStep(shape, sc);
      lastShape = sc;
      if (cls === UPPER) uppers++;
      if (cls === UPPER || cls === LOWER) letters++;
      if (cls === DIGIT) digits++;
      if (code === 0x2d) {
        flags |= F_HYPHEN;
        if (hyphen === 0) hyphen = i;
      }
      const script = scriptOf(code);
      if (script === 1) flags |= F_CYR;
      else if (script === 2) flags |= F_LAT;
    }
    if (charClass(text.charCodeAt(start)) === UPPER) flags |= F_CAP;
    if (uppers === letters && letters > 1) flags |= F_ALLCAP;
    if (digits > 0) flags |= digits === n ? F_ALLDIGIT | F_DIGIT : F_DIGIT;
    if (letters === 0 && digits === 0 && charClass(text.charCodeAt(start)) === OTHER) flags |= F_PUNCT;
    this.low[k] = h;
    this.shape[k] = shape;
    this.flags[k] = flags;
    this.len[k] = n;
    this.stem[k] = prefix[Math.min(n, 5)]!;
    this.fillAffixes(text, start, n, k);
    this.gaz[k] = gaz && letters > 1 && flags & F_CAP ? this.gazetteerBits(gaz, n, hyphen) : 0;
  }

  private analyseMorph(text: string, start: number, end: number, k: number, morph: MorphFeatures): void {
    const f = this.flags[k]!;
    const m =
      f & F_CAP && f & F_CYR && !(f & F_LAT) && end - start > 1
        ? morph.ofToken(text, start, end, this.low[k]!)
        : undefined;
    this.morph[k] = m?.code ?? 0;
    this.lemma[k] = m?.lemma ?? 0;
  }

  /** Names-list bits; a hyphenated word («Касым-Жомарт») also gets its first part's bits as a guess. */
  private gazetteerBits(gaz: Gazetteer, n: number, hyphen: number): number {
    const bits = lookupInflected(gaz, this.prefix, n);
    if (hyphen < 2) return bits;
    const part = lookupInflected(gaz, this.prefix, hyphen);
    return bits | (((part | (part >> 3)) & 7) << 3);
  }

  private fillAffixes(text: string, start: number, n: number, k: number): void {
    const base = k * 8;
    for (let j = 1; j <= 4; j++) this.affix[base + j - 1] = this.prefix[Math.min(j, n)]!;
    let h = FNV_SEED;
    for (let j = 1; j <= 4; j++) {
      if (j <= n) h = fnvStep(h, lowerCode(text.charCodeAt(start + n - j)));
      this.affix[base + 3 + j] = h;
    }
  }

  /** Marks tokens inside «…» / “…” / "…" and the ones right after an opening or before a closing quote. */
  private markQuotes(text: string, buf: TokenBuffer): void {
    let depth = 0;
    for (let k = 0; k < buf.count; k++) {
      if (this.flags[k]! & F_SENT_START) depth = 0;
      const c = buf.ends[k]! - buf.starts[k]! === 1 ? text.charCodeAt(buf.starts[k]!) : 0;
      const opens = c === 0xab || c === 0x201c || c === 0x201e || (c === 0x22 && depth === 0);
      const closes = c === 0xbb || c === 0x201d || (c === 0x22 && depth > 0);
      if (closes && depth > 0) {
        depth--;
        if (k > 0) this.flags[k - 1] |= F_BEFORE_CLOSE;
        continue;
      }
      if (opens) {
        depth++;
        if (k + 1 < buf.count) this.flags[k + 1] |= F_AFTER_OPEN;
        continue;
      }
      if (depth > 0) this.flags[k] |= F_IN_QUOTE;
    }
  }
}
