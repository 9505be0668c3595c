import { MORPH_PROPER_MASK, MorphFeatures } from './morph-features.js';
import { loadMorphology } from './morphology/index.js';

const features = new MorphFeatures(loadMorphology());
// Bits of the PROPER grammemes, in morph-features.ts order (Name, Surn, Patr, Geox, Orgn, Abbr, Trad).
const GEOX = 1 << (8 + 3);
const ORGN = 1 << (8 + 4);

describe('MorphFeatures', () => {
  it('marks a capitalised place name as Geox, whatever its letter case', () => {
    expect(features.of('Германии').code & GEOX).toBeTruthy();
    expect(features.of('США').code & GEOX).toBeTruthy();
  });

  it('marks an organisation and gives inflected forms one lemma', () => {
    expect(features.of('Газпрома').code & ORGN).toBeTruthy();
    expect(features.of('Газпрома').lemma).toBe(features.of('Газпром').lemma);
  });

  it('gives an ordinary word no proper-name bits', () => {
    expect(features.of('Конгресса').code & MORPH_PROPER_MASK).toBe(0);
    expect(features.of('Конгресса').code).not.toBe(0);
  });

  it('answers a repeated word from its cache', () => {
    expect(features.of('Мехико')).toBe(features.of('Мехико'));
  });

  it('never answers one word with the reading of another that shares its hash', () => {
    const fresh = new MorphFeatures(loadMorphology());
    const text = 'Германии Газпрома';
    const place = fresh.ofToken(text, 0, 8, 42);
    const company = fresh.ofToken(text, 9, 17, 42);
    expect(company.lemma).toBe(features.of('Газпрома').lemma);
    expect(place.lemma).not.toBe(company.lemma);
    expect(fresh.ofToken(text, 0, 8, 42)).toBe(place);
  });
});
