import { lowerCode } from './char-class.js';
import { fnv, FNV_SEED, fnvStep } from './feature-hash.js';
import type { Morphology } from './morphology/index.js';

const POS = [
  'NOUN',
  'ADJF',
  'ADJS',
  'COMP',
  'VERB',
  'INFN',
  'PRTF',
  'PRTS',
  'GRND',
  'NUMR',
  'ADVB',
  'NPRO',
  'PRED',
  'PREP',
  'CONJ',
  'PRCL',
  'INTJ',
];
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct'];
/** Proper-name grammemes of OpenCorpora, one bit each (any reading counts). */
const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr', 'Trad'];
const KNOWN = 1 << 15;
/** Bits of `code` that hold PROPER (shifted by 8). */
export const MORPH_PROPER_MASK = 0x7f << 8;
/** Bits of `code` that hold the top reading's part of speech (its index in POS, plus one). */
export const MORPH_POS_MASK = 0x1f;
export const MORPH_NOUN = POS.indexOf('NOUN') + 1;
export const MORPH_ADJECTIVE = POS.indexOf('ADJF') + 1;
/** The bit of `code` set when the top reading is in the dictionary (not guessed from the ending). */
export const MORPH_KNOWN = KNOWN;
/** The bit of `code` set when some reading is a place (OpenCorpora's Geox). */
export const MORPH_GEOX = 1 << (8 + PROPER.indexOf('Geox'));
/** The bit of `code` set when some reading is a first name (OpenCorpora's Name). */
export const MORPH_NAME = 1 << (8 + PROPER.indexOf('Name'));
/** Distinct word forms remembered before the cache starts over (bounds memory on an endless stream). */
const CACHE_LIMIT = 200_000;

/** Morphological evidence for one word: a packed code (POS, case, proper-name grammemes, known) and a lemma hash. */
export interface MorphCode {
  code: number;
  lemma: number;
}

const NONE: MorphCode = { code: 0, lemma: 0 };

/** A cached reading and the (title-cased) word it belongs to, so two words sharing a hash never share a reading. */
interface Entry extends MorphCode {
  word: string;
}

/** Whether `text[start, end)` is `word` up to letter case. */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++)
    if (lowerCode(word.charCodeAt(i)) !== lowerCode(text.charCodeAt(start + i))) return false;
  return true;
}

/**
 * OpenCorpora readings (through Az) as tagger features, cached per word form so a form's cost is paid once.
 * Only capitalised Cyrillic words are looked up: they are the entity candidates, and Az recognises
 * «Германии» as Geox only when capitalised (lower-case «германии» reads as the element germanium).
 */
export class MorphFeatures {
  private readonly cache = new Map<number, Entry>();

  constructor(private readonly morphology: Morphology) {}

  /** The code of a capitalised word. */
  of(word: string): MorphCode {
    let key = FNV_SEED;
    for (let i = 0; i < word.length; i++) key = fnvStep(key, lowerCode(word.charCodeAt(i)));
    return this.ofToken(word, 0, word.length, key >>> 0);
  }

  /**
   * The code of the capitalised word `text[start, end)` whose lower-cased FNV hash is `key` (`TokenInfo.low`):
   * a cache hit costs a character comparison, no string work. On a miss the word is title-cased first, so
   * «США» is looked up as «Сша», which Az knows. A hash shared by two words is answered from Az for the one
   * not cached, so the result never depends on which documents came before (processing is deterministic).
   */
  ofToken(text: string, start: number, end: number, key: number): MorphCode {
    const hit = this.cache.get(key);
    if (hit && sameWord(hit.word, text, start, end)) return hit;
    const word = text[start]! + text.slice(start + 1, end).toLowerCase();
    const entry = { ...this.read(word), word };
    if (hit) return entry;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(key, entry);
    return entry;
  }

  private read(word: string): MorphCode {
    const parses = this.morphology.parse(word);
    const top = parses[0];
    if (!top) return NONE;
    let proper = 0;
    for (const p of parses) for (let i = 0; i < PROPER.length; i++) if (p.tags.has(PROPER[i]!)) proper |= 1 << i;
    const pos = POS.findIndex((g) => top.tags.has(g)) + 1;
    const kase = CASES.findIndex((g) => top.tags.has(g)) + 1;
    const code = pos | (kase << 5) | (proper << 8) | (top.known ? KNOWN : 0);
    return { code, lemma: fnv(top.lemma) };
  }
}
