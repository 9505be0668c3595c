import { buildGazetteer, GAZ_FIRST, GAZ_LAST, lookupInflected } from './gazetteer.js';
import { FNV_SEED, fnvStep } from './feature-hash.js';

function prefixHashes(word: string): Uint32Array {
  const out = new Uint32Array(word.length + 1);
  let h = FNV_SEED;
  out[0] = h;
  for (let i = 0; i < word.length; i++) out[i + 1] = h = fnvStep(h, word.charCodeAt(i));
  return out;
}

describe('names gazetteer', () => {
  const gaz = buildGazetteer([
    { words: ['рустам', 'юрий'], bit: GAZ_FIRST },
    { words: ['минниханов', 'лужков'], bit: GAZ_LAST },
  ]);
  const bits = (w: string) => lookupInflected(gaz, prefixHashes(w), w.length);

  it('finds exact forms in the low bits', () => {
    expect(bits('рустам')).toBe(GAZ_FIRST);
  });

  it('guesses lemmas of inflected forms in the high bits', () => {
    expect(bits('миннихановым')).toBe(GAZ_LAST << 3);
    expect(bits('юрия')).toBe(GAZ_FIRST << 3);
    expect(bits('лужкова')).toBe(GAZ_LAST << 3);
  });

  it('finds nothing for other words', () => {
    expect(bits('встретился')).toBe(0);
  });
});
