import { CompactWeights } from './compact-weights.js';
import { DocContext } from './doc-context.js';
import { LABEL_COUNT } from './labels.js';
import { SequenceDecoder } from './sequence-decoder.js';
import { splitSentences } from './sentence-splitter.js';
import { TokenInfo } from './token-info.js';
import { createTokenBuffer, tokenizeInto } from './tokenizer.js';

const BITS = 12;
const MASK = (1 << BITS) - 1;

/** Weights in [-127, 127] with 127 present, so the compact int8 table holds exactly the same values. */
function weights(): Float32Array {
  const dense = new Float32Array((1 << BITS) * LABEL_COUNT);
  let seed = 777;
  for (let i = 0; i < dense.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    dense[i] = ((seed >>> 16) % 255) - 127;
  }
  dense[0] = 127;
  return dense;
}

/** Both passes of the tagger's decoding with the given weights: the second pass's labels. */
function labels(decoder: SequenceDecoder, text: string): number[] {
  const buf = tokenizeInto(text, createTokenBuffer(64));
  const sentStarts = splitSentences(text, buf);
  const info = new TokenInfo();
  info.analyse(text, buf, sentStarts, undefined);
  const first = new Uint8Array(info.count);
  const second = new Uint8Array(info.count);
  decoder.precompute(info, sentStarts);
  decoder.decode(info, new DocContext().build(info), sentStarts, first);
  decoder.decode(info, new DocContext().build(info, first), sentStarts, second);
  return [...second];
}

describe('SequenceDecoder with compact weights (cached word scores, history table)', () => {
  const dense = weights();
  const compact = new SequenceDecoder(new CompactWeights(Int16Array.from(dense), 1), MASK);
  const plain = new SequenceDecoder(dense, MASK);

  it.each([
    'Касым-Жомарт Токаев прилетел в Казань. В Казани его встретил Рустам Минниханов, глава «Татнефти».',
    'Barack Obama met Angela Merkel in Berlin on Tuesday. Obama said Berlin was ready.',
  ])('labels as the plain dense weights do: %s', (text) => {
    const expected = labels(plain, text);
    expect(new Set(expected).size).toBeGreaterThan(1);
    expect(labels(compact, text)).toEqual(expected);
    expect(labels(compact, text)).toEqual(expected);
  });
});
