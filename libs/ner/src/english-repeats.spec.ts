import { tagSurnameRepeats } from './english-repeats.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const [PER, ORG] = [ENTITY_TYPES.indexOf('PER'), ENTITY_TYPES.indexOf('ORG')];

function run(text: string, spans: Array<[number, number, number]>): string[] {
  const words = text.split(' ');
  const input: TokenSpan[] = spans.map(([first, last, type]) => ({ first, last, type }));
  return tagSurnameRepeats(input, (k) => words[k]!, words.length).map(
    (s) => `${ENTITY_TYPES[s.type]} ${words.slice(s.first, s.last + 1).join(' ')}`,
  );
}

describe('tagSurnameRepeats', () => {
  it('finds a person again by surname alone', () => {
    expect(run('Rustam Minnikhanov arrived . Minnikhanov said', [[0, 1, PER]])).toEqual([
      'PER Rustam Minnikhanov',
      'PER Minnikhanov',
    ]);
  });

  it('leaves the surname inside a longer capitalised name, and one-word or other spans, alone', () => {
    expect(run('Bill Clinton spoke . Clinton Foundation said', [[0, 1, PER]])).toEqual(['PER Bill Clinton']);
    expect(run('Clinton spoke . Clinton said', [[0, 0, PER]])).toEqual(['PER Clinton']);
    expect(run('Goldman Sachs rose . Sachs said', [[0, 1, ORG]])).toEqual(['ORG Goldman Sachs']);
  });
});
