import { fnv, GAZ_FIRST, GAZ_PLACE, GAZ_PLACE_PART } from '@app/ner';
import { englishGazetteer } from './english-gazetteer.js';

describe('englishGazetteer', () => {
  const gaz = englishGazetteer();
  const bits = (word: string): number => gaz.get(fnv(word));

  it('marks first names, one-word places and the words of longer place names', () => {
    expect(bits('christine') & GAZ_FIRST).toBe(GAZ_FIRST);
    expect(bits('kazakhstan') & GAZ_PLACE).toBe(GAZ_PLACE);
    expect(bits('bengaluru') & GAZ_PLACE).toBe(GAZ_PLACE);
    expect(bits('kazan') & GAZ_PLACE).toBe(GAZ_PLACE);
    expect(bits('arabia') & GAZ_PLACE_PART).toBe(GAZ_PLACE_PART);
    expect(bits('sao') & GAZ_PLACE_PART).toBe(GAZ_PLACE_PART);
  });

  it('leaves function words and ordinary words out', () => {
    expect(bits('of')).toBe(0);
    expect(bits('the')).toBe(0);
    expect(bits('announced')).toBe(0);
  });
});
