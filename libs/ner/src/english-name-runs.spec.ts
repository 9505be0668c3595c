import { mix } from './feature-hash.js';
import { nameRunFeatures } from './english-name-runs.js';
import { TokenInfo } from './token-info.js';
import { createTokenBuffer, tokenizeInto } from './tokenizer.js';
import { wordKeys } from './word-keys.js';

const key = (w: string): number => [...wordKeys([w])][0]!;

/** The name-run features of the token `word` in `text` (one sentence). */
function features(text: string, word: string): number[] {
  const buf = tokenizeInto(text, createTokenBuffer());
  const info = new TokenInfo();
  info.analyse(text, buf, [0], undefined);
  const k = Array.from({ length: buf.count }, (_, j) => text.slice(buf.starts[j], buf.ends[j])).indexOf(word);
  const out = new Uint32Array(8);
  return [...out.subarray(0, nameRunFeatures(info, k, 0, buf.count, out, 0))];
}

describe('English name-run features', () => {
  it('gives a name word the last and first words of its run, across «for the» and «of»', () => {
    const andy = features('He met the Andy Warhol Foundation for the Visual Arts today.', 'Andy');
    expect(andy).toContain(mix(40, key('arts')));
    expect(andy).not.toContain(mix(41, key('andy')));
    const livorno = features('the Municipality of Livorno asked', 'Livorno');
    expect(livorno).toContain(mix(41, key('municipality')));
  });

  it('stops at a lower-case word and at «and», and gives a lower-case word nothing', () => {
    expect(features('Dennis Hopper and Nick Rhodes', 'Hopper')).not.toContain(mix(40, key('rhodes')));
    expect(features('Tokyo is big', 'Tokyo')).toEqual([mix(42, 0)]);
    expect(features('the Municipality of Livorno', 'of')).toEqual([]);
  });
});
