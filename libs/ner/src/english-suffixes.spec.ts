import { joinCorporateSuffixes } from './english-suffixes.js';
import { ENTITY_TYPES, type TokenSpan } from './labels.js';

const [PER, ORG, LOC] = ['PER', 'ORG', 'LOC'].map((t) => ENTITY_TYPES.indexOf(t as 'PER'));

/** Runs the rule over space-separated words with the given spans ([first, last, type]); returns "TYPE words". */
function run(sentence: string, spans: Array<[number, number, number]>): string[] {
  const words = sentence.split(' ');
  const input: TokenSpan[] = spans.map(([first, last, type]) => ({ first, last, type }));
  return joinCorporateSuffixes(input, (k) => words[k]!, words.length).map(
    (s) => `${ENTITY_TYPES[s.type]} ${words.slice(s.first, s.last + 1).join(' ')}`,
  );
}

describe('joinCorporateSuffixes', () => {
  it('takes in an untagged legal form and its stop, and makes the span an organisation', () => {
    expect(run('shares of Apple Inc . rose', [[2, 2, LOC]])).toEqual(['ORG Apple Inc .']);
  });

  it('joins a lone legal-form span to the name before it', () => {
    expect(
      run('Siemens AG said', [
        [0, 0, PER],
        [1, 1, ORG],
      ]),
    ).toEqual(['ORG Siemens AG']);
  });

  it('retypes a span that already ends in a legal form', () => {
    expect(run('Foxconn Technology Group said', [[0, 2, LOC]])).toEqual(['ORG Foxconn Technology Group']);
  });

  it('cuts lower-case connectives off a span edge', () => {
    expect(run('shares of Apple Inc . rose', [[1, 4, ORG]])).toEqual(['ORG Apple Inc .']);
  });

  it('joins a name cut after its "of", but not persons', () => {
    expect(
      run('the City of Cape Town', [
        [1, 2, LOC],
        [3, 4, LOC],
      ]),
    ).toEqual(['LOC City of Cape Town']);
    expect(
      run('Brooks and Carson', [
        [0, 1, ORG],
        [2, 2, PER],
      ]),
    ).toEqual(['ORG Brooks', 'PER Carson']);
  });

  it('leaves lower-case look-alikes and other names alone', () => {
    expect(run('Apple group said', [[0, 0, ORG]])).toEqual(['ORG Apple']);
    expect(run('Tim Cook said', [[0, 1, PER]])).toEqual(['PER Tim Cook']);
  });
});
