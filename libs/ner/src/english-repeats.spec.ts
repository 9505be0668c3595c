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
  it('retypes a one-word span that is a surname, unless it is a known place', () => {
    const text = 'Steven Guilbeault spoke . Guilbeault said';
    expect(
      run(text, [
        [0, 1, PER],
        [4, 4, ORG],
      ]),
    ).toEqual(['PER Steven Guilbeault', 'PER Guilbeault']);
    const words = 'George Washington spoke . Washington said'.split(' ');
    const spans = tagSurnameRepeats(
      [
        { first: 0, last: 1, type: PER },
        { first: 4, last: 4, type: ORG },
      ],
      (k) => words[k]!,
      words.length,
      (k) => words[k] === 'Washington',
    );
    expect(spans.map((s) => ENTITY_TYPES[s.type])).toEqual(['PER', 'ORG']);
  });

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
