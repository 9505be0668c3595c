import { CompactWeights } from './compact-weights.js';
import { MAX_FEATURES, staticFeatures } from './feature-extractor.js';
import { LABEL_COUNT } from './labels.js';
import { splitSentences } from './sentence-splitter.js';
import { TokenInfo } from './token-info.js';
import { createTokenBuffer, tokenizeInto } from './tokenizer.js';
import { WordScores } from './word-scores.js';

const BITS = 12;
const MASK = (1 << BITS) - 1;

/** Dense int16 weights from a fixed PRNG, with a third of the buckets left empty as in a pruned model. */
function randomWeights(): CompactWeights {
  const dense = new Int16Array((1 << BITS) * LABEL_COUNT);
  let seed = 12345;
  for (let i = 0; i < dense.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    if (Math.floor(i / LABEL_COUNT) % 3 !== 0) dense[i] = (seed >>> 16) - 32768;
  }
  return new CompactWeights(dense, 1);
}

function analysed(text: string, morph: boolean): { info: TokenInfo; sentStarts: number[] } {
  const buf = tokenizeInto(text, createTokenBuffer(64));
  const sentStarts = splitSentences(text, buf);
  const info = new TokenInfo();
  info.analyse(text, buf, sentStarts, undefined);
  if (morph) {
    info.hasMorph = true;
    for (let k = 0; k < info.count; k++) {
      info.morph[k] = k % 3 === 0 ? 0 : (info.low[k]! & 0x7fff) | 0x100;
      info.lemma[k] = info.morph[k] ? info.low[k]! >>> 3 : 0;
    }
  }
  return { info, sentStarts };
}

/** The reference: every static feature of each token scored in one go. */
function direct(weights: CompactWeights, info: TokenInfo, sentStarts: readonly number[]): number[] {
  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Float64Array(LABEL_COUNT);
  const out: number[] = [];
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    for (let k = sentStarts[s]!; k < sentStarts[s + 1]!; k++) {
      scores.fill(0);
      weights.addRows(feats, staticFeatures(info, k, sentStarts[s]!, sentStarts[s + 1]!, feats), MASK, scores);
      out.push(...scores);
    }
  }
  return out;
}

const TEXTS = [
  'Касым-Жомарт Токаев прилетел в Казань. В Казани его встретил Рустам Минниханов! «Татнефть» — Казань.',
  'Barack Obama met Angela Merkel in Berlin. Berlin, said Obama. OK',
  'Одно',
];

describe('WordScores', () => {
  const weights = randomWeights();

  it.each([
    [false, 1 << 13],
    [true, 1 << 13],
    [false, 1],
    [true, 1],
  ])('equals the static features scored directly (morphology %s, %i entries)', (morph, entries) => {
    const words = new WordScores(weights, MASK, entries);
    for (const text of [...TEXTS, ...TEXTS]) {
      const { info, sentStarts } = analysed(text, morph);
      const out = new Float64Array(info.count * LABEL_COUNT);
      words.scoreAll(info, sentStarts, out);
      expect([...out]).toEqual(direct(weights, info, sentStarts));
    }
    if (entries > 1) expect(words.hits).toBeGreaterThan(words.misses);
  });

  it('keeps the scores of a word that a later word of the same document evicts', () => {
    // One entry: every new word evicts the last; 300 distinct words outgrow the spill area allocated up front.
    const words = new WordScores(weights, MASK, 1);
    const text = Array.from({ length: 300 }, (_, i) => `Слово${i} word${i % 7}`).join(' ');
    for (let pass = 0; pass < 2; pass++) {
      const { info, sentStarts } = analysed(text, pass === 1);
      const out = new Float64Array(info.count * LABEL_COUNT);
      words.scoreAll(info, sentStarts, out);
      expect([...out]).toEqual(direct(weights, info, sentStarts));
    }
  });

  it('does not take a word with other flags for a cached one', () => {
    const words = new WordScores(weights, MASK, 1);
    // Same lower-cased word and affixes, other shape and flags, each right after the other (one entry: it collides).
    const other = analysed('Казань казань КАЗАНЬ Казань.', false);
    const out = new Float64Array(other.info.count * LABEL_COUNT);
    words.scoreAll(other.info, other.sentStarts, out);
    expect([...out]).toEqual(direct(weights, other.info, other.sentStarts));
  });
});
