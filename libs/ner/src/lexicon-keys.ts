import { mix } from './feature-hash.js';
import type { Gazetteer } from './gazetteer.js';

const STEM_KEY = 7;

/** The lexicon key of a token's stem (first five letters): lets «Анкарой» inherit what «Анкара» was. */
export function stemKey(stem: number): number {
  return mix(STEM_KEY, stem);
}

/**
 * Runtime lexicon bits of a token from its lower-case word and stem hashes: word-form bits, stem bits shifted left
 * by 3. Kept apart from `LexiconCounts` so the token analysis does not import the trainer's counts (and back).
 */
export function lexiconBits(lexicon: Gazetteer, low: number, stem: number, len: number): number {
  if (len < 2) return 0;
  return lexicon.get(low) | (lexicon.get(stemKey(stem)) << 3);
}
