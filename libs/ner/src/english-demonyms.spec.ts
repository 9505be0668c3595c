import { dropDemonyms } from './english-demonyms.js';
import { ENTITY_TYPES } from './labels.js';

const [PER, LOC] = [ENTITY_TYPES.indexOf('PER'), ENTITY_TYPES.indexOf('LOC')];

/** The kept spans' words when tokens `first`..`last` of `sentence` are tagged `type`. */
function kept(sentence: string, first: number, last: number, type = LOC): string[] {
  const words = sentence.split(' ');
  const spans = dropDemonyms([{ first, last, type }], (k) => words[k]!, words.length);
  return spans.map((s) => words.slice(s.first, s.last + 1).join(' '));
}

describe('dropDemonyms', () => {
  it.each([
    ['the Tatar leader', 1, 1],
    ['French troops left', 0, 0],
    ['South Korean officials said', 0, 1],
    ['Iranian Foreign Minister Javad Zarif', 0, 0],
  ])('drops the adjective in «%s»', (sentence, first, last) => {
    expect(kept(sentence, first, last)).toEqual([]);
  });

  it('keeps places, names and demonyms before a capitalised word', () => {
    expect(kept('in Japan today', 1, 1)).toEqual(['Japan']);
    expect(kept('the Indian Ocean', 1, 1)).toEqual(['Indian']);
    expect(kept('Brian said', 0, 0, PER)).toEqual(['Brian']);
    expect(kept('the Mediterranean as a sea', 1, 1)).toEqual(['Mediterranean']);
    expect(kept('Brian President', 0, 0, PER)).toEqual(['Brian']);
  });

  it('drops a listed demonym tagged as a person before a title', () => {
    expect(kept('Kazakh President Kassym-Jomart Tokayev', 0, 0, PER)).toEqual([]);
  });
});
